package org.sendclock.engine;

import java.util.List;

/**
 * What one run of {@link ModelUpgrade} did: the running processes it moved to the newest version of their model, and
 * those it left where they were, each with the reason. {@code ranHere} is false when another node was already moving
 * them (nothing was tried here then).
 */
public record ModelUpgradeReport(boolean ranHere, List<Moved> moved, List<Stayed> stayed) {

    /** A case's process now on the newest version of its model; its open tasks and timers carried on. */
    public record Moved(String caseRef, String processInstanceId, String model, String modelName, int fromVersion,
                        int toVersion) {
    }

    /**
     * A case's process still on an older version: {@code reason} names the step the newer version cannot take it at,
     * or why the move failed. It keeps running there and is tried again at every start and by each upgrade command.
     */
    public record Stayed(String caseRef, String processInstanceId, String model, int version, int newestVersion,
                         String reason) {
    }

    static ModelUpgradeReport notHere() {
        return new ModelUpgradeReport(false, List.of(), List.of());
    }
}
