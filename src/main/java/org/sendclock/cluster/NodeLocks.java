package org.sendclock.cluster;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work that only one node of an installation may do at a time, however many run on the one database: a row of the
 * {@code shedlock} table per kind of work (ShedLock's JDBC provider, ADR 17). Times are the database's, so the nodes'
 * clocks need not agree. Each lock has a lease: a node that dies holding it stops renewing it, and another node may
 * take it once the lease has run out.
 */
@Component
public class NodeLocks {

    private static final Logger log = LoggerFactory.getLogger(NodeLocks.class);

    private final LockProvider locks;
    private final String node;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sendclock-lock-renewal");
        thread.setDaemon(true);
        return thread;
    });

    public NodeLocks(DataSource dataSource) {
        this.node = nodeName();
        this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(node)
                .usingDbTime()
                .build());
    }

    /** This node as it appears in {@code shedlock.locked_by} and {@code mail_outbox.claimed_by}: pid@host and a tag. */
    public String node() {
        return node;
    }

    /**
     * Runs the task here unless another node has run it, or is running it, within {@code quietFor}: a job every node
     * schedules at the same moment (the weekly digest) then runs on one. The lock is kept for {@code quietFor} even
     * when the task finishes sooner, so a node whose clock is a little behind does not run it again.
     *
     * @return whether it ran here
     */
    public boolean runOnOneNode(String name, Duration quietFor, Runnable task) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), name, quietFor, quietFor));
        if (lock.isEmpty()) {
            log.info("{}: another node has it, not run here", name);
            return false;
        }
        try {
            task.run();
            return true;
        } finally {
            lock.get().unlock();
        }
    }

    /**
     * Takes the lock for as long as this node holds it (until {@link Held#close()}), renewing its lease every third of
     * {@code lease} while this process lives.
     *
     * @return empty when another node holds it
     */
    public Optional<Held> hold(String name, Duration lease) {
        return locks.lock(new LockConfiguration(Instant.now(), name, lease, Duration.ZERO))
                .map(lock -> new Held(name, lock, lease));
    }

    /** A lock this node holds, renewed until closed. */
    public final class Held implements AutoCloseable {
        private final String name;
        private final Duration lease;
        private final ScheduledFuture<?> renewal;
        /** The lock as last renewed (each renewal answers a new one); null once closed. */
        private SimpleLock lock;

        private Held(String name, SimpleLock lock, Duration lease) {
            this.name = name;
            this.lease = lease;
            this.lock = lock;
            long every = Math.max(1, lease.toMillis() / 3);
            this.renewal = renewals.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        private synchronized void renew() {
            if (lock == null) {
                return;
            }
            try {
                Optional<SimpleLock> renewed = lock.extend(lease, Duration.ZERO);
                if (renewed.isPresent()) {
                    lock = renewed.get();
                } else {
                    lock = null; // the lease had run out and another node may hold it now: nothing to release
                    log.warn("{}: could not renew this node's lease; another node may take it", name);
                }
            } catch (RuntimeException e) {
                log.warn("{}: renewing the lease failed: {}", name, e.getClass().getSimpleName());
            }
        }

        @Override
        public synchronized void close() {
            renewal.cancel(false);
            if (lock != null) {
                lock.unlock();
                lock = null;
            }
        }
    }

    /** Stops renewing: a node going away lets its leases run out (and a test can play a node that died). */
    @PreDestroy
    public void stop() {
        renewals.shutdownNow();
    }

    private static String nodeName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + tag;
        return name.length() > 90 ? name.substring(name.length() - 90) : name;
    }
}
