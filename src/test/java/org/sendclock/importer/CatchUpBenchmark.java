package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sendclock.assessment.AssessmentSteps;
import org.sendclock.review.ReviewCatchUp;
import org.sendclock.review.ReviewSteps;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's catch-up after an import (ADRs 13 and 23), per review cycle and per open case: the part of a county's
 * import that dominates it ({@code CountyBenchmark}). Imports N plans with three reviews each (the caseload of
 * {@code PlansImportBenchmark}, a quarter of the last reviews undecided) and N/4 open assessments, then times the two
 * catch-ups twice each: restating cycles and cases that have a process (stopped, then started again at their step),
 * and putting new ones onto the engine (their processes deleted first, so there is nothing to stop, as after a first
 * import), by wall clock and by the CPU time of the thread that runs them. On H2 it also lists the statements the
 * catch-ups ran, most costly first, from H2's query statistics.
 * Run by {@code ./mvnw -B -o -Pbenchmark -Dit.test=CatchUpBenchmark verify} ({@code -Dsendclock.benchmark.catch-up-plans}
 * for another N); prints and appends its figures to target/benchmark/results.txt and asserts only the counts.
 */
@IntegrationTest
class CatchUpBenchmark {

    private static final int PLANS = Integer.getInteger("sendclock.benchmark.catch-up-plans", 1_200);
    private static final int STATEMENTS_SHOWN = 25;

    @Autowired PlansImport plansImport;
    @Autowired ReviewsImport reviewsImport;
    @Autowired CaseloadImport caseloadImport;
    @Autowired ReviewCatchUp reviewCatchUp;
    @Autowired ProcessCatchUp processCatchUp;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final List<String> lines = new ArrayList<>();
    private final String database = System.getProperty("sendclock.test.database", "h2");

    @Test
    void reviewCyclesAndOpenCasesPutOntoTheEngine() throws Exception {
        LocalDate today = LocalDate.now(clock);
        try {
            EmptySystem.empty(jdbc, runtime);
            build(today);

            List<Long> cycles = reviewCyclesWithAProcess();
            List<Long> openCases = jdbc.queryForList("select id from assessment_case where status = 'OPEN'",
                    Long.class);
            assertThat(openCases).as("open assessments").hasSize(PLANS / 4);

            timed("review catch-up, cycles restated", cycles.size(), () -> {
                markCycles(cycles);
                return () -> reviewCatchUp.run();
            });
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY).count())
                    .as("each restated cycle's old process stopped, one process each").isEqualTo(cycles.size());
            timed("review catch-up, cycles new", cycles.size(), () -> {
                deleteProcesses(ReviewSteps.PROCESS_KEY);
                markCycles(cycles);
                return () -> reviewCatchUp.run();
            });
            assertThat(reviewCyclesWithAProcess()).as("a process per open cycle again").hasSize(cycles.size());

            timed("assessment catch-up, cases restated", openCases.size(), () -> {
                markCases(openCases);
                return () -> processCatchUp.run(Set.of(), done -> { });
            });
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AssessmentSteps.PROCESS_KEY).count())
                    .as("each restated case's old process stopped, one process each").isEqualTo(openCases.size());
            timed("assessment catch-up, cases new", openCases.size(), () -> {
                deleteProcesses(AssessmentSteps.PROCESS_KEY);
                markCases(openCases);
                return () -> processCatchUp.run(new HashSet<>(openCases), done -> { });
            });
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AssessmentSteps.PROCESS_KEY).count())
                    .as("a process per open case again").isEqualTo(openCases.size());
        } finally {
            StringBuilder out = new StringBuilder();
            lines.forEach(line -> out.append(String.format("catchup %-10s  %s%n", database, line)));
            System.out.print(out);
            Path results = Path.of("target", "benchmark", "results.txt");
            Files.createDirectories(results.getParent());
            Files.writeString(results, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            EmptySystem.empty(jdbc, runtime);
        }
    }

    /** N plans with their review history, then N/4 open assessments, each through its import (catch-ups included). */
    private void build(LocalDate today) throws Exception {
        Path dir = Files.createTempDirectory("sendclock-catch-up-benchmark-");
        Path plansFile = dir.resolve("plans.csv");
        Path reviewsFile = dir.resolve("reviews.csv");
        Path requests = dir.resolve("requests.csv");
        Path advice = dir.resolve("advice.csv");
        PlansImportBenchmark.write(PlansImportBenchmark.caseload(today, "CU", PLANS, Math.max(1, PLANS / 300)),
                plansFile, reviewsFile);
        CountyBenchmark.writeAssessments(today, "CUA", PLANS / 4, requests, advice);
        long started = System.nanoTime();
        plansImport.run(plansFile, false, new ImportProgress());
        reviewsImport.run(reviewsFile, false, new ImportProgress());
        caseloadImport.run(new ImportFiles(requests, advice), false, new ImportProgress());
        lines.add(String.format("%,d plans with three reviews and %,d open assessments imported in %.1f s", PLANS,
                PLANS / 4, (System.nanoTime() - started) / 1e9));
        for (Path file : List.of(plansFile, reviewsFile, requests, advice)) {
            Files.delete(file);
        }
        Files.delete(dir);
    }

    interface Prepared {
        IntSupplier prepare();
    }

    /** Prepares (untimed), then times the catch-up; on H2 lists its costliest statements. */
    private void timed(String what, int count, Prepared prepared) {
        IntSupplier catchUp = prepared.prepare();
        boolean h2 = !"postgresql".equalsIgnoreCase(database);
        if (h2) {
            jdbc.execute("set query_statistics_max_entries 2000");
            jdbc.execute("set query_statistics false");
            jdbc.execute("set query_statistics true");
        }
        // The catch-up runs on this thread, and so does embedded H2: its CPU time is the work itself, which the
        // wall-clock time is not on a machine shared with other builds.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        int done = catchUp.getAsInt();
        double millis = (System.nanoTime() - started) / 1e6;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
        assertThat(done).as(what).isEqualTo(count);
        lines.add(String.format("%-36s %,6d in %8.1f s: %6.1f ms each (CPU of the catch-up's thread %6.1f ms each)",
                what, count, millis / 1e3, millis / count, cpuMillis / count));
        if (h2) {
            List<Map<String, Object>> statements = jdbc.queryForList("""
                    select sql_statement, execution_count, cumulative_execution_time
                    from information_schema.query_statistics order by cumulative_execution_time desc""");
            jdbc.execute("set query_statistics false");
            long executions = statements.stream().mapToLong(s -> ((Number) s.get("EXECUTION_COUNT")).longValue())
                    .sum();
            double statementMillis = statements.stream()
                    .mapToDouble(s -> ((Number) s.get("CUMULATIVE_EXECUTION_TIME")).doubleValue()).sum();
            lines.add(String.format("    %,d statements (%.1f each), %.1f s in H2 (%.1f ms each)", executions,
                    (double) executions / count, statementMillis / 1e3, statementMillis / count));
            statements.stream().limit(STATEMENTS_SHOWN).forEach(s -> lines.add(String.format(
                    "    %8.1f ms %7d x  %s", ((Number) s.get("CUMULATIVE_EXECUTION_TIME")).doubleValue(),
                    ((Number) s.get("EXECUTION_COUNT")).longValue(),
                    abbreviated(s.get("SQL_STATEMENT").toString()))));
        }
    }

    private static String abbreviated(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    private List<Long> reviewCyclesWithAProcess() {
        return runtime.createVariableInstanceQuery()
                .variableName(ReviewSteps.VAR_REVIEW_ID).list().stream()
                .filter(v -> v.getProcessInstanceId().equals(v.getExecutionId()))
                .map(v -> ((Number) v.getValue()).longValue()).sorted().toList();
    }

    private void markCycles(List<Long> ids) {
        for (Long id : ids) {
            jdbc.update("update plan_review set awaiting_process = true where id = ?", id);
        }
    }

    private void markCases(List<Long> ids) {
        for (Long id : ids) {
            jdbc.update("update assessment_case set awaiting_process = true where id = ?", id);
        }
    }

    private void deleteProcesses(String key) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(key).list()) {
            runtime.deleteProcessInstance(instance.getId(), "the benchmark starts it again", true, true);
        }
    }
}
