package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.importer.ImportProgress;
import org.sendclock.importer.PlansImport;
import org.sendclock.support.Browser;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.sendclock.review.ReviewCatchUp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Whether the reviews register keeps its speed at a county's scale: its page and API, the breach register (which now
 * lists a plan's duties too) and the weekly digest, first over 1,200 maintained plans and then, in the same run, over
 * 12,000 (loaded through plans.csv, started over the last fifteen months, so about a fifth of their reviews are overdue
 * and an eighth due in the next eight weeks). Prints the median and p95 of each and appends them to
 * target/benchmark/results.txt, and on PostgreSQL the register's query plans at 12,000 to
 * target/benchmark/explain-reviews-register-postgresql.txt; asserts only that each answered. Run by {@code ./mvnw verify -Pbenchmark}.
 */
@IntegrationTest
// The review processes are not started: the register and the measure read the clock register and the plan tables,
// never the engine, and starting 12,000 processes (CountyBenchmark measures it) would take most of the run.
@MockitoBean(types = ReviewCatchUp.class)
class ReviewsRegisterBenchmark {

    private static final int RUNS = 30;
    private static final int WARM_UP = 5;
    private static final List<String> TEAMS = List.of("North", "South", "East");

    @LocalServerPort int port;
    @Autowired PlansImport plansImport;
    @Autowired WeeklyDigest digest;
    @Autowired ReviewsRegister register;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired Clock clock;

    @Test
    void theReviewsRegisterAnswersAsFastOverTwelveThousandPlansAsOverTwelveHundred() throws Exception {
        LocalDate today = LocalDate.now(clock);
        EmptySystem.empty(jdbc, runtime);
        if ("postgresql".equals(System.getProperty("sendclock.test.database"))) {
            // As a council's database would be: not holding the dead rows of a benchmark run before this one in the
            // same database (ReviewKpiBenchmark's 160,000 clocks), which PostgreSQL's plans would count as pages.
            jdbc.execute("vacuum analyze");
        }
        Random random = new Random(13L);

        load(today, random, "RB", 0, 1_200);
        List<String> lines = new ArrayList<>(time("1,200 plans"));
        load(today, random, "RB", 1_200, 12_000);
        lines.addAll(time("12,000 plans"));
        String database = System.getProperty("sendclock.test.database", "h2");
        if ("postgresql".equals(database)) {
            Path plans = Path.of("target", "benchmark", "explain-reviews-register-postgresql.txt");
            Files.createDirectories(plans.getParent());
            Files.writeString(plans, ReviewsRegisterExplained.of(register, new NamedParameterJdbcTemplate(jdbc),
                    today));
        }

        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(String.format("reviews %-10s  %s%n", database, line)));
        System.out.print(out);
        Path results = Path.of("target", "benchmark", "results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        EmptySystem.empty(jdbc, runtime);
    }

    private List<String> time(String caseload) throws Exception {
        Browser manager = Browser.signedIn(port, "manager", "demo");
        Browser api = Browser.basic(port, "manager", "demo");
        long clocks = jdbc.queryForObject("select count(*) from statutory_clock", Long.class);
        Map<String, Fetch> fetches = new LinkedHashMap<>();
        fetches.put("reviews-page", () -> status(manager.get("/oversight/reviews")));
        fetches.put("reviews-api", () -> status(api.get("/api/oversight/reviews")));
        fetches.put("reviews-overdue-sorted", () -> status(api.get(
                "/api/oversight/reviews?status=OVERDUE&sort=caseworker&page=3")));
        fetches.put("reviews-school", () -> status(api.get("/api/oversight/reviews?setting=100007&team=North")));
        fetches.put("breach-register", () -> status(manager.get("/oversight")));
        fetches.put("digest", () -> digest.compose().size());
        List<String> lines = new ArrayList<>();
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
            lines.add(String.format("%-22s %-13s median %6.1f ms, p95 %6.1f ms (%,d clock rows)", fetch.getKey(),
                    caseload, millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), clocks));
        }
        long overdue = jdbc.queryForObject("select count(*) from statutory_clock where clock = 'ANNUAL_REVIEW'"
                + " and done_date is null and ended_date is null and due_date < ?", Long.class, LocalDate.now(clock));
        lines.add(String.format("%-22s %-13s %,d reviews overdue", "caseload", caseload, overdue));
        return lines;
    }

    private static int status(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.statusCode();
    }

    @FunctionalInterface
    private interface Fetch {
        Object get() throws Exception;
    }

    /** Plans {@code from} to {@code to} (exclusive), each of a child aged 5 to 17, started 0 to 449 days ago. */
    private void load(LocalDate today, Random random, String prefix, int from, int to) throws Exception {
        StringBuilder csv = new StringBuilder("case_ref,child_given_name,child_family_name,child_date_of_birth,upn,"
                + "plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,"
                + "caseworker\n");
        for (int i = from; i < to; i++) {
            LocalDate born = today.minusDays(5 * 365 + random.nextInt(12 * 365));
            LocalDate start = today.minusDays(random.nextInt(450));
            if (start.isBefore(born)) {
                start = born;
            }
            String urn = String.valueOf(100_000 + random.nextInt(60));
            csv.append(prefix).append(i).append(",Child,").append(i).append(',').append(born).append(",,")
                    .append(start).append(',').append(urn).append(",,,,,,").append(TEAMS.get(i % TEAMS.size()))
                    .append(",worker").append(i % 40).append('\n');
        }
        Path file = Files.createTempFile("sendclock-reviews-benchmark-", ".csv");
        Files.writeString(file, csv);
        long began = System.nanoTime();
        plansImport.run(file, false, new ImportProgress());
        System.out.printf("reviews benchmark: %,d plans imported in %.1f s%n", to - from,
                (System.nanoTime() - began) / 1e9);
        Files.delete(file);
    }
}
