package org.sendclock.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
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
    static final int ADVICE = 200_000;

    @Autowired CaseloadImport caseloadImport;
    @Autowired CaseRepository cases;
    @Autowired Clock clock;

    @Test
    void importsALargeCouncilsCaseload() throws Exception {
        Path dir = Files.createTempDirectory("sendclock-benchmark-");
        Path requests = dir.resolve("requests.csv");
        Path advice = dir.resolve("advice.csv");
        Caseload caseload = new Caseload(LocalDate.now(clock), 20261123L);
        int open = caseload.write(requests, advice);

        long started = System.nanoTime();
        CaseloadImport.Outcome outcome = caseloadImport.run(new ImportFiles(requests, advice), false, new ImportProgress());
        double seconds = (System.nanoTime() - started) / 1e9;

        long again = System.nanoTime();
        CaseloadImport.Outcome second = caseloadImport.run(new ImportFiles(requests, advice), false, new ImportProgress());
        double againSeconds = (System.nanoTime() - again) / 1e9;

        String database = System.getProperty("sendclock.test.database", "h2");
        String line = String.format("import  %-10s  %,d requests (%,d open) + %,d advice rows: %.1f s; "
                        + "re-import (all unchanged) %.1f s; peak heap %d MB of %d MB; imported %d + %d, unchanged %d + %d%n",
                database, REQUESTS, open, caseload.adviceWritten, seconds, againSeconds, peakHeapMb(),
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

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /**
     * A made-up but plausible caseload: requests spread over ten years, most long finished (plans issued, some late,
     * some refused, a few with no plan or withdrawn), the last half-year's still open at every step; four advice
     * requests per assessed case on average.
     */
    static final class Caseload {
        private static final String[] TYPES = {"EDUCATION", "EDUCATIONAL_PSYCHOLOGY", "HEALTH", "SOCIAL_CARE",
                "PARENT", "OTHER"};
        private final LocalDate today;
        private final Random random;
        int adviceWritten;

        Caseload(LocalDate today, long seed) {
            this.today = today;
            this.random = new Random(seed);
        }

        /** Writes both files; returns how many cases are open. */
        int write(Path requestsFile, Path adviceFile) throws IOException {
            int open = 0;
            int adviceLeft = ADVICE;
            adviceWritten = 0;
            try (Writer requests = writer(requestsFile); Writer advice = writer(adviceFile)) {
                requests.write(String.join(",", RequestRow.COLUMNS.subList(0, 13)) + "\n");
                advice.write("case_ref,advice_type,requested_date,received_date,exception_reason\n");
                for (int i = 0; i < REQUESTS; i++) {
                    // Oldest first, ten years back to today; the last 5% are the open caseload.
                    boolean isOpen = i >= REQUESTS * 95 / 100;
                    LocalDate requested = isOpen
                            ? today.minusDays(random.nextInt(200))
                            : today.minusDays(300 + (long) (REQUESTS - i) * 3350 / REQUESTS);
                    String ref = "BM" + i;
                    int roll = random.nextInt(100);
                    LocalDate decided = requested.plusDays(20 + random.nextInt(40));
                    boolean refused = roll < 20;
                    boolean decidedYet = !isOpen || decided.isBefore(today);
                    StringBuilder row = new StringBuilder(ref).append(',').append(requested).append(",PARENT,");
                    if (decidedYet) {
                        row.append(decided).append(',').append(refused ? "REFUSE" : "ASSESS");
                    } else {
                        row.append(',');
                    }
                    LocalDate issued = decided.plusDays(60 + random.nextInt(120));
                    boolean finished = !isOpen && !refused;
                    boolean noPlan = finished && roll < 25;
                    boolean withdrawn = finished && roll >= 25 && roll < 28;
                    row.append(',').append(noPlan ? decided.plusDays(70) : "")
                            .append(',').append(finished && !noPlan && !withdrawn ? issued.minusDays(30) : "")
                            .append(',').append(finished && !noPlan && !withdrawn ? issued : "")
                            .append(',').append(roll == 99 ? "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES" : "")
                            .append(',').append(withdrawn ? decided.plusDays(30) : "")
                            .append(',').append(withdrawn ? "WITHDRAWN" : "")
                            .append(",Team ").append(i % 4).append(",Caseworker ").append(i % 40).append('\n');
                    requests.write(row.toString());
                    if (decidedYet && !refused) {
                        int count = Math.min(adviceLeft, 4 + random.nextInt(3));
                        for (int a = 0; a < count; a++) {
                            LocalDate asked = decided.plusDays(a);
                            if (asked.isAfter(today)) {
                                break;
                            }
                            adviceWritten++;
                            LocalDate back = asked.plusDays(20 + random.nextInt(40));
                            boolean received = !isOpen || back.isBefore(today);
                            advice.write(ref + "," + TYPES[a % TYPES.length] + "," + asked + ","
                                    + (received ? back : "") + ",\n");
                        }
                        adviceLeft -= count;
                    }
                    if (isOpen) {
                        open++;
                    }
                }
            }
            return open;
        }

        private static Writer writer(Path path) throws IOException {
            return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
        }
    }
}
