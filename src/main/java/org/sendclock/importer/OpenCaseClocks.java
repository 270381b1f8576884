package org.sendclock.importer;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.util.List;
import java.util.Optional;
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

    /**
     * Starts the case's process at its step. For a case waiting for advice, answers the advice clocks still to start
     * ({@link #startAdviceClocks}): each is a message to the process, which the engine finds only once the process is
     * written, so a batch started as one engine command ({@code engine.EngineBatch}) starts them in a second one.
     * The case's old process, if it had one, is stopped first ({@link ProcessCatchUp}, for a batch at once).
     */
    Optional<AdviceClocks> start(AssessmentCase assessment, List<AdviceRequest> advice) {
        String caseRef = assessment.getCaseRef();
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
            return Optional.of(new AdviceClocks(instance, outstanding.stream().map(AdviceRequest::getId).toList()));
        }
        return Optional.empty();
    }

    /** Starts the six-week clock of each outstanding advice request of a case {@link #start} left waiting for advice. */
    void startAdviceClocks(AdviceClocks clocks) {
        clocks.adviceRequestIds().forEach(id -> process.startAdviceClockIn(clocks.processInstanceId(), id));
    }

    /** A process waiting for all advice and the outstanding requests whose clocks it should run. */
    record AdviceClocks(String processInstanceId, List<Long> adviceRequestIds) {
    }
}
