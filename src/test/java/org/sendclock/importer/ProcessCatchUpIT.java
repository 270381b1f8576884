package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sendclock.assessment.AssessmentSteps;
import org.sendclock.assessment.CaseViews;
import org.sendclock.clock.ClockSql;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import commits its facts and clocks first and starts the processes afterwards (ADR 13): the standing is right
 * before any process exists; an import cut short between the two is finished at the next start; two nodes finishing
 * the same import never start a case twice.
 */
@IntegrationTest
class ProcessCatchUpIT {

    @Autowired CaseloadImport caseloadImport;
    @Autowired ProcessCatchUp processes;
    @Autowired AssessmentProcess process;
    @Autowired CaseViews caseViews;
    @Autowired NamedParameterJdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    @Test
    void everyClockStandsRightOnceTheFactsCommitBeforeAnyProcessStarts() throws Exception {
        LocalDate requested = LocalDate.now(clock).minusDays(200);
        Path requests = requestsFile("CATCH-UP-STANDING-", 3, requested);
        CountDownLatch factsCommitted = new CountDownLatch(1);
        CountDownLatch letItFinish = new CountDownLatch(1);
        ImportProgress heldUp = new ImportProgress() {
            @Override
            void step(String name, long total) {
                super.step(name, total);
                if (name.startsWith("Putting")) {
                    factsCommitted.countDown();
                    await(letItFinish);
                }
            }
        };
        try {
            CompletableFuture<CaseloadImport.Outcome> running = CompletableFuture.supplyAsync(() ->
                    caseloadImport.run(new ImportFiles(requests, null), false, heldUp));
            assertThat(factsCommitted.await(60, TimeUnit.SECONDS)).isTrue();

            // Read on another connection while the import waits: committed, overdue, and no process yet.
            assertThat(standings("CATCH-UP-STANDING-%")).containsOnly("OVERDUE").hasSize(3 * 3);
            assertThat(waiting("CATCH-UP-STANDING-%")).isEqualTo(3);
            assertThat(process.isRunning("CATCH-UP-STANDING-0")).isFalse();
            assertThat(caseViews.of("CATCH-UP-STANDING-0").awaitingProcess()).isTrue();

            letItFinish.countDown();
            assertThat(running.get(60, TimeUnit.SECONDS).requests().imported()).isEqualTo(3);
            assertThat(waiting("CATCH-UP-STANDING-%")).isZero();
            assertThat(caseViews.of("CATCH-UP-STANDING-0").awaitingProcess()).isFalse();
            for (int i = 0; i < 3; i++) {
                assertThat(process.activeSteps("CATCH-UP-STANDING-" + i))
                        .contains(AssessmentSteps.DECIDE_WHETHER_TO_ASSESS);
            }
        } finally {
            letItFinish.countDown();
            Files.delete(requests);
        }
    }

    @Test
    void anImportCutShortIsFinishedAtTheNextStartAndOnlyOnce() throws Exception {
        importCases("CATCH-UP-CUT-", 2);
        cutShort("CATCH-UP-CUT-%");
        assertThat(process.isRunning("CATCH-UP-CUT-0")).isFalse();

        assertThat(caseloadImport.finishInterrupted()).isEqualTo(2);

        assertThat(waiting("CATCH-UP-CUT-%")).isZero();
        assertThat(process.activeSteps("CATCH-UP-CUT-1")).contains(AssessmentSteps.DECIDE_WHETHER_TO_ASSESS);
        assertThat(caseloadImport.finishInterrupted()).as("nothing left to finish").isZero();
    }

    @Test
    void twoNodesFinishingTheSameImportStartEachCaseOnce() throws Exception {
        int count = 3 * ProcessCatchUp.BATCH;
        importCases("CATCH-UP-TWO-", count);
        cutShort("CATCH-UP-TWO-%");

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> processes.run(Set.of(), n -> { }));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> processes.run(Set.of(), n -> { }));

        assertThat(first.get(120, TimeUnit.SECONDS) + second.get(120, TimeUnit.SECONDS)).isEqualTo(count);
        assertThat(waiting("CATCH-UP-TWO-%")).isZero();
        for (int i = 0; i < count; i++) {
            assertThat(processInstances("CATCH-UP-TWO-" + i)).as("processes of CATCH-UP-TWO-" + i).isOne();
        }
    }

    /** What a crash between the two parts leaves: the facts committed, the cases marked, no processes. */
    private void cutShort(String refs) {
        List<String> caseRefs = jdbc.queryForList("select case_ref from assessment_case where case_ref like :refs",
                Map.of("refs", refs), String.class);
        transaction.executeWithoutResult(status -> {
            caseRefs.forEach(ref -> process.stop(ref, "cut short by the test"));
            jdbc.update("update assessment_case set awaiting_process = true where case_ref like :refs",
                    Map.of("refs", refs));
        });
    }

    private void importCases(String prefix, int count) throws Exception {
        Path requests = requestsFile(prefix, count, LocalDate.now(clock).minusDays(10));
        try {
            assertThat(caseloadImport.run(new ImportFiles(requests, null), false, new ImportProgress())
                    .requests().imported()).isEqualTo(count);
        } finally {
            Files.delete(requests);
        }
    }

    private static Path requestsFile(String prefix, int count, LocalDate requested) throws Exception {
        Path requests = Files.createTempFile("sendclock-requests-", ".csv");
        StringBuilder rows = new StringBuilder(ImportApiIT.REQUESTS_HEADER);
        IntStream.range(0, count).forEach(i -> rows.append(prefix).append(i).append(',').append(requested)
                .append(",PARENT,,,,,,,,,,\n"));
        Files.writeString(requests, rows);
        return requests;
    }

    private List<String> standings(String refs) {
        return jdbc.queryForList("select " + ClockSql.standingOn("today") + " from statutory_clock k"
                        + " join assessment_case c on c.id = k.case_id where c.case_ref like :refs",
                Map.of("today", LocalDate.now(clock), "refs", refs), String.class);
    }

    private int processInstances(String caseRef) {
        return jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = :ref"
                + " and id_ = proc_inst_id_", Map.of("ref", caseRef), Integer.class);
    }

    private int waiting(String refs) {
        return jdbc.queryForObject("select count(*) from assessment_case where awaiting_process = true"
                + " and case_ref like :refs", Map.of("refs", refs), Integer.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
