package org.sendclock.review;

import java.util.stream.Collectors;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.ReviewProcess;
import org.sendclock.oversight.ClockNames;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a plan's review cycles for the API and the case page. */
@Component
@Transactional(readOnly = true)
public class ReviewViews {

    private final CaseRepository cases;
    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;
    private final ClockRegister clocks;
    private final AdviceRequestRepository adviceRequests;
    private final ReviewProcess process;
    private final ClockSettings settings;
    private final Clock clock;

    public ReviewViews(CaseRepository cases, PlanRepository plans, AnnualReviewRepository reviews,
                       ClockRegister clocks, AdviceRequestRepository adviceRequests, ReviewProcess process,
                       ClockSettings settings, Clock clock) {
        this.adviceRequests = adviceRequests;
        this.cases = cases;
        this.plans = plans;
        this.reviews = reviews;
        this.clocks = clocks;
        this.process = process;
        this.settings = settings;
        this.clock = clock;
    }

    public ReviewsView of(String caseRef) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = plans.findByCaseId(assessment.getId()).orElseThrow(() ->
                new CaseNotFound("case " + caseRef + " has no plan"));
        return of(assessment, plan);
    }

    public ReviewsView of(AssessmentCase assessment, Plan plan) {
        LocalDate today = LocalDate.now(clock);
        List<StatutoryClock> caseClocks = clocks.of(assessment.getId());
        Map<Long, List<OpenStep>> tasks = process.openTasks(assessment.getCaseRef());
        List<AnnualReview> all = reviews.findByPlanIdOrderByCycleAsc(plan.getId());
        Map<Long, List<AdviceRequest>> advice = all.isEmpty() ? Map.of()
                : adviceRequests.findByReviewIdInOrderByRequestedDateAscIdAsc(all.stream().map(AnnualReview::getId)
                        .toList()).stream().collect(Collectors.groupingBy(AdviceRequest::getReviewId));
        List<ReviewsView.Cycle> cycles = all.stream()
                .map(r -> cycle(r, caseClocks.stream().filter(k -> r.getId().equals(k.getReviewId()))
                        .sorted(Comparator.comparing(StatutoryClock::getClock)).toList(),
                        advice.getOrDefault(r.getId(), List.of()), tasks.getOrDefault(r.getId(), List.of()), today))
                .toList();
        return new ReviewsView(assessment.getCaseRef(), plan.getStartDate(), plan.getCeasedDate(), cycles);
    }

    private ReviewsView.Cycle cycle(AnnualReview r, List<StatutoryClock> cycleClocks, List<AdviceRequest> advice,
                                    List<OpenStep> open, LocalDate today) {
        Map<Long, AdviceRequest> asked = advice.stream().collect(Collectors.toMap(AdviceRequest::getId, a -> a));
        StatutoryClock due = cycleClocks.stream().filter(k -> k.getClock() == Deadline.ANNUAL_REVIEW).findFirst()
                .orElse(null);
        return new ReviewsView.Cycle(r.getCycle(), r.getId(), r.getSource(),
                due == null ? null : due.getStartDate(), due == null ? null : due.getDueDate(),
                due == null ? null : due.standingOn(today),
                r.getMeetingDate(), r.getMeetingArrangedBy(), r.isMeetingHeld(), r.getInvitationsSentDate(),
                r.getAdviceCirculatedDate(), r.getReportDate(), r.getDecision(), r.getDecisionDate(),
                r.getAmendmentsProposedDate(), r.getAmendedPlanDate(), r.getRepresentationsDate(), r.getCeaseConsultedDate(), r.isPhaseTransfer(),
                cycleClocks.stream().map(k -> new ReviewsView.ClockView(k.getClock(), k.getAdviceRequestId() == null
                                || !asked.containsKey(k.getAdviceRequestId()) ? ClockNames.of(k.getClock())
                                : "Advice (6 weeks): " + asked.get(k.getAdviceRequestId()).describe(),
                        k.getStartDate(), k.getDueDate(), k.standingOn(today), k.getDoneDate(), k.daysLeftOn(today),
                        k.daysLateOn(today), k.getEndedDate(), k.getEndedReason())).toList(),
                advice.stream().map(a -> new ReviewsView.AdviceView(a.getId(), a.getAdviceType(), a.getProvider(),
                        a.describe(), a.getRequestedDate(), a.getDueDate(), a.getStatus(),
                        cycleClocks.stream().filter(k -> a.getId().equals(k.getAdviceRequestId())).findFirst()
                                .map(k -> k.standingOn(today)).orElse(null),
                        a.getReceivedDate(), a.getExcusedDate(), a.getWithdrawnDate())).toList(),
                open.stream().filter(t -> ReviewSteps.casework().contains(t.key())).map(t -> new ReviewsView.TaskView(t.id(), t.key(), t.name(),
                        t.dueDate() == null ? null : settings.dateOf(t.dueDate().toInstant()), t.assignee())).toList());
    }
}
