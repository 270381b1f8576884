package org.sendclock.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes on one database (this application's {@link NodeLocks} and a second one on the same DataSource, as another
 * process would have): a lock one holds the other cannot take until it is released, or, if its node dies, until its
 * lease has run out; a live node keeps renewing its lease.
 */
@IntegrationTest
class NodeLocksIT {

    @Autowired NodeLocks thisNode;
    @Autowired DataSource dataSource;

    @Test
    void aLockHeldByOneNodeIsRefusedToTheOtherUntilReleased() {
        NodeLocks otherNode = new NodeLocks(dataSource);
        String name = "test-" + UUID.randomUUID();
        try {
            Optional<NodeLocks.Held> held = thisNode.hold(name, Duration.ofMinutes(2));
            assertThat(held).isPresent();
            assertThat(otherNode.hold(name, Duration.ofMinutes(2))).isEmpty();
            assertThat(thisNode.hold(name, Duration.ofMinutes(2))).as("not re-entrant either").isEmpty();

            held.get().close();
            Optional<NodeLocks.Held> taken = otherNode.hold(name, Duration.ofMinutes(2));
            assertThat(taken).isPresent();
            taken.get().close();
        } finally {
            otherNode.stop();
        }
    }

    /**
     * A released lock is free at once, whichever node asks next. The release writes the database's "now" into the row;
     * a column coarser than the database's clock rounded it up to half a millisecond into the future, and a take within
     * that half millisecond was refused (an import retried at once after a failed one, as in OneImportAtATimeIT).
     */
    @Test
    void aReleasedLockIsFreeAtOnceEveryTime() {
        NodeLocks otherNode = new NodeLocks(dataSource);
        String name = "test-" + UUID.randomUUID();
        try {
            for (int i = 0; i < 200; i++) {
                NodeLocks taker = i % 2 == 0 ? thisNode : otherNode;
                Optional<NodeLocks.Held> held = taker.hold(name, Duration.ofMinutes(2));
                assertThat(held).as("taken at once after its release, time %d", i + 1).isPresent();
                held.get().close();
            }
        } finally {
            otherNode.stop();
        }
    }

    @Test
    void aLiveNodeRenewsItsLeaseAndADeadNodesLockIsTakenOnceTheLeaseRunsOut() throws Exception {
        NodeLocks dyingNode = new NodeLocks(dataSource);
        NodeLocks otherNode = new NodeLocks(dataSource);
        String name = "test-" + UUID.randomUUID();
        Duration lease = Duration.ofMillis(1500);
        try {
            assertThat(dyingNode.hold(name, lease)).isPresent();
            Thread.sleep(lease.toMillis() * 2); // two leases: only renewals keep it
            assertThat(otherNode.hold(name, lease)).as("renewed while its node lives").isEmpty();

            dyingNode.stop(); // dies holding it: no more renewals, no release
            long deadline = System.currentTimeMillis() + lease.toMillis() * 4;
            Optional<NodeLocks.Held> taken = Optional.empty();
            while (taken.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                taken = otherNode.hold(name, lease);
            }
            assertThat(taken).as("taken once the dead node's lease ran out").isPresent();
            taken.get().close();
        } finally {
            dyingNode.stop();
            otherNode.stop();
        }
    }
}
