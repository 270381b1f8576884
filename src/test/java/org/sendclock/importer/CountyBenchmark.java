package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.review.ReviewSteps;
import org.sendclock.kpi.MonthRange;
import org.sendclock.kpi.ReviewKpis;
import org.sendclock.oversight.ReviewsRegister;
import org.sendclock.oversight.ReviewsRegisterExplained;
import org.sendclock.support.Browser;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A county, built as a council would bring it in, against the same at a tenth of the size, in one run: 12,000
 * maintained plans with three years of review history (plans.csv with reviews.csv as one import, each review process
 * and its timers started by the real review catch-up after the facts commit) and 3,000 open assessments (requests.csv
 * and advice.csv, their processes started by the assessment catch-up); then 1,200 and 300. For each: the import's
 * time, beside a plain JDBC batch insert of the very rows it committed into the same tables (ADR 32, the issue's
 * yardstick) and of the files' rows alone; the reviews measure over twelve months; the
 * reviews register's page and API; and My work. At the county's size, a timer falling due with the job executor
 * running. Prints and appends every figure to target/benchmark/results.txt (on PostgreSQL also the query plans of the
 * register, to target/benchmark/explain-postgresql.txt); asserts only that the county was built as asked and that the
 * timer fired. Run by {@code ./mvnw verify -Pbenchmark -Dit.test=CountyBenchmark}.
 */
@IntegrationTest
class CountyBenchmark {

    private static final int COUNTY_PLANS = Integer.getInteger("sendclock.benchmark.county-plans", 12_000);
    private static final int COUNTY_ASSESSMENTS = COUNTY_PLANS / 4;
    /** A caseworker's share, the same in a county as in a tenth of one: a county has more caseworkers, not busier. */
    private static final int PLANS_PER_CASEWORKER = 300;
    private static final int ASSESSMENTS_PER_CASEWORKER = 75;
    private static final int RUNS = 30;
    private static final int WARM_UP = 5;
    /** How long the past timers a county's import leaves due may take to fire before a new one is watched. */
    private static final long BACKLOG_LIMIT_MILLIS = 8 * 60_000;
    /** The tables the plans import writes, each after those it refers to. */
    private static final List<String> PLAN_TABLES = List.of("assessment_case", "ehc_plan", "plan_need",
            "plan_placement", "plan_review", "statutory_clock", "timeline_event");

    @LocalServerPort int port;
    @Autowired PlansWithReviewsImport plansWithReviews;
    @Autowired CaseloadImport caseloadImport;
    @Autowired ReviewKpis kpis;
    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    private final List<String> lines = new ArrayList<>();
    private final Map<String, Double> tenth = new LinkedHashMap<>();

    @Test
    void aCountyAgainstATenthOfOne() throws Exception {
        String database = System.getProperty("sendclock.test.database", "h2");
        LocalDate today = LocalDate.now(clock);
        try {
            EmptySystem.empty(jdbc, runtime);
            build(today, "CT", COUNTY_PLANS / 10, COUNTY_ASSESSMENTS / 10);
            measure(today, String.format("%,d plans", COUNTY_PLANS / 10), null);
            EmptySystem.empty(jdbc, runtime);
            build(today, "CC", COUNTY_PLANS, COUNTY_ASSESSMENTS);
            measure(today, String.format("%,d plans", COUNTY_PLANS), tenth);
            if (TestDatabaseName.isPostgres(database)) {
                explain(today);
            }
            aTimerFallingDueFires();
        } finally {
            StringBuilder out = new StringBuilder();
            lines.forEach(line -> out.append(String.format("county  %-10s  %s%n", database, line)));
            System.out.print(out);
            Path results = Path.of("target", "benchmark", "results.txt");
            Files.createDirectories(results.getParent());
            Files.writeString(results, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ClockUtil.reset();
            EmptySystem.empty(jdbc, runtime);
        }
    }

    /** The plans and their history, then the open assessments, each through its import; timed part by part. */
    private void build(LocalDate today, String prefix, int plans, int assessments) throws Exception {
        List<PlansImportBenchmark.Planned> county = PlansImportBenchmark.caseload(today, prefix, plans,
                Math.max(1, plans / PLANS_PER_CASEWORKER));
        Path dir = Files.createTempDirectory("sendclock-county-benchmark-");
        Path plansFile = dir.resolve("plans.csv");
        Path reviewsFile = dir.resolve("reviews.csv");
        PlansImportBenchmark.write(county, plansFile, reviewsFile);
        double plainFileRows = PlansImportBenchmark.plainInsert(county, jdbc, transactions);
        int fileRows = plans * (1 + PlansImportBenchmark.REVIEWS_PER_PLAN);

        Timed planFiles = timed(progress -> plansWithReviews.run(plansFile, reviewsFile, false, progress));
        // The yardstick (ADR 32): the rows the import committed, table by table, inserted again as plain batches.
        SameRowsPlainInsert.Measured plain = SameRowsPlainInsert.of(jdbc, transactions, PLAN_TABLES);
        Path requests = dir.resolve("requests.csv");
        Path advice = dir.resolve("advice.csv");
        writeAssessments(today, prefix + "A", assessments, requests, advice);
        Timed assessmentFiles = timed(progress -> {
            caseloadImport.run(new ImportFiles(requests, advice), false, progress);
            return null;
        });
        for (Path file : List.of(plansFile, reviewsFile, requests, advice)) {
            Files.delete(file);
        }
        Files.delete(dir);

        long maintained = count("select count(*) from ehc_plan where ceased_date is null");
        long reviewProcesses = runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                .count();
        long openCycles = count("select count(*) from plan_review where decision_date is null");
        long waiting = count("select count(*) from plan_review where awaiting_process = true");
        long open = count("select count(*) from assessment_case where status = 'OPEN'");
        long timers = management.createJobQuery().timers().count();
        assertThat(maintained).as("maintained plans").isEqualTo(plans);
        assertThat(open).as("open assessments").isEqualTo(assessments);
        assertThat(waiting).as("review cycles still waiting for their process").isZero();
        assertThat(reviewProcesses).as("a review process for every open cycle").isGreaterThanOrEqualTo(openCycles);
        lines.add(String.format("built %,d plans (%,d file rows, %,d review cycles open, %,d review processes), "
                        + "%,d open assessments, %,d timers: plans.csv with reviews.csv %.1f s (facts %.1f s, catch-up "
                        + "%.1f s), assessments %.1f s (facts %.1f s, catch-up %.1f s)",
                plans, fileRows, openCycles, reviewProcesses, open, timers, planFiles.total, planFiles.facts,
                planFiles.total - planFiles.facts, assessmentFiles.total, assessmentFiles.facts,
                assessmentFiles.total - assessmentFiles.facts));
        lines.add("plans.csv with reviews.csv, step by step: " + planFiles.split());
        lines.add(String.format("the import committed %,d rows (%s); the same rows as plain JDBC batches %.1f s "
                        + "(median of %s s): the "
                        + "facts at %.0f%% of that rate (the target), with the catch-up %.0f%%; the files' %,d rows as "
                        + "plain JDBC batches %.1f s: the facts at %.0f%% of that rate", plain.total(),
                plain.rows().entrySet().stream().map(e -> String.format("%s %,d", e.getKey(), e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")), plain.seconds(),
                plain.runs().stream().map(t -> String.format("%.1f", t))
                        .collect(java.util.stream.Collectors.joining(", ")),
                100 * plain.seconds() / planFiles.facts, 100 * plain.seconds() / planFiles.total, fileRows,
                plainFileRows, 100 * plainFileRows / planFiles.facts));
    }

    /** 3,000 open cases requested over the last 140 days: those asked 30 days ago or more decided, three advice each. */
    static void writeAssessments(LocalDate today, String prefix, int count, Path requests, Path advice)
            throws Exception {
        int caseworkers = Math.max(1, count / ASSESSMENTS_PER_CASEWORKER);
        try (Writer r = Files.newBufferedWriter(requests); Writer a = Files.newBufferedWriter(advice)) {
            r.write("case_ref,request_date,request_source,decision_date,decision,no_plan_date,draft_plan_date,"
                    + "final_plan_date,exception_reason,closed_date,closed_reason,team,caseworker\n");
            a.write("case_ref,advice_type,requested_date,received_date,exception_reason\n");
            for (int i = 0; i < count; i++) {
                LocalDate requested = today.minusDays(i % 140);
                int worker = i % caseworkers;
                String who = worker == 0 ? "North,caseworker" : "Team " + worker % 4 + ",Caseworker " + worker;
                boolean decided = i % 140 >= 30;
                r.write(prefix + i + "," + requested + ",PARENT," + (decided ? requested.plusDays(25) + ",ASSESS"
                        : ",") + ",,,,,,," + who + "\n");
                if (decided) {
                    for (String type : List.of("HEALTH", "EDUCATIONAL_PSYCHOLOGY", "SOCIAL_CARE")) {
                        a.write(prefix + i + "," + type + "," + requested.plusDays(25) + ",,\n");
                    }
                }
            }
        }
    }

    private void measure(LocalDate today, String caseload, Map<String, Double> against) throws Exception {
        Browser manager = Browser.signedIn(port, "manager", "demo");
        Browser api = Browser.basic(port, "manager", "demo");
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        YearMonth thisMonth = YearMonth.from(today);
        MonthRange lastTwelveMonths = new MonthRange(thisMonth.minusMonths(12), thisMonth.minusMonths(1));
        Map<String, Fetch> fetches = new LinkedHashMap<>();
        fetches.put("reviews KPI, 12 months", () -> kpis.reviews(lastTwelveMonths));
        // The same after a caseworker's decision: the month it was dated in is counted again (ADR 37).
        int lastMonth = thisMonth.minusMonths(1).getYear() * 100 + thisMonth.minusMonths(1).getMonthValue();
        fetches.put("reviews KPI, a month changed", () -> {
            jdbc.update("update review_month_figures set changes = changes + 1 where year_month = ?", lastMonth);
            return kpis.reviews(lastTwelveMonths);
        });
        fetches.put("GET /api/oversight/reviews", () -> ok(api.get("/api/oversight/reviews")));
        fetches.put("/oversight/reviews page", () -> ok(manager.get("/oversight/reviews")));
        fetches.put("My work", () -> ok(caseworker.get("/my-work")));
        for (Map.Entry<String, Fetch> fetch : fetches.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                fetch.getValue().get();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long began = System.nanoTime();
                fetch.getValue().get();
                millis.add((System.nanoTime() - began) / 1e6);
            }
            Collections.sort(millis);
            double median = millis.get(RUNS / 2);
            String growth = "";
            if (against == null) {
                tenth.put(fetch.getKey(), median);
            } else {
                growth = String.format(", %.2fx the tenth's median", median / against.get(fetch.getKey()));
            }
            lines.add(String.format("%-28s %-13s median %7.1f ms, p95 %7.1f ms%s", fetch.getKey(), caseload, median,
                    millis.get((int) Math.ceil(RUNS * 0.95) - 1), growth));
        }
        ReviewsRegister.Counts counts = register().counts(org.sendclock.oversight.ReviewFilter.ALL);
        lines.add(String.format("%-28s %-13s %,d due in 8 weeks, %,d overdue", "register lists", caseload,
                counts.dueSoon(), counts.overdue()));
    }

    @Autowired ReviewsRegister reviewsRegister;

    private ReviewsRegister register() {
        return reviewsRegister;
    }

    /**
     * The job executor started as in production; the timers the import left past due fire first (their time is
     * reported); then the engine's clock is moved to the next review timer's moment, and that timer must have fired,
     * its at-risk warning or breach recorded, within one acquisition cycle: the acquisition's longest wait plus its lock.
     */
    private void aTimerFallingDueFires() throws Exception {
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        if (!jobExecutor.getProcessEngines().contains(engine)) {
            jobExecutor.registerProcessEngine((org.camunda.bpm.engine.impl.ProcessEngineImpl) engine);
        }
        long cycleMillis = jobExecutor.getMaxWait() + jobExecutor.getLockTimeInMillis();
        long pastDue = management.createJobQuery().executable().count();
        long started = System.nanoTime();
        jobExecutor.start();
        try {
            long remaining = pastDue;
            while (remaining > 0 && (System.nanoTime() - started) / 1_000_000 < BACKLOG_LIMIT_MILLIS) {
                Thread.sleep(1_000);
                remaining = management.createJobQuery().executable().count();
            }
            double backlogSeconds = (System.nanoTime() - started) / 1e9;
            lines.add(String.format("%,d timers past due at the import fired by the job executor in %.1f s (%,d still "
                    + "due)", pastDue, backlogSeconds, remaining));

            Job next = management.createJobQuery().timers().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                    .duedateHigherThan(ClockUtil.getCurrentTime()).orderByJobDuedate().asc().listPage(0, 1).get(0);
            String caseRef = runtime.createProcessInstanceQuery().processInstanceId(next.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            long caseId = count("select id from assessment_case where case_ref = '" + caseRef + "'");
            long entriesBefore = warningsOf(caseId);
            long dueWith = management.createJobQuery().timers().duedateLowerThan(
                    new Date(next.getDuedate().getTime() + 60_000)).duedateHigherThan(ClockUtil.getCurrentTime())
                    .count();
            ClockUtil.setCurrentTime(new Date(next.getDuedate().getTime() + 60_000));
            long moved = System.nanoTime();
            long waitedMillis;
            do {
                Thread.sleep(100);
                waitedMillis = (System.nanoTime() - moved) / 1_000_000;
            } while (warningsOf(caseId) == entriesBefore && waitedMillis < cycleMillis);
            boolean fired = warningsOf(caseId) > entriesBefore;
            lines.add(String.format("timer falling due (case %s, due %s, %,d timers due with it): %s %.1f s after "
                            + "the clock reached it (one acquisition cycle: %.1f s)", caseRef, next.getDuedate(),
                    dueWith, fired ? "recorded" : "NOT recorded", waitedMillis / 1e3, cycleMillis / 1e3));
            assertThat(fired).as("the timer fired within one acquisition cycle").isTrue();
        } finally {
            jobExecutor.shutdown();
        }
    }

    private long warningsOf(long caseId) {
        return count("select count(*) from timeline_event where case_id = " + caseId
                + " and kind in ('AT_RISK', 'BREACH')");
    }

    /** On PostgreSQL, the plans of the register's queries over the county, with their timings. */
    private void explain(LocalDate today) throws Exception {
        String out = ReviewsRegisterExplained.of(reviewsRegister, new NamedParameterJdbcTemplate(jdbc), today);
        Path file = Path.of("target", "benchmark", "explain-postgresql.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static int ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.statusCode();
    }

    /**
     * An import's whole time, the part until its facts committed (when its catch-up's step began), and how long each
     * of its progress steps lasted, as the import page names them, in order. A step shorter than the watch's 20 ms poll
     * may be missed; the last fact step includes the statistics and the commit.
     */
    private record Timed(double total, double facts, Map<String, Double> steps) {
        String split() {
            return steps.entrySet().stream().map(e -> String.format("%s %.1f s", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private interface Run {
        Object with(ImportProgress progress) throws Exception;
    }

    private static Timed timed(Run run) throws Exception {
        ImportProgress progress = new ImportProgress();
        long began = System.nanoTime();
        long[] factsDone = {0};
        Map<String, Long> stepBegan = Collections.synchronizedMap(new LinkedHashMap<>());
        CompletableFuture<Void> watch = CompletableFuture.runAsync(() -> {
            while (!progress.snapshot().finished()) {
                String step = progress.snapshot().step();
                stepBegan.putIfAbsent(step, System.nanoTime());
                if (factsDone[0] == 0 && (step.startsWith("Starting") || step.startsWith("Putting"))) {
                    factsDone[0] = System.nanoTime();
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        run.with(progress);
        long ended = System.nanoTime();
        watch.get();
        long facts = factsDone[0] == 0 ? ended : factsDone[0];
        Map<String, Double> steps = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> seen = new ArrayList<>(stepBegan.entrySet());
        for (int i = 0; i < seen.size(); i++) {
            long until = i + 1 < seen.size() ? seen.get(i + 1).getValue() : ended;
            steps.put(seen.get(i).getKey(), (until - seen.get(i).getValue()) / 1e9);
        }
        return new Timed((ended - began) / 1e9, (facts - began) / 1e9, steps);
    }

    @FunctionalInterface
    private interface Fetch {
        Object get() throws Exception;
    }

    private static final class TestDatabaseName {
        static boolean isPostgres(String database) {
            return "postgresql".equalsIgnoreCase(database);
        }
    }
}
