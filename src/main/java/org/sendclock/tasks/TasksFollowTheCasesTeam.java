package org.sendclock.tasks;

import org.sendclock.casefile.TeamChanged;
import org.sendclock.engine.AssessmentProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A case's open tasks are offered to its team: when an import moves a case to another team, every process's tasks
 * of the case move with it once the facts are committed (ADR 13), as a manager's reassignment moves them at once.
 * My work finds nobody's tasks by this rule (ADR 40): a task left with its old group, or with none while its case has
 * a team, would be on the wrong list or on none. A process the import restarts is given the new team anyway.
 */
@Component
class TasksFollowTheCasesTeam {

    private final AssessmentProcess process;

    TasksFollowTheCasesTeam(AssessmentProcess process) {
        this.process = process;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void moved(TeamChanged changed) {
        process.moveTasksToTeam(changed.caseRef(), changed.from(), changed.to());
    }
}
