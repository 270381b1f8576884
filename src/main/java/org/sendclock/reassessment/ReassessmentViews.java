package org.sendclock.reassessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.ReassessmentProcess;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.reassessment.ReassessmentsView.LastAssessment;
import org.sendclock.reassessment.ReassessmentsView.AdviceView;
import org.sendclock.reassessment.ReassessmentsView.ClockView;
import org.sendclock.reassessment.ReassessmentsView.ReassessmentView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's re-assessments for the API and the case page: the facts, the register's clocks, the open steps. */
@Component
@Transactional(readOnly = true)
public class ReassessmentViews {

    private final CaseRepository cases;
    private final ReassessmentRepository reassessments;
    private final AdviceRequestRepository adviceRequests;
    private final ClockRegister clocks;
    private final ReassessmentProcess process;
    private final PlanRepository plans;
    private final SixMonthRule sixMonthRule;

    public ReassessmentViews(CaseRepository cases, ReassessmentRepository reassessments,
                             AdviceRequestRepository adviceRequests, ClockRegister clocks,
                             ReassessmentProcess process, PlanRepository plans, SixMonthRule sixMonthRule) {
        this.plans = plans;
        this.sixMonthRule = sixMonthRule;
        this.cases = cases;
        this.reassessments = reassessments;
        this.adviceRequests = adviceRequests;
        this.clocks = clocks;
        this.process = process;
    }

    public ReassessmentsView of(String caseRef) {
        AssessmentCase assessment = cases.require(caseRef);
        LocalDate today = clocks.today();
        List<StatutoryClock> caseClocks = clocks.of(assessment.getId());
        List<Reassessment> held = reassessments.findByCaseIdOrderByNumberAsc(assessment.getId());
        // One plan per case (ADR 20): every re-assessment is of it.
        Plan plan = plans.findByCaseId(assessment.getId()).orElse(null);
        return new ReassessmentsView(caseRef, plan == null ? null : sixMonthRule.before(plan, held, held.size() + 1),
                held.stream().map(r -> {
                    LastAssessment last = sixMonthRule.before(plan, held, r.getNumber());
                    return new ReassessmentView(r.getNumber(), r.getRequestDate(), r.getRequestedBy(),
                        r.getDecision(), r.getDecisionDate(), r.getOutcome(), r.getOutcomeDate(), r.isOpen(),
                        last, SixMonthRule.applies(last, r.getRequestedBy(), r.getRequestDate()),
                        r.isRefusedUnderSixMonthRule(),
                        adviceRequests.findByReassessmentIdOrderByRequestedDateAscIdAsc(r.getId()).stream()
                                .map(a -> new AdviceView(a.getId(), a.getAdviceType(), a.getProvider(),
                                        a.getRequestedDate(), a.getDueDate(), a.getStatus(), a.getReceivedDate()))
                                .toList(),
                        caseClocks.stream().filter(k -> r.getId().equals(k.getReassessmentId()))
                                .map(k -> new ClockView(k.getClock(), k.getAdviceRequestId(), k.getStartDate(),
                                        k.getDueDate(), k.getDoneDate(), k.getEndedDate(), k.getEndedReason(),
                                        k.standingOn(today), k.daysLeftOn(today), k.daysLateOn(today)))
                                .toList(),
                        r.isOpen() ? process.openTasks(caseRef, r.getId()).stream().map(OpenStep::key).distinct()
                                .toList() : List.of());
                }).toList());
    }

    /**
     * The open tasks of each open re-assessment of the case, by its number, soonest due first: what the case page's
     * "What is to be done" lists with who holds each.
     */
    public Map<Integer, List<OpenStep>> openTasks(String caseRef) {
        AssessmentCase assessment = cases.require(caseRef);
        Map<Integer, List<OpenStep>> open = new LinkedHashMap<>();
        for (Reassessment r : reassessments.findByCaseIdOrderByNumberAsc(assessment.getId())) {
            if (r.isOpen()) {
                open.put(r.getNumber(), process.openTasks(caseRef, r.getId()));
            }
        }
        return open;
    }

    /**
     * The model's element ids re-assessment {@code number} of the case is at now (none once it has ended); empty when
     * the case has no such re-assessment.
     */
    public Optional<List<String>> activeSteps(String caseRef, int number) {
        AssessmentCase assessment = cases.require(caseRef);
        return reassessments.findByCaseIdOrderByNumberAsc(assessment.getId()).stream()
                .filter(r -> r.getNumber() == number).findFirst()
                .map(r -> process.activeSteps(caseRef, r.getId()));
    }
}
