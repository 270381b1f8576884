package org.sendclock.kpi;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.PlanFacts;
import org.sendclock.importer.ImportProgress;
import org.sendclock.importer.PlansImport;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
class ReviewKpiBenchmark {

    private static final int RUNS = 30;
    private static final int WARM_UP = 5;
    private static final int BATCH = 500;
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

        List<String> lines = new ArrayList<>(load("RA", COUNTY / 10, today, random));
        lines.addAll(time(String.format("%,d plans", COUNTY / 10), lastTwelveMonths, today));
        lines.addAll(load("RB", COUNTY - COUNTY / 10, today, random));
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

    /** {@code count} plans started up to six years ago, imported, then their review history recorded. */
    private List<String> load(String prefix, int count, LocalDate today, Random random) throws Exception {
        Map<String, History> histories = new LinkedHashMap<>();
        Path file = Files.createTempFile("sendclock-review-benchmark-", ".csv");
        try (BufferedWriter csv = Files.newBufferedWriter(file)) {
            csv.write("case_ref,child_given_name,child_family_name,child_date_of_birth,upn,plan_start_date,"
                    + "setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,caseworker\n");
            for (int i = 0; i < count; i++) {
                String ref = prefix + "-" + i;
                LocalDate start = today.minusDays(30 + random.nextInt(6 * 365));
                LocalDate born = start.minusYears(5 + random.nextInt(10)).minusDays(random.nextInt(365));
                LocalDate ceased = random.nextInt(100) < 5
                        ? start.plusDays(random.nextInt((int) (today.toEpochDay() - start.toEpochDay()) + 1)) : null;
                histories.put(ref, History.of(start, ceased, today, random));
                csv.write(ref + ",Bench,Plan," + born + ",," + start + ",,OTH,,," + (ceased == null ? "" : ceased)
                        + "," + (ceased == null ? "" : "2") + ",,\n");
            }
        }
        long began = System.nanoTime();
        plansImport.run(file, false, new ImportProgress());
        double importSeconds = (System.nanoTime() - began) / 1e9;
        Files.delete(file);

        began = System.nanoTime();
        List<String> refs = new ArrayList<>(histories.keySet());
        int cycles = 0;
        for (int from = 0; from < refs.size(); from += BATCH) {
            List<String> batch = refs.subList(from, Math.min(refs.size(), from + BATCH));
            cycles += transaction.execute(status -> record(batch, histories));
        }
        double reviewSeconds = (System.nanoTime() - began) / 1e9;
        // The planner learns how many cycles and clocks there now are, as it would from autovacuum in a council's
        // database; a benchmark straight after loading would otherwise time plans made for empty tables.
        jdbc.execute("analyze");
        return List.of(String.format("load %-6s %,d plans imported in %.1f s; %,d review cycles recorded in %.1f s",
                prefix, count, importSeconds, cycles, reviewSeconds));
    }

    /** Writes each plan's cycles as the review commands would, then its clocks, the batch's in one go. */
    private int record(List<String> refs, Map<String, History> histories) {
        Map<Long, AssessmentCase> byId = cases.findByCaseRefIn(refs).stream()
                .collect(Collectors.toMap(AssessmentCase::getId, Function.identity()));
        Map<Long, Plan> planById = plans.findByCaseIdIn(byId.keySet()).stream()
                .collect(Collectors.toMap(Plan::getId, Function.identity()));
        Map<Long, List<AnnualReview>> cyclesByPlan = new HashMap<>();
        reviews.findByPlanIdInOrderByCycleAsc(planById.keySet())
                .forEach(r -> cyclesByPlan.computeIfAbsent(r.getPlanId(), k -> new ArrayList<>()).add(r));
        Map<AssessmentCase, PlanFacts> facts = new HashMap<>();
        int written = 0;
        for (Plan plan : planById.values()) {
            AssessmentCase assessment = byId.get(plan.getCaseId());
            List<AnnualReview> cycles = cyclesByPlan.get(plan.getId());
            AnnualReview open = cycles.get(0);
            for (History.Decided d : histories.get(assessment.getCaseRef()).decided()) {
                open.arrangeMeeting(d.meeting(), "the school");
                open.recordMeetingHeld(d.meeting());
                open.recordDecision(d.decision(), d.on(), null);
                open.recordAmendedPlan(d.amended());
                if (d.decision() != ReviewDecision.CEASE) {
                    open = new AnnualReview(plan, open.getCycle() + 1, AnnualReview.Source.HERE, Instant.now());
                    cycles.add(open);
                }
            }
            reviews.saveAll(cycles);
            written += cycles.size();
            facts.put(assessment, PlanService.facts(assessment, plan, cycles));
        }
        reviews.flush();
        clocks.updatePlans(facts);
        return written;
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

    /**
     * A plan's review history: each cycle due a year after the last decision; 92 in 100 decided (from 40 days early
     * to 20 late, the meeting 10 to 40 days before), the rest left open; of decisions, 70 in 100 maintain, 25 amend
     * (the amended plan 20 to 80 days later, if that has come), 5 cease.
     */
    private record History(List<Decided> decided) {

        record Decided(LocalDate meeting, ReviewDecision decision, LocalDate on, LocalDate amended) {
        }

        static History of(LocalDate start, LocalDate ceased, LocalDate today, Random random) {
            List<Decided> decided = new ArrayList<>();
            LocalDate last = ceased != null && ceased.isBefore(today) ? ceased : today;
            LocalDate cycleStart = start;
            while (true) {
                LocalDate due = cycleStart.plusYears(1);
                LocalDate on = due.minusDays(40 - random.nextInt(61));
                if (random.nextInt(100) >= 92 || on.isAfter(last) || !on.isAfter(cycleStart.plusDays(60))) {
                    return new History(decided);
                }
                LocalDate meeting = on.minusDays(10 + random.nextInt(31));
                int roll = random.nextInt(100);
                ReviewDecision decision = roll < 70 ? ReviewDecision.MAINTAIN
                        : roll < 95 ? ReviewDecision.AMEND : ReviewDecision.CEASE;
                LocalDate amended = decision == ReviewDecision.AMEND ? on.plusDays(20 + random.nextInt(61)) : null;
                decided.add(new Decided(meeting, decision, on,
                        amended != null && !amended.isAfter(last) ? amended : null));
                if (decision == ReviewDecision.CEASE) {
                    return new History(decided);
                }
                cycleStart = on;
            }
        }
    }
}
