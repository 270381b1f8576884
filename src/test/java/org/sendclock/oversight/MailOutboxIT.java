package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendclock.cluster.NodeLocks;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail, application-test.yml's port): every e-mail of a committed
 * transaction is sent exactly once, none of a rolled-back one; several senders on one database (this application's
 * own scheduled one and two more, as other nodes would run) never send a row twice; the weekly digest, scheduled on
 * every node, is sent by one. Each test's subjects carry a tag of their own, so other tests' e-mails are ignored.
 */
@IntegrationTest
class MailOutboxIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(43025, null, ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired MailOutbox outbox;
    @Autowired OutboxSender thisNodesSender;
    @Autowired ObjectProvider<JavaMailSender> mail;
    @Autowired OversightSettings settings;
    @Autowired OversightRegister register;
    @Autowired ReviewsRegister reviews;
    @Autowired WeeklyDigest digest;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    @AfterEach
    void digestNotLocked() {
        jdbc.update("delete from shedlock where name = ?", WeeklyDigest.LOCK);
    }

    @Test
    void eachEmailOfACommittedTransactionIsSentOnceAndNoneOfARolledBackOne() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> IntStream.range(0, 20).forEach(i -> events.publishEvent(
                new Notification("once@sendclock.test", "Once " + tag + " " + i, "Body " + i))));
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Notification("once@sendclock.test", "Rolled back " + tag, "never"));
            status.setRollbackOnly();
        });

        awaitAllSent(20);
        thisNodesSender.sendDue(); // nothing is left to send again

        assertThat(received()).hasSize(20).allSatisfy((subject, times) -> assertThat(times).as(subject).isOne());
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Integer.class,
                "Rolled back " + tag)).isZero();
        assertThat(jdbc.queryForList("select attempts from mail_outbox where subject like ?", Integer.class,
                "%" + tag + "%")).hasSize(20).containsOnly(1);
    }

    @Test
    void threeSendersOnOneDatabaseNeverSendAnEmailTwice() throws Exception {
        OutboxSender nodeB = new OutboxSender(outbox, mail, settings, "node-b");
        OutboxSender nodeC = new OutboxSender(outbox, mail, settings, "node-c");
        new TransactionTemplate(transactions).executeWithoutResult(status -> IntStream.range(0, 120).forEach(i ->
                events.publishEvent(new Notification("race@sendclock.test", "Race " + tag + " " + i, "Body"))));

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> senders = List.of(nodeB, nodeC).stream().map(node -> CompletableFuture.runAsync(
                () -> {
                    await(go);
                    node.sendDue();
                })).toList();
        go.countDown();
        CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        awaitAllSent(120);

        assertThat(received()).hasSize(120).allSatisfy((subject, times) -> assertThat(times).as(subject).isOne());
        assertThat(jdbc.queryForList("select attempts from mail_outbox where subject like ?", Integer.class,
                "%" + tag + "%")).hasSize(120).containsOnly(1);
    }

    @Test
    void theWeeklyDigestScheduledOnTwoNodesAtOnceIsSentByOne() throws Exception {
        WeeklyDigest otherNode = new WeeklyDigest(register, reviews, settings, events, new NodeLocks(dataSource), transactions);
        long before = digests();

        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Boolean> here = CompletableFuture.supplyAsync(() -> {
            await(go);
            return digest.send();
        });
        CompletableFuture<Boolean> there = CompletableFuture.supplyAsync(() -> {
            await(go);
            return otherNode.send();
        });
        go.countDown();

        assertThat(List.of(here.get(60, TimeUnit.SECONDS), there.get(60, TimeUnit.SECONDS)))
                .as("sent by exactly one node").containsExactlyInAnyOrder(true, false);
        assertThat(digests() - before).as("one digest per manager").isEqualTo(digest.compose().size());
        assertThat(otherNode.send()).as("still locked: a node whose clock is behind skips it too").isFalse();
        assertThat(digest.send()).isFalse();
        assertThat(digests() - before).isEqualTo(digest.compose().size());
    }

    private long digests() {
        return jdbc.queryForObject("select count(*) from mail_outbox where subject like 'Weekly digest:%'", Long.class);
    }

    /** Waits (bounded) until every e-mail tagged for this test is marked sent. */
    private void awaitAllSent(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && jdbc.queryForObject(
                "select count(*) from mail_outbox where status = 'SENT' and subject like ?", Integer.class,
                "%" + tag + "%") < count) {
            Thread.sleep(100);
        }
        SMTP.waitForIncomingEmail(5_000, count);
    }

    /** How many times each of this test's subjects arrived. */
    private Map<String, Integer> received() throws Exception {
        Map<String, Integer> times = new HashMap<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getSubject().contains(tag)) {
                times.merge(message.getSubject(), 1, Integer::sum);
            }
        }
        return times;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
