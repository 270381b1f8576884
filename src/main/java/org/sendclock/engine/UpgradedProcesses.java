package org.sendclock.engine;

/**
 * The domain's side of {@link ModelUpgrade}: told, inside the transaction that moves it, of each case whose process
 * moved to a newer version of its model, so the case's timeline says so if and only if the move commits.
 */
public interface UpgradedProcesses {

    void upgraded(ModelUpgradeReport.Moved moved);
}
