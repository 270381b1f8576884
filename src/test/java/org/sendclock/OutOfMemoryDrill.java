package org.sendclock;

import java.util.ArrayList;
import java.util.List;

/**
 * A JVM in the state the issue found the server in: a worker thread runs the heap out while another thread (here the
 * main one, as Tomcat's poller would) carries on. Started by {@link OutOfMemoryExitTest} in a child JVM with a tiny
 * heap; prints "worker ended" if the JVM outlives the error.
 */
public final class OutOfMemoryDrill {

    private OutOfMemoryDrill() {
    }

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            List<long[]> held = new ArrayList<>();
            while (true) {
                held.add(new long[1024 * 1024]);
            }
        }, "worker");
        worker.setUncaughtExceptionHandler((thread, error) -> {
        });
        System.out.println("allocating");
        System.out.flush();
        worker.start();
        worker.join();
        System.out.println("worker ended");
        System.out.flush();
        Thread.sleep(600_000); // alive and deaf, as the server was
    }
}
