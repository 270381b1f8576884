package org.sendclock.importer;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.util.List;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.Stage;
import org.sendclock.engine.AssessmentProcess;
import org.springframework.stereotype.Component;

/**
 * Puts an imported open case onto live clocks: a process instance started at the step its dates imply, as if the
 * steps before were done (ADR 8). The scopes around that step bring their clocks (the week 16 and week 20 clocks, the
 * comment period); each outstanding advice request starts its own six-week clock. Every timer reads its date from the
 * case record, so clocks already past fire as soon as the job executor runs, exactly once each, and record their
 * breaches; the task listeners give the tasks their due dates, assignees and the case its stage.
 */
@Component
class OpenCaseClocks {

    private final AssessmentProcess process;

    OpenCaseClocks(AssessmentProcess process) {
        this.process = process;
    }

    /** @param mayBeRunning false for a case the import has just created, which has no process to stop */
    void start(AssessmentCase assessment, List<AdviceRequest> advice, boolean mayBeRunning) {
        String caseRef = assessment.getCaseRef();
        if (mayBeRunning) {
            process.stop(caseRef, "restated by an import");
        }
        List<AdviceRequest> outstanding = advice.stream().filter(a -> a.getStatus().isOutstanding()).toList();
        if (assessment.getDecision() == null) {
            assessment.startedAs(process.start(caseRef));
        } else if (assessment.getDraftServedDate() != null) {
            assessment.startedAs(process.startAt(caseRef, COMMENT_PERIOD));
            assessment.moveTo(Stage.COMMENT_PERIOD); // its timer moves the case on when the 15 days have passed
        } else if (advice.isEmpty()) {
            assessment.startedAs(process.startAt(caseRef, REQUEST_ADVICE));
        } else if (outstanding.isEmpty()) {
            assessment.startedAs(process.startAt(caseRef, DECIDE_WHETHER_TO_ISSUE_PLAN));
        } else {
            String instance = process.startAt(caseRef, WAITING_FOR_ALL_ADVICE);
            assessment.startedAs(instance);
            assessment.moveTo(Stage.AWAITING_ADVICE);
            outstanding.forEach(a -> process.startAdviceClockIn(instance, a.getId()));
        }
    }
}
