package org.sendclock.advice;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendclock.advice.AdviceCommands.*;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.clock.AdviceFacts;
import org.sendclock.clock.ClockRegister;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Stage;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Text;
import org.sendclock.casefile.Timeline;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.engine.OpenStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advice requests (reg 6) and their six-week clocks (reg 8). The case moves on to the plan decision once every
 * request is received, excused under reg 8(2) or withdrawn.
 */
@Service
@Transactional
public class AdviceService {

    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final StatutoryCalendar calendar;
    private final AssessmentProcess process;
    private final Timeline timeline;
    private final ClockRegister clocks;
    private final Clock clock;

    public AdviceService(CaseRepository cases, AdviceRequestRepository adviceRequests, StatutoryCalendar calendar,
                         AssessmentProcess process, Timeline timeline, ClockRegister clocks, Clock clock) {
        this.cases = cases;
        this.clocks = clocks;
        this.adviceRequests = adviceRequests;
        this.calendar = calendar;
        this.process = process;
        this.timeline = timeline;
        this.clock = clock;
    }

    public AdviceRequest request(String caseRef, RequestAdvice command) {
        AssessmentCase assessment = cases.require(caseRef);
        new InvalidRequest.Collector()
                .notInFuture("requestedDate", command.requestedDate(), today())
                .notBefore("requestedDate", command.requestedDate(), assessment.getDecisionDate(),
                        "the decision to assess")
                .throwIfAny();
        requireGatheringAdvice(assessment);
        if (command.adviceType() == AdviceType.PREPARING_FOR_ADULTHOOD) {
            // Without a date of birth (an imported case) the year is unknown: the caseworker's judgement stands.
            Integer year = assessment.getChild().nationalCurriculumYearOn(command.requestedDate());
            if (year != null && year < AdviceType.PREPARING_FOR_ADULTHOOD_FROM_YEAR) {
                throw new StepNotPossible("preparing-for-adulthood advice is sought from Year 9; on "
                        + DateText.of(command.requestedDate()) + " the child was in " + yearName(year));
            }
        }
        AdviceRequest advice = adviceRequests.save(new AdviceRequest(assessment.getId(), command.adviceType(),
                Text.blankToNull(command.provider()), command.requestedDate(), calendar.adviceDue(command.requestedDate())));
        timeline.record(assessment, "ADVICE_REQUESTED", "Requested " + advice.describe() + " on "
                + DateText.of(advice.getRequestedDate()) + "; due " + DateText.of(advice.getDueDate()));
        updateClocks(assessment);
        process.openTask(caseRef, REQUEST_ADVICE).ifPresent(task -> {
            process.complete(task);
            assessment.moveTo(Stage.AWAITING_ADVICE);
        });
        process.startAdviceClock(caseRef, advice.getId());
        return advice;
    }

    public AdviceRequest receive(String caseRef, long adviceRequestId, ReceiveAdvice command) {
        AssessmentCase assessment = cases.require(caseRef);
        AdviceRequest advice = find(assessment, adviceRequestId);
        new InvalidRequest.Collector()
                .notInFuture("receivedDate", command.receivedDate(), today())
                .notBefore("receivedDate", command.receivedDate(), advice.getRequestedDate(), "the advice was requested")
                .throwIfAny();
        if (advice.getStatus() == AdviceStatus.RECEIVED) {
            throw new StepNotPossible(advice.describe() + " was already received on " + DateText.of(advice.getReceivedDate()));
        }
        if (advice.getStatus() == AdviceStatus.WITHDRAWN) {
            throw new StepNotPossible(advice.describe() + " was withdrawn on " + DateText.of(advice.getWithdrawnDate()));
        }
        boolean wasOutstanding = advice.getStatus().isOutstanding();
        if (wasOutstanding) {
            assessment.requireOpen();
        }
        advice.receive(command.receivedDate());
        String late = StatutoryCalendar.onTime(command.receivedDate(), advice.getDueDate()) ? "" : " (late)";
        timeline.record(assessment, "ADVICE_RECEIVED", "Received " + advice.describe() + " on "
                + DateText.of(command.receivedDate()) + late);
        updateClocks(assessment);
        if (wasOutstanding) {
            answered(assessment, advice);
        }
        return advice;
    }

    public AdviceRequest excuse(String caseRef, long adviceRequestId, ExcuseAdvice command) {
        AssessmentCase assessment = cases.require(caseRef);
        AdviceRequest advice = requireOutstanding(assessment, adviceRequestId);
        LocalDate excusedDate = command.excusedDate() == null ? today() : command.excusedDate();
        new InvalidRequest.Collector()
                .notInFuture("excusedDate", excusedDate, today())
                .notBefore("excusedDate", excusedDate, advice.getRequestedDate(), "the advice was requested")
                .rejectIf(command.appointmentDate() != null && command.reason() != AdviceExceptionReason.MISSED_APPOINTMENT,
                        "appointmentDate", "is only for a missed appointment")
                .notInFuture("appointmentDate", command.appointmentDate(), today())
                .notBefore("appointmentDate", command.appointmentDate(), advice.getRequestedDate(),
                        "the advice was requested")
                .throwIfAny();
        advice.excuse(command.reason(), command.note().trim(), excusedDate, command.appointmentDate());
        timeline.record(assessment, "ADVICE_EXCUSED", "Reg 8(2) exception for " + advice.describe() + " ("
                + Text.words(command.reason())
                + (command.appointmentDate() == null ? "" : ", appointment " + DateText.of(command.appointmentDate()))
                + ") from " + DateText.of(excusedDate) + ": " + command.note().trim()
                + ". The assessment can go on without it; it can still be recorded when it arrives.");
        updateClocks(assessment);
        answered(assessment, advice);
        return advice;
    }

    public AdviceRequest withdraw(String caseRef, long adviceRequestId, WithdrawAdvice command) {
        AssessmentCase assessment = cases.require(caseRef);
        AdviceRequest advice = find(assessment, adviceRequestId);
        new InvalidRequest.Collector()
                .notInFuture("withdrawnDate", command.withdrawnDate(), today())
                .notBefore("withdrawnDate", command.withdrawnDate(), advice.getRequestedDate(), "the advice was requested")
                .throwIfAny();
        requireOutstanding(assessment, adviceRequestId);
        advice.withdraw(command.withdrawnDate(), command.reason().trim());
        timeline.record(assessment, "ADVICE_WITHDRAWN", "Withdrew the request for " + advice.describe() + " on "
                + DateText.of(command.withdrawnDate()) + ": " + command.reason().trim());
        updateClocks(assessment);
        answered(assessment, advice);
        return advice;
    }

    public AdviceRequest chase(String caseRef, long adviceRequestId, ChaseAdvice command) {
        AssessmentCase assessment = cases.require(caseRef);
        AdviceRequest advice = find(assessment, adviceRequestId);
        new InvalidRequest.Collector()
                .notInFuture("chasedDate", command.chasedDate(), today())
                .notBefore("chasedDate", command.chasedDate(), advice.getRequestedDate(), "the advice was requested")
                .throwIfAny();
        assessment.requireOpen();
        OpenStep chase = process.chaseTask(caseRef, adviceRequestId).orElseThrow(() -> new StepNotPossible(
                advice.describe() + " has no chase to record: it is not overdue, or its chase is recorded already"));
        timeline.record(assessment, "ADVICE_CHASED", "Chased " + advice.describe() + " on "
                + DateText.of(command.chasedDate()) + (command.note() == null || command.note().isBlank() ? ""
                : ": " + command.note().trim()));
        process.complete(chase);
        return advice;
    }

    /** Closing or withdrawing a case ends every advice clock still running; the requests say why. */
    public void withdrawOutstanding(AssessmentCase assessment, LocalDate date, String why) {
        for (AdviceRequest advice : adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(assessment.getId())) {
            if (advice.getStatus().isOutstanding()) {
                advice.withdraw(date.isBefore(advice.getRequestedDate()) ? advice.getRequestedDate() : date, why);
            }
        }
    }

    /** Brings the case's clocks, its own and each advice request's, into line with what is now recorded. */
    public void updateClocks(AssessmentCase assessment) {
        clocks.update(assessment, adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(assessment.getId()).stream()
                .map(AdviceRequest::clockFacts).toList());
    }

    /**
     * {@link #updateClocks(AssessmentCase)} for many cases at once (an import), given each case's advice requests
     * (oldest first): the clock register reads what it holds of all of them in one go.
     */
    public void updateClocks(Map<AssessmentCase, List<AdviceRequest>> adviceByCase) {
        Map<AssessmentCase, List<AdviceFacts>> facts = new LinkedHashMap<>();
        adviceByCase.forEach((assessment, advice) -> facts.put(assessment,
                advice.stream().map(AdviceRequest::clockFacts).toList()));
        clocks.update(facts);
    }

    /** The plan decision must weigh all the advice (reg 10): outstanding requests block it. */
    public void requireNoneOutstanding(AssessmentCase assessment) {
        List<AdviceRequest> outstanding = adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(assessment.getId())
                .stream().filter(a -> a.getStatus().isOutstanding()).toList();
        if (!outstanding.isEmpty()) {
            throw new StepNotPossible("advice is still outstanding: " + outstanding.stream()
                    .map(a -> a.describe() + " due " + DateText.of(a.getDueDate())).collect(Collectors.joining("; "))
                    + ". Record it as received, excused or withdrawn first");
        }
    }

    private void answered(AssessmentCase assessment, AdviceRequest advice) {
        process.adviceTask(assessment.getCaseRef(), advice.getId()).ifPresent(process::complete);
        boolean anyOutstanding = adviceRequests.existsByCaseIdAndStatus(assessment.getId(), AdviceStatus.REQUESTED);
        if (!anyOutstanding && process.isWaitingFor(assessment.getCaseRef(), MESSAGE_ALL_ADVICE_IN)) {
            timeline.record(assessment, "ALL_ADVICE_IN", "Every advice request is answered: ready for the plan decision");
            process.correlate(assessment.getCaseRef(), MESSAGE_ALL_ADVICE_IN);
        }
    }

    private void requireGatheringAdvice(AssessmentCase assessment) {
        assessment.requireOpen();
        if (assessment.getDecision() != Decision.ASSESS) {
            throw new StepNotPossible("advice can only be requested once the council has decided to assess");
        }
        if (assessment.getPlanDecision() != null) {
            throw new StepNotPossible("the plan decision was made on " + DateText.of(assessment.getPlanDecisionDate())
                    + "; advice is no longer being gathered");
        }
    }

    private AdviceRequest requireOutstanding(AssessmentCase assessment, long adviceRequestId) {
        AdviceRequest advice = find(assessment, adviceRequestId);
        assessment.requireOpen();
        if (!advice.getStatus().isOutstanding()) {
            throw new StepNotPossible(advice.describe() + " is already " + advice.getStatus().name().toLowerCase());
        }
        return advice;
    }

    private AdviceRequest find(AssessmentCase assessment, long adviceRequestId) {
        return adviceRequests.findByIdAndCaseId(adviceRequestId, assessment.getId()).orElseThrow(() ->
                new CaseNotFound("case " + assessment.getCaseRef() + " has no advice request " + adviceRequestId));
    }


    private static String yearName(int year) {
        return year < 0 ? "early years" : year == 0 ? "Reception" : "Year " + year;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
