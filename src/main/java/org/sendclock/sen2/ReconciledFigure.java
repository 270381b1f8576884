package org.sendclock.sen2;

/**
 * One figure the DfE will publish: counted from the file (null where the file does not carry it), as the dashboard
 * shows it for the same year (null where it has none), and why the two may differ.
 */
public record ReconciledFigure(String figure, Long inFile, Long onDashboard, String why) {

    public boolean differs() {
        return inFile != null && onDashboard != null && !inFile.equals(onDashboard);
    }
}
