package org.sendclock.plan;

import java.util.List;
import java.util.Map;
import org.sendclock.casefile.CaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the first review cycle of plans recorded before cycles were rows (ADR 22), and rewrites their clocks with it,
 * once, at start-up, in batches. On every later start it is one query that finds nothing.
 */
@Component
@Order(1)
class ReviewCycleUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewCycleUpgrade.class);
    private static final int BATCH = 500;
    private static final String PLANS_WITHOUT_CYCLES = """
            select p.id from ehc_plan p
            where not exists (select 1 from plan_review r where r.plan_id = p.id)
            order by p.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PlanRepository plans;
    private final CaseRepository cases;
    private final PlanService planService;
    private final TransactionTemplate transaction;

    ReviewCycleUpgrade(NamedParameterJdbcTemplate jdbc, PlanRepository plans, CaseRepository cases,
                       PlanService planService, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.cases = cases;
        this.planService = planService;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> ids = jdbc.queryForList(PLANS_WITHOUT_CYCLES, Map.of(), Long.class);
        if (ids.isEmpty()) {
            return;
        }
        log.info("Opening the first review cycle of {} plans recorded before review cycles", ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            transaction.executeWithoutResult(status -> plans.findAllById(batch).forEach(plan -> {
                AnnualReview first = planService.openFirstCycle(plan, plan.getSource() == Plan.Source.IMPORT
                        ? AnnualReview.Source.IMPORT : AnnualReview.Source.HERE);
                // Its process is started at start-up by the review catch-up, as for a cycle brought in (ADR 23).
                first.setAwaitingProcess(!plan.isCeased());
                planService.updateClock(cases.findById(plan.getCaseId()).orElseThrow(), plan);
            }));
        }
        log.info("Review cycles opened for {} plans", ids.size());
    }
}
