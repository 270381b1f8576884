package org.sendclock.review;

import java.util.List;
import java.util.Map;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.ReviewProcess;
import org.sendclock.plan.PlanCeased;
import org.sendclock.plan.ReviewCycleOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the review processes in step with the plan's own commands, in their transaction: a plan issued by the
 * assessment or recorded here starts its first cycle's process; a plan ceasing completes a cycle's "Cease the plan"
 * step (the review decided to cease) and ends every other cycle still running where it stands.
 */
@Component
class ReviewCycleStarts {

    private final ReviewProcess process;

    ReviewCycleStarts(ReviewProcess process) {
        this.process = process;
    }

    @EventListener
    void opened(ReviewCycleOpened opened) {
        process.start(opened.assessment().getCaseRef(), opened.review().getId());
    }

    @EventListener
    void ceased(PlanCeased ceased) {
        String caseRef = ceased.assessment().getCaseRef();
        List<OpenStep> ceasing = process.openTasks(caseRef).values().stream().flatMap(List::stream)
                .filter(t -> ReviewSteps.CEASE_PLAN.equals(t.key())).toList();
        for (OpenStep task : ceasing) {
            process.complete(task, Map.of());
        }
        process.planCeased(caseRef);
    }
}
