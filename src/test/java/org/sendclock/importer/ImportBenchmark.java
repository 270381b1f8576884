package org.sendclock.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendclock.support.SyntheticCaseload;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a large council's caseload takes to import: 50,000 requests over ten years with 200,000 advice rows, of
 * which about 2,500 cases are open and go onto live clocks. Run by {@code ./mvnw verify -Pbenchmark} (H2, then
 * PostgreSQL) with a 512 MB heap, so finishing at all shows the import's memory stays bounded. It prints and
 * appends its figures to target/benchmark/results.txt; it asserts nothing about time (speed is measured, not tested).
 */
@IntegrationTest
class ImportBenchmark {

    static final int REQUESTS = 50_000;

    @Autowired CaseloadImport caseloadImport;
    @Autowired Clock clock;

    @Test
    void importsALargeCouncilsCaseload() throws Exception {
        Path dir = Files.createTempDirectory("sendclock-benchmark-");
        Path requests = dir.resolve("requests.csv");
        Path advice = dir.resolve("advice.csv");
        SyntheticCaseload.Written written = new SyntheticCaseload(LocalDate.now(clock), 20261123L)
                .write(requests, advice, "BM", REQUESTS, 3650, 300, 5);

        long started = System.nanoTime();
        CaseloadImport.Outcome outcome = caseloadImport.run(new ImportFiles(requests, advice), false, new ImportProgress());
        double seconds = (System.nanoTime() - started) / 1e9;

        long again = System.nanoTime();
        CaseloadImport.Outcome second = caseloadImport.run(new ImportFiles(requests, advice), false, new ImportProgress());
        double againSeconds = (System.nanoTime() - again) / 1e9;

        String database = System.getProperty("sendclock.test.database", "h2");
        String line = String.format("import  %-10s  %,d requests (%,d open) + %,d advice rows: %.1f s; "
                        + "re-import (all unchanged) %.1f s; heap limit %d MB; imported %d + %d, unchanged %d + %d%n",
                database, written.requests(), written.open(), written.advice(), seconds, againSeconds,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), outcome.requests().imported(),
                outcome.advice().imported(), second.requests().unchanged(), second.advice().unchanged());
        System.out.print(line);
        Path results = Path.of("target", "benchmark", "results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.delete(requests);
        Files.delete(advice);
        Files.delete(dir);
    }
}
