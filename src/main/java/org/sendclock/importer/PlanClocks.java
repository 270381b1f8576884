package org.sendclock.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.PlanFacts;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;

/**
 * The plans whose clocks an import of plans.csv and reviews.csv together writes once, after both files' facts are
 * written (ADR 32): each file's write names the cases it changed here instead of writing their clocks, and {@link
 * #write} then derives each plan's clocks from its plan and every one of its cycles, a batch of cases at a time. Written
 * file by file, a new plan's clocks were written from its first cycle alone, then rewritten by its history.
 */
final class PlanClocks {

    private static final int BATCH = 500;

    private final Set<Long> caseIds = new LinkedHashSet<>();

    void changed(Long caseId) {
        caseIds.add(caseId);
    }

    /** Writes the clocks of every plan named, in the caller's transaction; the persistence context is cleared. */
    void write(CaseRepository cases, PlanRepository plans, AnnualReviewRepository reviews, ClockRegister clocks,
               EntityManager entityManager, ImportProgress progress) {
        progress.step("Writing the plans' clocks", caseIds.size());
        List<Long> all = new ArrayList<>(caseIds);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            Map<Long, AssessmentCase> byId = cases.findAllById(batch).stream()
                    .collect(Collectors.toMap(AssessmentCase::getId, Function.identity()));
            List<Plan> held = plans.findByCaseIdIn(batch);
            Map<Long, List<AnnualReview>> cycles = held.isEmpty() ? Map.of() : reviews.findByPlanIdInOrderByCycleAsc(
                    held.stream().map(Plan::getId).toList()).stream().collect(Collectors.groupingBy(
                    AnnualReview::getPlanId));
            Map<AssessmentCase, PlanFacts> facts = new java.util.LinkedHashMap<>();
            for (Plan plan : held) {
                AssessmentCase c = byId.get(plan.getCaseId());
                facts.put(c, PlanService.facts(c, plan, cycles.getOrDefault(plan.getId(), List.of())));
            }
            // As the files' own writes (ADR 30): nothing read while the clocks are written needs them flushed first.
            entityManager.setFlushMode(FlushModeType.COMMIT);
            try {
                clocks.updatePlans(facts);
                entityManager.flush();
            } finally {
                entityManager.setFlushMode(FlushModeType.AUTO);
            }
            entityManager.clear();
            progress.advance(from + batch.size());
        }
    }
}
