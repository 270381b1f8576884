package org.sendclock.importer;

/**
 * How far one import has got, for the import page's progress bar: the step it is on ("Checking requests.csv") and
 * how much of that step is done. Written by the import's thread, read by the page's polls.
 */
public class ImportProgress {

    public record Snapshot(String step, int stepNumber, int steps, int percent, boolean finished) {
    }

    private volatile String step = "Receiving the files";
    private volatile int stepNumber;
    private volatile int steps = 1;
    private volatile long done;
    private volatile long total;
    private volatile boolean finished;

    void plan(int steps) {
        this.steps = steps;
    }

    void step(String name, long total) {
        this.step = name;
        this.stepNumber++;
        this.total = total;
        this.done = 0;
    }

    void advance(long done) {
        this.done = done;
    }

    void finish() {
        this.finished = true;
    }

    public Snapshot snapshot() {
        long t = total;
        int percent = t <= 0 ? 0 : (int) Math.min(100, done * 100 / t);
        return new Snapshot(step, Math.max(stepNumber, 1), Math.max(steps, stepNumber), percent, finished);
    }
}
