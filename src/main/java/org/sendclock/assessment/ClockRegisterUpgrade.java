package org.sendclock.assessment;

import java.util.List;
import java.util.Map;
import org.sendclock.advice.AdviceService;
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
 * Writes the clocks of cases recorded before the clock register existed (ADR 11), once, at start-up, in batches. On
 * every later start it is one query that finds nothing. It runs before the demo cases are made.
 */
@Component
@Order(0)
class ClockRegisterUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClockRegisterUpgrade.class);
    private static final int BATCH = 500;
    private static final String CASES_WITHOUT_CLOCKS = """
            select c.case_ref from assessment_case c
            where not exists (select 1 from statutory_clock k where k.case_id = c.id)
            order by c.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseRepository cases;
    private final AdviceService advice;
    private final TransactionTemplate transaction;

    ClockRegisterUpgrade(NamedParameterJdbcTemplate jdbc, CaseRepository cases, AdviceService advice,
                         TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.advice = advice;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> refs = jdbc.queryForList(CASES_WITHOUT_CLOCKS, Map.of(), String.class);
        if (refs.isEmpty()) {
            return;
        }
        log.info("Writing the statutory clocks of {} cases recorded before the clock register", refs.size());
        for (int from = 0; from < refs.size(); from += BATCH) {
            List<String> batch = refs.subList(from, Math.min(refs.size(), from + BATCH));
            transaction.executeWithoutResult(status -> cases.findByCaseRefIn(batch).forEach(advice::updateClocks));
        }
        log.info("Clocks written for {} cases", refs.size());
    }
}
