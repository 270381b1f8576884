package org.sendclock.web;

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
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.importer.CaseloadImport;
import org.sendclock.importer.ImportFiles;
import org.sendclock.importer.ImportProgress;
import org.sendclock.oversight.Reassignment;
import org.sendclock.support.Browser;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.sendclock.support.SyntheticCaseload;
import org.sendclock.tasks.MyWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the pages people open all day keep their speed at a county's scale: the managers' register, My work (for a
 * caseworker with about seventy cases) and a case page, fetched over HTTP by a signed-in browser, first with 30 open
 * cases and then, in the same run, with 3,000 open and 20,000 closed (loaded through the import). Prints the median
 * and p95 of each and appends them to target/benchmark/results.txt; asserts only that each page answered 200.
 * Run by {@code ./mvnw verify -Pbenchmark} (H2, then PostgreSQL).
 */
@IntegrationTest
class PagesBenchmark {

    private static final int RUNS = 30;
    private static final int WARM_UP = 5;

    @LocalServerPort int port;
    @Autowired CaseloadImport caseloadImport;
    @Autowired Reassignment reassignment;
    @Autowired MyWork myWork;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired Clock clock;

    @Test
    void pagesAnswerAsFastWithThreeThousandOpenCasesAsWithThirty() throws Exception {
        LocalDate today = LocalDate.now(clock);
        EmptySystem.empty(jdbc, runtime);
        SyntheticCaseload caseload = new SyntheticCaseload(today, 11L);

        // Thirty open cases, all of them the signed-in caseworker's.
        load(caseload, "PS", 30, 100);
        giveToTheCaseworker("PS", 30, 1);
        List<String> lines = new ArrayList<>(time("30 open"));

        // Twenty thousand closed and 2,970 more open (3,000 in all); the caseworker has one synthetic caseworker's
        // cases, one in eighty of the new: about seventy in all.
        // (The open ones first: the import starts their clocks quicker with less history about.)
        load(caseload, "PL", 2_970, 100);
        giveToTheCaseworker("PL", 2_970, 80);
        loadClosed(caseload, "PC", 20_000);
        lines.addAll(time("3,000 open"));

        String database = System.getProperty("sendclock.test.database", "h2");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(String.format("pages   %-10s  %s%n", database, line)));
        System.out.print(out);
        Path results = Path.of("target", "benchmark", "results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        EmptySystem.empty(jdbc, runtime);
    }

    private List<String> time(String caseload) throws Exception {
        Browser manager = Browser.signedIn(port, "manager", "demo");
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String someCase = aCaseOfTheCaseworker();
        long openClocks = jdbc.queryForObject("select count(*) from statutory_clock", Long.class);
        Map<String, Fetch> pages = new LinkedHashMap<>();
        pages.put("register", () -> manager.get("/oversight"));
        pages.put("my-work", () -> caseworker.get("/my-work"));
        pages.put("case", () -> caseworker.get("/cases/" + someCase));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Fetch> page : pages.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                page.getValue().get();
            }
            List<Double> millis = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < RUNS; i++) {
                long began = System.nanoTime();
                HttpResponse<String> response = page.getValue().get();
                millis.add((System.nanoTime() - began) / 1e6);
                assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
                bytes = response.body().length();
            }
            Collections.sort(millis);
            lines.add(String.format("%-10s %-12s median %6.1f ms, p95 %6.1f ms, %,d characters (%,d clock rows)",
                    page.getKey(), caseload, millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1),
                    bytes, openClocks));
        }
        return lines;
    }

    @FunctionalInterface
    private interface Fetch {
        HttpResponse<String> get() throws Exception;
    }

    /** The first case on the caseworker's list: an open case at one of its steps. */
    private String aCaseOfTheCaseworker() {
        return myWork.page("caseworker", org.sendclock.tasks.WorkQuery.parse(true, null, null, null, null, "1", "1"))
                .items().get(0).caseRef();
    }

    /** Gives every {@code every}th open synthetic case of these to the demo caseworker, in the demo team. */
    private void giveToTheCaseworker(String prefix, int requests, int every) {
        List<String> open = jdbc.queryForList("select case_ref from assessment_case where status = 'OPEN'"
                + " and case_ref like ?", String.class, prefix + "%");
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < requests; i += every) {
            if (open.contains(prefix + i)) {
                refs.add(prefix + i);
            }
        }
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("manager", null, List.of()));
        try {
            reassignment.reassign(new Reassignment.Command(refs, "caseworker", "North", "benchmark"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void load(SyntheticCaseload caseload, String prefix, int requests, int openPercent) throws Exception {
        write(caseload, prefix, requests, 300 + 365, 300, openPercent);
    }

    private void loadClosed(SyntheticCaseload caseload, String prefix, int requests) throws Exception {
        write(caseload, prefix, requests, 300 + 3 * 365, 300, 0);
    }

    private void write(SyntheticCaseload caseload, String prefix, int requests, int oldestDaysAgo, int newestDaysAgo,
                       int openPercent) throws Exception {
        Path dir = Files.createTempDirectory("sendclock-pages-benchmark-");
        Path requestsFile = dir.resolve("requests.csv");
        Path adviceFile = dir.resolve("advice.csv");
        caseload.write(requestsFile, adviceFile, prefix, requests, oldestDaysAgo, newestDaysAgo, openPercent);
        caseloadImport.run(new ImportFiles(requestsFile, adviceFile), false, new ImportProgress());
        Files.delete(requestsFile);
        Files.delete(adviceFile);
        Files.delete(dir);
    }
}
