package org.sendclock.oversight;

import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Timeline;
import org.sendclock.engine.ModelUpgradeReport.Moved;
import org.sendclock.engine.UpgradedProcesses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes on a case's timeline that its process moved to a newer version of its model (ADR 24), in the transaction
 * that moves it: someone reading the case later sees why a step appeared that the case's earlier steps never had.
 */
@Component
class UpgradedProcessesOnTheTimeline implements UpgradedProcesses {

    private final CaseRepository cases;
    private final Timeline timeline;

    UpgradedProcessesOnTheTimeline(CaseRepository cases, Timeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @Override
    @Transactional
    public void upgraded(Moved moved) {
        if (moved.caseRef() == null) {
            return; // a process with no case reference is not a case's: nothing to write on
        }
        cases.findByCaseRef(moved.caseRef()).ifPresent(assessment -> timeline.record(assessment, "PROCESS_UPGRADED",
                "Process moved to version " + moved.toVersion() + " of the model \"" + moved.modelName()
                        + "\" (from version " + moved.fromVersion() + "): its open tasks, who has them and its "
                        + "timers carried on; the steps from here are the new version's"));
    }
}
