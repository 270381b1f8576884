package org.sendclock.review;

import java.time.LocalDate;
import java.util.List;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;

/** One review cycle of a case's plan, with the day it began (the plan's start, or the previous decision). */
record Cycle(AssessmentCase assessment, Plan plan, AnnualReview review, LocalDate start) {

    /** Cycle {@code number} of the case's plan; not found when the case, its plan or the cycle is not there. */
    static Cycle find(CaseRepository cases, PlanRepository plans, AnnualReviewRepository reviews, String caseRef,
                      int number) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = plans.findByCaseId(assessment.getId()).orElseThrow(() ->
                new CaseNotFound("case " + caseRef + " has no plan"));
        List<AnnualReview> all = reviews.findByPlanIdOrderByCycleAsc(plan.getId());
        AnnualReview review = all.stream().filter(r -> r.getCycle() == number).findFirst().orElseThrow(() ->
                new CaseNotFound("the plan of case " + caseRef + " has no review " + number));
        LocalDate start = number == 1 ? plan.getStartDate() : all.stream().filter(r -> r.getCycle() == number - 1)
                .map(AnnualReview::getDecisionDate).findFirst().orElse(plan.getStartDate());
        return new Cycle(assessment, plan, review, start);
    }

    void requireLive() {
        if (plan.isCeased()) {
            throw new StepNotPossible("the plan of case " + assessment.getCaseRef() + " ceased on "
                    + DateText.of(plan.getCeasedDate()));
        }
    }
}
