package jp.kyodo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.cluster.ChangeFeed;
import jp.kyodo.core.internal.cluster.DatabaseChangeFeed;
import jp.kyodo.core.persistence.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/**
 * The change feed between two nodes on one database: what one node commits, the other posts to its EventAdmin,
 * marked as remote, once; what rolls back, nobody hears; a change whose transaction began first but committed last
 * is still delivered; old changes are deleted.
 */
@DatabaseTest
class ChangeFeedTest {

    private static final String TOPIC = "jp/kyodo/registry/Organisation/UPDATED";

    private final TestDatabase db = TestDatabase.create("jp.kyodo.core");
    private final Transactions tx = db.transactions();
    private final List<Event> onA = new CopyOnWriteArrayList<>();
    private final List<Event> onB = new CopyOnWriteArrayList<>();
    private final DatabaseChangeFeed a = new DatabaseChangeFeed(tx, "node-a", true, onA::add, Clock.systemUTC());
    private final DatabaseChangeFeed b = new DatabaseChangeFeed(tx, "node-b", true, onB::add, Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCommittedChangeReachesTheOtherNodeOnceMarkedAsRemote() {
        tx.write(c -> {
            a.publish(TOPIC, Map.of("id", 42L, "name", "さくら\\町会\n2", "bulk", Boolean.FALSE, "n", 3));
            assertTrue(onA.isEmpty(), "posted here only after the commit");
            return null;
        });
        assertEquals(1, onA.size());
        assertEquals(null, onA.get(0).getProperty(ChangeFeed.REMOTE), "a local event is not remote");

        assertEquals(1, b.poll());
        Event remote = onB.get(0);
        assertEquals(TOPIC, remote.getTopic());
        assertEquals(42L, remote.getProperty("id"));
        assertEquals("さくら\\町会\n2", remote.getProperty("name"));
        assertEquals(Boolean.FALSE, remote.getProperty("bulk"));
        assertEquals(3, remote.getProperty("n"));
        assertEquals(Boolean.TRUE, remote.getProperty(ChangeFeed.REMOTE));
        assertEquals("node-a", remote.getProperty(ChangeFeed.ORIGIN));

        assertEquals(0, b.poll(), "each change once");
        assertEquals(0, a.poll(), "a node does not hear its own changes again");
        assertEquals(1, onA.size());
    }

    @Test
    void aRolledBackChangeIsHeardNowhere() {
        assertThrows(
                IllegalStateException.class,
                () -> tx.write(c -> {
                    a.publish(TOPIC, Map.of("id", 1L));
                    throw new IllegalStateException("refused");
                }));
        a.publish(TOPIC, Map.of("id", 2L));
        assertEquals(1, b.poll());
        assertEquals(List.of(2L), onB.stream().map(e -> e.getProperty("id")).toList());
        assertEquals(List.of(2L), onA.stream().map(e -> e.getProperty("id")).toList());
    }

    @Test
    void aChangeCommittedAfterALaterOneIsStillDelivered() throws Exception {
        // Derby's readers wait for uncommitted rows; the feed runs only where several nodes share a database
        assumeTrue(db.kind() == TestDatabase.Kind.POSTGRESQL, "PostgreSQL only");
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> tx.write(c -> {
            a.publish(TOPIC, Map.of("id", 1L));
            published.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertTrue(published.await(30, TimeUnit.SECONDS));
        a.publish(TOPIC, Map.of("id", 2L));

        assertEquals(1, b.poll(), "only the committed one");
        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        assertEquals(1, b.poll(), "the earlier id, committed late");
        assertEquals(List.of(2L, 1L), onB.stream().map(e -> e.getProperty("id")).toList());
        assertEquals(0, b.poll());
    }

    @Test
    void onPostgresqlANotificationBringsTheChangeAtOnce() throws Exception {
        assumeTrue(db.kind() == TestDatabase.Kind.POSTGRESQL, "NOTIFY is PostgreSQL's");
        // b would poll only every ten minutes: what arrives sooner came with the notification
        b.start(Duration.ofMinutes(10), db.dataSource());
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!b.listening() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(b.listening(), "b listens");
            long start = System.nanoTime();
            a.publish(TOPIC, Map.of("id", 5L));
            while (onB.isEmpty()
                    && System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
                Thread.sleep(5);
            }
            assertEquals(List.of(5L), onB.stream().map(e -> e.getProperty("id")).toList());
            System.out.printf(
                    "ChangeFeedTest: notified and read after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        } finally {
            b.stop();
        }
    }

    @Test
    void manyChangesFromBothNodesArriveOnTheOtherSideInOrder() {
        for (long i = 1; i <= 1_500; i++) {
            (i % 3 == 0 ? b : a).publish(TOPIC, Map.of("id", i));
        }
        while (b.poll() > 0 || a.poll() > 0) {
            // batches of a thousand
        }
        List<Object> fromA = onB.stream()
                .filter(e -> e.getProperty(ChangeFeed.REMOTE) != null)
                .map(e -> e.getProperty("id"))
                .toList();
        assertEquals(1_000, fromA.size());
        assertEquals(1L, fromA.get(0));
        assertEquals(1_499L, fromA.get(fromA.size() - 1), "1,500 was b's");
        assertEquals(1_500, onA.size(), "a: its own 1,000 locally and b's 500 from the feed");
        assertEquals(1_500, onB.size(), "b: its own 500 locally and a's 1,000 from the feed");
    }

    @Test
    void oldChangesAreDeleted() {
        a.publish(TOPIC, Map.of("id", 1L));
        assertEquals(0, a.clean(Instant.now().minusSeconds(3600)));
        assertEquals(1, a.clean(Instant.now().plusSeconds(1)));
        assertEquals(0, b.poll());
    }

    @Test
    void onlySimpleValuesTravel() {
        assertThrows(IllegalArgumentException.class, () -> a.publish(TOPIC, Map.of("when", Instant.now())));
    }

    @Test
    void withoutSharingChangesArePostedHereOnly() {
        DatabaseChangeFeed alone = new DatabaseChangeFeed(tx, "alone", false, onA::add, Clock.systemUTC());
        alone.publish(TOPIC, Map.of("id", 7L));
        assertEquals(1, onA.size());
        assertEquals(0, b.poll(), "nothing written to the table");
    }
}
