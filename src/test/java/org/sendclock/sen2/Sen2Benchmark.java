package org.sendclock.sen2;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.importer.CaseloadImport;
import org.sendclock.importer.ImportFiles;
import org.sendclock.importer.ImportProgress;
import org.sendclock.importer.PlansImport;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.PlanRepository;
import org.sendclock.support.Browser;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.sendclock.support.SyntheticCaseload;
import org.sendclock.support.SyntheticPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the SEN2 return costs as the county grows: the XML download, one module CSV (active plans), the validation
 * JSON and the performance team's page, each fetched over HTTP as the analyst, at a tenth of a county (1,200 plans,
 * 300 requests in the year) and then, in the same run, at a county (12,000 plans with their setting, needs and up to
 * six years of reviews; 3,000 requests received in the year). The requests fall in a calendar year whose every step
 * is in the past, and the return is that year's. Also measured: the heap the built return holds, and on each
 * database the four statements' plans (EXPLAIN ANALYZE, written to target/benchmark/). Run by
 * {@code ./mvnw verify -Pbenchmark}; prints medians and appends them to target/benchmark/results.txt. Asserts
 * nothing about time.
 */
@IntegrationTest
class Sen2Benchmark {

    private static final int RUNS = 11;
    private static final int WARM_UP = 3;
    /** A county; {@code -Dsendclock.benchmark.sen2-plans=600} tries the benchmark itself out at a small size. */
    private static final int COUNTY = Integer.getInteger("sendclock.benchmark.sen2-plans", 12_000);
    /** Requests received in the year, a quarter of the plans as in a county. */
    private static final int REQUESTS = COUNTY / 4;

    @LocalServerPort int port;
    @Autowired CaseloadImport caseloadImport;
    @Autowired PlansImport plansImport;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;
    @Autowired AnnualReviewRepository reviews;
    @Autowired ClockRegister clocks;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired RuntimeService runtime;
    @Autowired Sen2Return sen2;
    @Autowired Clock clock;

    @Test
    void theReturnOverATenthOfACountyAndOverACounty() throws Exception {
        LocalDate today = LocalDate.now(clock);
        // The last calendar year all of whose requests SyntheticCaseload can write as finished (300 days ago or more).
        int year = today.minusDays(300).getYear() - 1;
        EmptySystem.empty(jdbc, runtime);
        Random random = new Random(17L);
        SyntheticPlans county = new SyntheticPlans(plansImport, cases, plans, reviews, clocks, transaction, jdbc);
        SyntheticCaseload requests = new SyntheticCaseload(today, 17L);
        String database = System.getProperty("sendclock.test.database", "h2");

        List<String> lines = new ArrayList<>();
        lines.add(county.load("SA", COUNTY / 10, today, random));
        lines.add(loadRequests(requests, "SQA", REQUESTS / 10, year, today));
        Map<String, Double> tenth = time(year, lines, String.format("%,d plans", COUNTY / 10));
        // Imported before the copies: the import's ids come from the sequences, which the copies do not move.
        lines.add(loadRequests(requests, "SQB", REQUESTS - REQUESTS / 10, year, today));
        lines.add(copyPlans("SA-", 9));
        Map<String, Double> whole = time(year, lines, String.format("%,d plans", COUNTY));
        tenth.forEach((name, median) -> lines.add(String.format("growth %-12s x%.1f for ten times the plans", name,
                whole.get(name) / median)));
        lines.add(heap(year));
        explain(year, database);

        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(String.format("sen2    %-10s  %s%n", database, line)));
        System.out.print(out);
        Path results = Path.of("target", "benchmark", "results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        EmptySystem.empty(jdbc, runtime);
    }

    /**
     * The tenth's plan cases copied {@code times} more times, row for row (case, plan, settings, needs, review
     * cycles), each copy's ids moved past the last and its references suffixed. The import and the review commands
     * start a process and write clocks for every plan, about 13 plans a second on this machine: the county would take
     * over twenty minutes to load on each database. The return reads only these five tables (and the week 20 clocks
     * of requests, which are imported), so copies give it a county's rows; the copies have no process or clocks.
     */
    private String copyPlans(String prefix, int times) {
        long began = System.nanoTime();
        long offset = 1 + jdbc.queryForObject("select max(m) from (select max(id) m from assessment_case"
                + " union all select max(id) m from ehc_plan union all select max(id) m from plan_review) x", Long.class);
        // The originals only: a copy's reference starts with the prefix too.
        String originals = "case_ref like '" + prefix + "%' and id < " + offset;
        String cases = "select id from assessment_case where " + originals;
        for (int k = 1; k <= times; k++) {
            long shift = offset * k;
            copy("assessment_case", "where " + originals, shift, k);
            copy("ehc_plan", "where case_id in (" + cases + ")", shift, k);
            copy("plan_placement", "where plan_id in (select id from ehc_plan where case_id in (" + cases + "))",
                    shift, k);
            copy("plan_need", "where plan_id in (select id from ehc_plan where case_id in (" + cases + "))", shift, k);
            copy("plan_review", "where case_id in (" + cases + ")", shift, k);
        }
        // Written by SQL, unheard by the reviews measure's kept figures (ADR 37).
        jdbc.update("update review_month_figures set changes = changes + 1");
        jdbc.execute("analyze");
        return String.format("copy   %s* plan cases %d times in %.1f s: %,d plans in all", prefix, times,
                (System.nanoTime() - began) / 1e9, jdbc.queryForObject("select count(*) from ehc_plan", Long.class));
    }

    private void copy(String table, String where, long shift, int copy) {
        List<String> columns = new ArrayList<>();
        jdbc.query("select * from " + table + " where 1 = 0", (java.sql.ResultSet rs) -> {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return null;
        });
        String values = columns.stream().map(c -> switch (c) {
            case "id", "case_id", "plan_id" -> c + " + " + shift;
            case "case_ref" -> "case_ref || '-" + copy + "'";
            default -> c;
        }).collect(java.util.stream.Collectors.joining(", "));
        jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + values + " from "
                + table + " " + where);
    }

    /** {@code count} finished requests received evenly over the calendar year, through the caseload import. */
    private String loadRequests(SyntheticCaseload caseload, String prefix, int count, int year, LocalDate today)
            throws Exception {
        Path dir = Files.createTempDirectory("sendclock-sen2-benchmark-");
        Path requestsFile = dir.resolve("requests.csv");
        Path adviceFile = dir.resolve("advice.csv");
        int oldest = (int) ChronoUnit.DAYS.between(LocalDate.of(year, 1, 1), today);
        int newest = (int) ChronoUnit.DAYS.between(LocalDate.of(year, 12, 31), today);
        caseload.write(requestsFile, adviceFile, prefix, count, oldest, newest, 0);
        long began = System.nanoTime();
        caseloadImport.run(new ImportFiles(requestsFile, adviceFile), false, new ImportProgress());
        double seconds = (System.nanoTime() - began) / 1e9;
        Files.delete(requestsFile);
        Files.delete(adviceFile);
        Files.delete(dir);
        jdbc.execute("analyze");
        return String.format("load %-6s %,d requests received in %d imported in %.1f s", prefix, count, year,
                seconds);
    }

    private Map<String, Double> time(int year, List<String> lines, String caseload) throws Exception {
        Browser api = Browser.basic(port, "analyst", "demo");
        Browser analyst = Browser.signedIn(port, "analyst", "demo");
        Map<String, Fetch> fetches = new LinkedHashMap<>();
        fetches.put("return.xml", () -> api.get("/api/sen2/" + year + "/return.xml"));
        fetches.put("active-plans", () -> api.get("/api/sen2/" + year + "/modules/active-plans.csv"));
        fetches.put("validation", () -> api.get("/api/sen2/" + year + "/validation"));
        fetches.put("page", () -> analyst.get("/performance/sen2?year=" + year));
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, Fetch> fetch : fetches.entrySet()) {
            int bytes = 0;
            for (int i = 0; i < WARM_UP; i++) {
                HttpResponse<String> response = fetch.getValue().get();
                assertThat(response.statusCode()).as(fetch.getKey()).isEqualTo(200);
                bytes = response.body().length();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long began = System.nanoTime();
                fetch.getValue().get();
                millis.add((System.nanoTime() - began) / 1e6);
            }
            Collections.sort(millis);
            medians.put(fetch.getKey(), millis.get(RUNS / 2));
            lines.add(String.format("%-12s %-13s median %7.1f ms, max %7.1f ms (%,d characters)", fetch.getKey(),
                    caseload, millis.get(RUNS / 2), millis.get(RUNS - 1), bytes));
        }
        Sen2File file = sen2.build(year);
        Sen2Validation report = sen2.validation(file);
        lines.add(String.format("counted      %-13s %,d children, %,d requests, %,d active plans, %,d placements,"
                        + " %,d needs, %,d failures", caseload, report.children(), report.requests(),
                file.rows(Sen2Module.ACTIVE_PLANS).size(), file.rows(Sen2Module.PLACEMENT_DETAIL).size(),
                file.rows(Sen2Module.SEN_NEED).size(), report.failures().size()));
        return medians;
    }

    /**
     * The heap the return holds while it is written: the rows and the built file (live after a collection), then the
     * XML as the download holds it, and the heap pools' peak over one download of the XML.
     */
    private String heap(int year) {
        long before = liveHeap();
        ReturnRecords.Records rows = records.of(year);
        long withRows = liveHeap();
        Sen2File file = ReturnBuilder.build(sen2.build(year).header(), rows);
        long withFile = liveHeap();
        byte[] xml = Sen2Return.xml(file);
        long withXml = liveHeap();
        String line = String.format("heap         rows %.1f MB, built file %.1f MB more, XML bytes %.1f MB more"
                        + " (%,d bytes, %,d children)", mb(withRows - before), mb(withFile - withRows),
                mb(withXml - withFile), xml.length, file.persons().size());
        rows = null;
        file = null;
        xml = null;
        long baseline = liveHeap();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Browser.basic(port, "analyst", "demo").get("/api/sen2/" + year + "/return.xml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return line + String.format("; one XML download over HTTP: heap pools' peak %.1f MB above %.1f MB live"
                + " (an upper bound: it counts garbage not yet collected)", mb(peak - baseline), mb(baseline));
    }

    @Autowired ReturnRecords records;

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    /** Each statement's plan and actual rows at a county's size, for the record (target/benchmark/). */
    private void explain(int year, String database) throws Exception {
        Map<String, Object> params = Map.of("yearStart", LocalDate.of(year, 1, 1), "yearEnd",
                LocalDate.of(year, 12, 31));
        String prefix = "postgresql".equals(database) ? "explain (analyze, buffers) " : "explain analyze ";
        StringBuilder out = new StringBuilder();
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("cases", ReturnRecords.CASES);
        statements.put("placements", ReturnRecords.PLACEMENTS);
        statements.put("needs", ReturnRecords.NEEDS);
        statements.put("reviews", ReturnRecords.REVIEWS);
        statements.forEach((name, sql) -> {
            out.append("-- ").append(name).append('\n');
            named.query(prefix + sql, params, rs -> {
                out.append(rs.getString(1)).append('\n');
            });
            out.append('\n');
        });
        Path file = Path.of("target", "benchmark", "sen2-explain-" + database + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    @FunctionalInterface
    private interface Fetch {
        HttpResponse<String> get() throws Exception;
    }
}
