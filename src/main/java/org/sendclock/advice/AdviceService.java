package org.sendclock.advice;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendclock.advice.AdviceCommands.*;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.clock.AdviceFacts;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.Standing;
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
import org.springframework.context.ApplicationEventPublisher;
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
    private final AdviceNotSoughtRepository notSought;
    private final StatutoryCalendar calendar;
    private final AssessmentProcess process;
    private final Timeline timeline;
    private final ClockRegister clocks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public AdviceService(CaseRepository cases, AdviceRequestRepository adviceRequests,
                         AdviceNotSoughtRepository notSought, StatutoryCalendar calendar,
                         AssessmentProcess process, Timeline timeline, ClockRegister clocks, Clock clock,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.notSought = notSought;
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
        AdviceChecks.receive(advice, command, today());
        boolean wasOutstanding = advice.getStatus().isOutstanding();
        if (wasOutstanding && advice.getReassessmentId() == null) {
            assessment.requireOpen();
        }
        advice.receive(command.receivedDate());
        clocksOf(assessment, advice, false);
        String late = clocks.ofAdvice(advice.getId()).standingOn(today()) == Standing.LATE ? " (late)" : "";
        timeline.record(assessment, "ADVICE_RECEIVED", "Received " + advice.describe() + " on "
                + DateText.of(command.receivedDate()) + late);
        if (wasOutstanding) {
            answered(assessment, advice);
        }
        return advice;
    }

    public AdviceRequest excuse(String caseRef, long adviceRequestId, ExcuseAdvice command) {
        AssessmentCase assessment = cases.require(caseRef);
        AdviceRequest advice = requireOutstanding(assessment, adviceRequestId);
        LocalDate excusedDate = AdviceChecks.excuse(advice, command, today());
        advice.excuse(command.reason(), command.note().trim(), excusedDate, command.appointmentDate());
        timeline.record(assessment, "ADVICE_EXCUSED", "Reg 8(2) exception for " + advice.describe() + " ("
                + Text.words(command.reason())
                + (command.appointmentDate() == null ? "" : ", appointment " + DateText.of(command.appointmentDate()))
                + ") from " + DateText.of(excusedDate) + ": " + command.note().trim()
                + ". The assessment can go on without it; it can still be recorded when it arrives.");
        clocksOf(assessment, advice, false);
        answered(assessment, advice);
        return advice;
    }

    /**
     * Reg 6(1) advice the council decided not to seek, with why (reg 6(4)): the plan decision then goes ahead without
     * it. Only the advice reg 6(1) requires, once per case, and not once it has been asked for (a request is answered
     * by receiving, excusing or withdrawing it).
     */
    public AdviceNotSought markNotSought(String caseRef, MarkNotSought command) {
        AssessmentCase assessment = cases.require(caseRef);
        new InvalidRequest.Collector()
                .rejectIf(!AdviceType.REQUIRED.contains(command.adviceType()), "adviceType",
                        "must be advice reg 6(1) requires: " + AdviceType.REQUIRED.stream().map(AdviceType::name)
                                .collect(Collectors.joining(", ")))
                .throwIfAny();
        requireGatheringAdvice(assessment);
        if (notSought.existsByCaseIdAndAdviceType(assessment.getId(), command.adviceType())) {
            throw new StepNotPossible(command.adviceType().label() + " advice is already recorded as not sought");
        }
        adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(assessment.getId()).stream()
                .filter(a -> a.getAdviceType() == command.adviceType() && a.getStatus() != AdviceStatus.WITHDRAWN)
                .findFirst().ifPresent(a -> {
                    throw new StepNotPossible(a.describe() + " was requested on " + DateText.of(a.getRequestedDate())
                            + ": record it received, excused or withdrawn instead");
                });
        AdviceNotSought marked = notSought.save(new AdviceNotSought(assessment.getId(), command.adviceType(),
                command.reason().trim(), Timeline.currentActor(), clock.instant()));
        timeline.record(assessment, "ADVICE_NOT_SOUGHT", "Decided not to seek " + command.adviceType().label()
                + " advice: " + command.reason().trim());
        return marked;
    }

    public AdviceRequest withdraw(String caseRef, long adviceRequestId, WithdrawAdvice command) {
        AssessmentCase assessment = cases.require(caseRef);
        AdviceRequest advice = find(assessment, adviceRequestId);
        AdviceChecks.withdraw(advice, command, today());
        requireOutstanding(assessment, adviceRequestId);
        advice.withdraw(command.withdrawnDate(), command.reason().trim());
        timeline.record(assessment, "ADVICE_WITHDRAWN", "Withdrew the request for " + advice.describe() + " on "
                + DateText.of(command.withdrawnDate()) + ": " + command.reason().trim());
        clocksOf(assessment, advice, false);
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

    /**
     * The plan decision weighs the advice reg 6(1) requires (reg 10): each of it received, excused under reg 8(2), or
     * recorded as not sought with a reason; and nothing outstanding.
     */
    public void requireAdviceToDecideOn(AssessmentCase assessment) {
        requireNoneOutstanding(assessment);
        List<AdviceRequest> all = adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(assessment.getId());
        Set<AdviceType> covered = EnumSet.noneOf(AdviceType.class);
        all.stream().filter(a -> a.getStatus() == AdviceStatus.RECEIVED || a.getStatus() == AdviceStatus.EXCUSED)
                .forEach(a -> covered.add(a.getAdviceType()));
        notSought.findByCaseIdOrderByIdAsc(assessment.getId()).forEach(n -> covered.add(n.getAdviceType()));
        List<AdviceType> missing = AdviceType.REQUIRED.stream().filter(t -> !covered.contains(t)).toList();
        if (!missing.isEmpty()) {
            throw new StepNotPossible("the plan decision needs the advice reg 6(1) requires, and there is no "
                    + missing.stream().map(AdviceType::label).collect(Collectors.joining(", ")) + " advice. Record "
                    + (missing.size() == 1 ? "it" : "each") + " received, excused under reg 8(2), or not sought with "
                    + "a reason");
        }
    }

    /**
     * The last day an advice request of the case was answered (received, excused or withdrawn, whichever came first
     * for each request): the plan decision that weighs the advice cannot come before it. Null when none was.
     */
    public LocalDate lastAnswered(AssessmentCase assessment) {
        return adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(assessment.getId()).stream()
                .map(a -> Stream.of(a.getReceivedDate(), a.getExcusedDate(), a.getWithdrawnDate())
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The clocks a change to this request moves: the assessment's, or, for advice asked for a re-assessment, that
     * re-assessment's, which its own package keeps ({@link ReassessmentAdviceChanged}) with its process.
     */
    private void clocksOf(AssessmentCase assessment, AdviceRequest advice, boolean answered) {
        if (advice.getReassessmentId() == null) {
            updateClocks(assessment);
        } else {
            events.publishEvent(new ReassessmentAdviceChanged(assessment, advice, answered));
        }
    }

    private void answered(AssessmentCase assessment, AdviceRequest advice) {
        if (advice.getReassessmentId() != null) {
            clocksOf(assessment, advice, true);
            return;
        }
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
        if (advice.getReassessmentId() == null) {
            assessment.requireOpen();
        }
        AdviceChecks.requireOutstanding(advice);
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
