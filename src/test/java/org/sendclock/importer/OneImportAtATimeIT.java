package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.cluster.NodeLocks;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two imports at once would trip over the same cases: the second is refused while the first runs, on this node or
 * another on the same database (a second {@link NodeLocks} on the same DataSource, as another process would have).
 */
@IntegrationTest
class OneImportAtATimeIT {

    @Autowired CaseloadImport caseloadImport;
    @Autowired DataSource dataSource;

    @Test
    void anImportIsRefusedWhileAnotherNodeRunsOneAndTheLockIsFreeAfterAFailedImport() throws Exception {
        Path requests = Files.createTempFile("sendclock-requests-", ".csv");
        Files.writeString(requests, ImportApiIT.REQUESTS_HEADER + "ONE-AT-A-TIME-2,2024-01-08,PARENT,,,,,,,,,,\n");
        Path wrong = Files.createTempFile("sendclock-requests-", ".csv");
        Files.writeString(wrong, ImportApiIT.REQUESTS_HEADER + "ONE-AT-A-TIME-3,not a date,PARENT,,,,,,,,,,\n");
        NodeLocks otherNode = new NodeLocks(dataSource);
        try {
            try (NodeLocks.Held importing = otherNode.hold(CaseloadImport.LOCK, CaseloadImport.LOCK_LEASE)
                    .orElseThrow()) {
                assertThatThrownBy(() -> caseloadImport.run(new ImportFiles(requests, null), true,
                        new ImportProgress()))
                        .isInstanceOf(StepNotPossible.class)
                        .hasMessage("another import is running; import these files when it has finished");
            }

            assertThatThrownBy(() -> caseloadImport.run(new ImportFiles(wrong, null), true, new ImportProgress()))
                    .isInstanceOf(ImportRefused.class);
            Optional<NodeLocks.Held> afterFailure = otherNode.hold(CaseloadImport.LOCK, CaseloadImport.LOCK_LEASE);
            assertThat(afterFailure).as("released by the import that failed").isPresent();
            afterFailure.get().close();
            assertThat(caseloadImport.run(new ImportFiles(requests, null), true, new ImportProgress())
                    .requests().imported()).isEqualTo(1);
        } finally {
            otherNode.stop();
            Files.delete(requests);
            Files.delete(wrong);
        }
    }

    @Test
    void aSecondImportIsRefusedWhileTheFirstRuns() throws Exception {
        Path requests = Files.createTempFile("sendclock-requests-", ".csv");
        Files.writeString(requests, ImportApiIT.REQUESTS_HEADER + "ONE-AT-A-TIME-1,2024-01-08,PARENT,,,,,,,,,,\n");
        CountDownLatch firstIsRunning = new CountDownLatch(1);
        CountDownLatch letItFinish = new CountDownLatch(1);
        ImportProgress heldUp = new ImportProgress() {
            @Override
            void step(String name, long total) {
                super.step(name, total);
                firstIsRunning.countDown();
                await(letItFinish);
            }
        };
        try {
            CompletableFuture<CaseloadImport.Outcome> first = CompletableFuture.supplyAsync(() ->
                    caseloadImport.run(new ImportFiles(requests, null), true, heldUp));
            assertThat(firstIsRunning.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> caseloadImport.run(new ImportFiles(requests, null), true, new ImportProgress()))
                    .isInstanceOf(StepNotPossible.class)
                    .hasMessage("another import is running; import these files when it has finished");

            letItFinish.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).requests().imported()).isEqualTo(1);
            assertThat(caseloadImport.run(new ImportFiles(requests, null), true, new ImportProgress())
                    .requests().imported()).as("free again once the first has finished").isEqualTo(1);
        } finally {
            letItFinish.countDown();
            Files.delete(requests);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
