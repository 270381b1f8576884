package org.sendclock.importer;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.util.List;
import java.util.Map;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.Stage;
import org.sendclock.engine.AssessmentProcess;
import org.springframework.stereotype.Component;

/**
 * Puts an imported open case onto live clocks: a new process instance, walked forward through the steps its dates
 * say are done, so it waits at the right step with every timer computed from the recorded dates (the timers read
 * them from the case record). Clocks already past fire as soon as the job executor runs, exactly once each, and
 * record their breaches. Walking the real model, rather than starting mid-way, keeps the task listeners and
 * case-wide clocks exactly as for a case registered here.
 */
@Component
class OpenCaseClocks {

    private final AssessmentProcess process;

    OpenCaseClocks(AssessmentProcess process) {
        this.process = process;
    }

    void start(AssessmentCase assessment, List<AdviceRequest> advice) {
        String caseRef = assessment.getCaseRef();
        process.stop(caseRef, "restated by an import");
        assessment.startedAs(process.start(caseRef));
        if (assessment.getDecision() == null) {
            return; // deciding whether to assess
        }
        complete(caseRef, DECIDE_WHETHER_TO_ASSESS, Map.of(VAR_ASSESS, true));
        boolean draftServed = assessment.getDraftServedDate() != null;
        if (advice.isEmpty() && !draftServed) {
            return; // requesting advice
        }
        complete(caseRef, REQUEST_ADVICE, Map.of());
        assessment.moveTo(Stage.AWAITING_ADVICE);
        List<AdviceRequest> outstanding = advice.stream().filter(a -> a.getStatus().isOutstanding()).toList();
        outstanding.forEach(a -> process.startAdviceClock(caseRef, a.getId()));
        if (!outstanding.isEmpty()) {
            return; // awaiting advice
        }
        process.correlate(caseRef, MESSAGE_ALL_ADVICE_IN);
        if (!draftServed) {
            return; // deciding whether to issue a plan
        }
        complete(caseRef, DECIDE_WHETHER_TO_ISSUE_PLAN, Map.of(VAR_ISSUE_PLAN, true));
        complete(caseRef, SERVE_DRAFT_PLAN, Map.of());
        assessment.moveTo(Stage.COMMENT_PERIOD); // the comment period's timer moves it on when it has passed
    }

    private void complete(String caseRef, String taskKey, Map<String, Object> variables) {
        process.complete(process.openTask(caseRef, taskKey).orElseThrow(() -> new IllegalStateException(
                "case " + caseRef + " has no open task " + taskKey + " while its clocks are being started")), variables);
    }
}
