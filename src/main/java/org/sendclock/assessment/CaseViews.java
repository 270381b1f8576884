package org.sendclock.assessment;

import org.sendclock.clock.ClockSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendclock.advice.AdviceNotSoughtRepository;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.assessment.CaseView.*;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.casefile.TimelineRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.oversight.BreachRepository;
import org.sendclock.plan.PlanViews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the whole case for the API and the pages. */
@Component
@Transactional(readOnly = true)
public class CaseViews {

    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final ExceptionRecordRepository exceptions;
    private final AdviceNotSoughtRepository notSought;
    private final BreachRepository breaches;
    private final TimelineRepository timeline;
    private final AssessmentProcess process;
    private final ClockSettings settings;
    private final ClockRegister clocks;
    private final Clock clock;
    private final PlanViews plans;

    public CaseViews(CaseRepository cases, AdviceRequestRepository adviceRequests, AdviceNotSoughtRepository notSought,
                     ExceptionRecordRepository exceptions,
                     BreachRepository breaches, TimelineRepository timeline, AssessmentProcess process,
                     ClockSettings settings, ClockRegister clocks, Clock clock, PlanViews plans) {
        this.plans = plans;
        this.clocks = clocks;
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.exceptions = exceptions;
        this.notSought = notSought;
        this.breaches = breaches;
        this.timeline = timeline;
        this.process = process;
        this.settings = settings;
        this.clock = clock;
    }

    public CaseView of(String caseRef) {
        return of(cases.require(caseRef));
    }

    public CaseView of(AssessmentCase c) {
        Long id = c.getId();
        List<AdviceRequest> advice = adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(id);
        Map<Long, AdviceRequest> adviceById = java.util.stream.Stream.concat(advice.stream(),
                        adviceRequests.findByCaseIdAndReassessmentIdIsNotNull(id).stream())
                .collect(Collectors.toMap(AdviceRequest::getId, Function.identity()));
        List<ExceptionView> exceptionViews = exceptions.findByCaseIdOrderByStartsOnAscIdAsc(id).stream()
                .map(e -> new ExceptionView(e.getId(), e.getReason(), e.getStartsOn(), e.getEndsOn(), e.getNote(),
                        e.getRecordedBy(), e.getRecordedAt(), e.isImported(), e.getAgreedBy(), e.getAgreedAt(),
                        !settings.exceptionNeedsManagerAgreement() || e.counts()))
                .toList();
        Child child = c.getChild();
        LocalDate today = LocalDate.now(clock);
        return new CaseView(
                c.getCaseRef(),
                new ChildView(child.getGivenName(), child.getFamilyName(), child.getDateOfBirth(), child.getUpn(),
                        child.getSetting(), child.nationalCurriculumYearOn(today), child.getSex(),
                        child.getEthnicity(), child.getPostcode(), child.getUln(), child.getUpnUnknownReason()),
                c.getRequestDate(), c.getRequestSource(), c.getStatus(), c.getStage(), c.getStage().label(),
                c.getCaseworker(), c.getTeam(),
                c.getDecisionDue(), c.getNoPlanNoticeDue(), c.getFinalPlanDue(),
                c.getDecision(), c.getDecisionDate(), c.getDecisionNoticeDate(), c.getDecisionReasons(),
                c.getAppealRightsSentDate(),
                c.getPlanDecision(), c.getPlanDecisionDate(), c.getNoPlanNoticeDate(),
                c.getDraftServedDate(), c.getCommentPeriodEnds(), c.getParentResponseDate(),
                c.getParentFinishedCommenting(), c.getNamedSchool(),
                c.getSchoolConsultedDate(), c.getFinalPlanDate(), c.getClosedDate(), c.getClosedReason(),
                exceptionViews.stream().anyMatch(ExceptionView::counts),
                clocks.of(id).stream().map(k -> new ClockView(k.getClock(), k.getAdviceRequestId(), k.getReviewId(), k.getStartDate(),
                        k.getDueDate(), k.getDoneDate(), k.standingOn(today), k.daysLateOn(today), k.daysLeftOn(today),
                        k.isExceptionApplies(), k.getEndedDate(), k.getEndedReason())).toList(),
                advice.stream().map(a -> new AdviceView(a.getId(), a.getAdviceType(), a.getProvider(),
                        a.getRequestedDate(), a.getDueDate(), a.getReceivedDate(), a.getStatus(),
                        a.getExceptionReason(), a.getExceptionNote(), a.getExcusedDate(),
                        a.getMissedAppointmentDate(), a.getWithdrawnDate())).toList(),
                notSought.findByCaseIdOrderByIdAsc(id).stream().map(n -> new NotSoughtView(n.getAdviceType(),
                        n.getReason(), n.getRecordedBy(), n.getRecordedAt())).toList(),
                exceptionViews,
                breaches.findByCaseIdOrderByDetectedAtAscIdAsc(id).stream().map(b -> new BreachView(b.getDeadline(),
                        b.getAdviceRequestId(),
                        // A review's advice (ADR 29) is not among the assessment's; its breach still names its type.
                        b.getAdviceRequestId() == null ? null : java.util.Optional.ofNullable(
                                adviceById.get(b.getAdviceRequestId()))
                                .or(() -> adviceRequests.findById(b.getAdviceRequestId()))
                                .map(AdviceRequest::getAdviceType).orElse(null),
                        b.getDueDate(), b.getDetectedAt(), b.isExceptionApplies(), b.getVoidedAt(),
                        b.getVoidReason())).toList(),
                c.getStatus().isOpen() ? process.openTasks(c.getCaseRef()).stream().map(t -> new TaskView(t.id(),
                        t.key(), t.name(),
                        t.dueDate() == null ? null : settings.dateOf(t.dueDate().toInstant()),
                        t.assignee())).toList() : List.of(),
                c.isAwaitingProcess(),
                c.returnFlags(),
                plans.of(c).orElse(null),
                timeline.findByCaseIdOrderByOccurredAtDescIdDesc(id).stream().map(e -> new TimelineView(
                        e.getOccurredAt(), e.getActor(), e.getKind(), e.getDescription())).toList());
    }
}
