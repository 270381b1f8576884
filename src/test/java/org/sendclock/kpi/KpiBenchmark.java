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
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.importer.CaseloadImport;
import org.sendclock.importer.ImportFiles;
import org.sendclock.importer.ImportProgress;
import org.sendclock.support.SyntheticCaseload;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the KPIs' cost depends on the history kept: each measure for the last twelve months, timed over one year of a
 * large council's requests (20,000) and then over ten years (200,000, with about 800,000 advice requests), loaded
 * through the import. Run by {@code ./mvnw verify -Pbenchmark}; prints p50 and p95 and appends them to
 * target/benchmark/results.txt. Asserts nothing about time.
 */
@IntegrationTest
class KpiBenchmark {

    private static final int RUNS = 30;
    private static final int WARM_UP = 5;

    @Autowired CaseloadImport caseloadImport;
    @Autowired TimelinessKpis kpis;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired Clock clock;

    @Test
    void measuresCostTheSameWhateverTheHistory() throws Exception {
        LocalDate today = LocalDate.now(clock);
        YearMonth thisMonth = YearMonth.from(today);
        MonthRange lastTwelveMonths = new MonthRange(thisMonth.minusMonths(12), thisMonth.minusMonths(1));
        EmptySystem.empty(jdbc, runtime);
        SyntheticCaseload caseload = new SyntheticCaseload(today, 5L);

        // The most recent year: finished cases requested 300 to 665 days ago, and 1% open.
        load(caseload, "KA", 20_000, 300 + 365, 300, 1);
        List<String> lines = new ArrayList<>(time("one year, 20,000 requests", lastTwelveMonths, today));
        // Nine years before it, at the same yearly volume.
        load(caseload, "KB", 180_000, 300 + 3650, 300 + 365, 0);
        lines.addAll(time("ten years, 200,000 requests", lastTwelveMonths, today));

        String database = System.getProperty("sendclock.test.database", "h2");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(String.format("kpi     %-10s  %s%n", database, line)));
        System.out.print(out);
        Path results = Path.of("target", "benchmark", "results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        EmptySystem.empty(jdbc, runtime);
    }

    private void load(SyntheticCaseload caseload, String prefix, int requests, int oldestDaysAgo, int newestDaysAgo,
                      int openPercent) throws Exception {
        Path dir = Files.createTempDirectory("sendclock-kpi-benchmark-");
        Path requestsFile = dir.resolve("requests.csv");
        Path adviceFile = dir.resolve("advice.csv");
        caseload.write(requestsFile, adviceFile, prefix, requests, oldestDaysAgo, newestDaysAgo, openPercent);
        caseloadImport.run(new ImportFiles(requestsFile, adviceFile), false, new ImportProgress());
        Files.delete(requestsFile);
        Files.delete(adviceFile);
        Files.delete(dir);
    }

    private List<String> time(String history, MonthRange range, LocalDate today) {
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("twenty-week", () -> kpis.twentyWeek(range));
        queries.put("decisions", () -> kpis.decisions(range));
        queries.put("advice", () -> kpis.advice(range));
        queries.put("backlog", () -> kpis.backlog(today));
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
            lines.add(String.format("%-12s %-30s 12 months: p50 %6.1f ms, p95 %6.1f ms", name, history,
                    millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1)));
        });
        return lines;
    }
}
