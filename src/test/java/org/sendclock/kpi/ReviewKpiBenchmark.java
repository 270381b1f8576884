package org.sendclock.kpi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.importer.PlansImport;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.PlanRepository;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.SyntheticPlans;
import org.sendclock.support.IntegrationTest;
import org.sendclock.review.ReviewCatchUp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the reviews measure grows with the caseload no faster than it should: the reviews table for the last twelve
 * months, the overdue reviews today and the board's reviews measure, timed over 1,200 maintained plans and then, in
 * the same run, over 12,000 (a county), each plan with up to six years of review history (decisions, most on time,
 * some late, a quarter amended, a few reviews left open and overdue). Plans come in through plans.csv; their cycles are
 * written to {@code plan_review} and the register, as the review commands write them. Run by
 * {@code ./mvnw verify -Pbenchmark}; prints p50 and p95 and appends them to target/benchmark/results.txt. Asserts
 * nothing about time.
 */
@IntegrationTest
// The review processes are not started: the register and the measure read the clock register and the plan tables,
// never the engine, and starting 12,000 processes (CountyBenchmark measures it) would take most of the run.
@MockitoBean(types = ReviewCatchUp.class)
class ReviewKpiBenchmark {

    private static final int RUNS = 30;
    private static final int WARM_UP = 5;
    /** A county; {@code -Dsendclock.benchmark.review-plans=600} tries the benchmark itself out at a small size. */
    private static final int COUNTY = Integer.getInteger("sendclock.benchmark.review-plans", 12_000);

    @Autowired PlansImport plansImport;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;
    @Autowired AnnualReviewRepository reviews;
    @Autowired ClockRegister clocks;
    @Autowired ReviewKpis kpis;
    @Autowired BoardViews board;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired Clock clock;

    @Test
    void theReviewsMeasureOverATenthOfACountyAndOverACounty() throws Exception {
        LocalDate today = LocalDate.now(clock);
        YearMonth thisMonth = YearMonth.from(today);
        MonthRange lastTwelveMonths = new MonthRange(thisMonth.minusMonths(12), thisMonth.minusMonths(1));
        EmptySystem.empty(jdbc, runtime);
        Random random = new Random(13L);

        SyntheticPlans county = new SyntheticPlans(plansImport, cases, plans, reviews, clocks, transaction, jdbc);
        List<String> lines = new ArrayList<>(List.of(county.load("RA", COUNTY / 10, today, random)));
        lines.addAll(time(String.format("%,d plans", COUNTY / 10), lastTwelveMonths, today));
        lines.add(county.load("RB", COUNTY - COUNTY / 10, today, random));
        lines.addAll(time(String.format("%,d plans", COUNTY), lastTwelveMonths, today));

        String database = System.getProperty("sendclock.test.database", "h2");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(String.format("reviews %-10s  %s%n", database, line)));
        System.out.print(out);
        Path results = Path.of("target", "benchmark", "results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        EmptySystem.empty(jdbc, runtime);
    }

    private List<String> time(String caseload, MonthRange range, LocalDate today) {
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("reviews", () -> kpis.reviews(range));
        queries.put("overdue", () -> kpis.overdue(today));
        queries.put("board", () -> board.board(Measure.REVIEWS_BY_DUE_DATE, range));
        List<String> lines = new ArrayList<>();
        queries.forEach((name, query) -> {
            for (int i = 0; i < WARM_UP; i++) {
                query.get();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long began = System.nanoTime();
                query.get();
                millis.add((System.nanoTime() - began) / 1e6);
            }
            Collections.sort(millis);
            lines.add(String.format("%-8s %-14s 12 months: p50 %7.1f ms, p95 %7.1f ms", name, caseload,
                    millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1)));
        });
        ReviewReport report = kpis.reviews(range);
        lines.add(String.format("counted  %-14s due %,d (on time %,d), decided %,d, amended %,d; overdue today %,d",
                caseload, report.total().due(), report.total().onTime(), report.total().decided(),
                report.total().amended(), kpis.overdue(today).overdue()));
        return lines;
    }
}
