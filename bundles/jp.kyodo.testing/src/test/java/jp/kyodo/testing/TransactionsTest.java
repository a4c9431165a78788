package jp.kyodo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.transaction.Status;
import javax.transaction.TransactionManager;
import jp.kyodo.core.persistence.DatabaseException;
import jp.kyodo.core.persistence.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The core's transaction kit ({@code JtaTransactions}) on a real transaction manager and XA pool. */
@DatabaseTest
class TransactionsTest {

    private final TestDatabase db = TestDatabase.create();
    private final Transactions tx = db.transactions();
    private final List<String> log = new CopyOnWriteArrayList<>();

    TransactionsTest() {
        db.execute("CREATE TABLE T_ITEM (ID INTEGER NOT NULL PRIMARY KEY, NAME VARCHAR(40) NOT NULL)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static int insert(Connection c, int id, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO T_ITEM (ID, NAME) VALUES (?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, name);
            return ps.executeUpdate();
        }
    }

    private int count() {
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM T_ITEM")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWriteCommitsWhenTheWorkReturns() {
        int rows = tx.write(c -> insert(c, 1, "ichi") + insert(c, 2, "ni"));
        assertEquals(2, rows);
        assertEquals(2, count(), "committed: seen from another connection");
    }

    @Test
    void aFailingWriteRollsBackEverythingItDid() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> tx.write(c -> {
                    insert(c, 1, "ichi");
                    throw new IllegalStateException("refused");
                }));
        assertEquals("refused", e.getMessage(), "the caller gets the work's own exception");
        assertEquals(0, count());
    }

    @Test
    void anSqlErrorRollsBackAndIsReportedAsDatabaseException() {
        DatabaseException e = assertThrows(
                DatabaseException.class,
                () -> tx.write(c -> {
                    insert(c, 1, "ichi");
                    return insert(c, 1, "duplicate key");
                }));
        assertInstanceOf(SQLException.class, e.getCause());
        assertEquals(0, count());
    }

    @Test
    void aNestedWriteJoinsTheOuterTransactionAndItsFailureRollsBackBoth() {
        assertThrows(
                IllegalArgumentException.class,
                () -> tx.write(c -> {
                    insert(c, 1, "outer");
                    return tx.write(inner -> {
                        insert(inner, 2, "inner");
                        throw new IllegalArgumentException("inner refused");
                    });
                }));
        assertEquals(0, count(), "the inner failure marked the outer transaction rollback-only");

        tx.write(c -> {
            insert(c, 3, "outer");
            return tx.write(inner -> insert(inner, 4, "inner"));
        });
        assertEquals(2, count(), "joined work commits with the outer transaction");
    }

    @Test
    void aReadInsideAWriteSeesTheTransactionsOwnChanges() {
        int seen = tx.write(c -> {
            insert(c, 1, "ichi");
            return tx.read(r -> {
                try (ResultSet rs = r.createStatement().executeQuery("SELECT COUNT(*) FROM T_ITEM")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
        });
        assertEquals(1, seen);
    }

    @Test
    void afterCommitActionsRunOnlyOnceCommittedAndInOrder() {
        tx.write(c -> {
            insert(c, 1, "ichi");
            tx.afterCommit(() -> log.add("first, sees " + count()));
            tx.write(inner -> {
                tx.afterCommit(() -> log.add("second"));
                return null;
            });
            log.add("work done");
            return null;
        });
        assertEquals(List.of("work done", "first, sees 1", "second"), log);
    }

    @Test
    void afterCommitActionsNeverRunAfterARollback() {
        assertThrows(
                IllegalStateException.class,
                () -> tx.write(c -> {
                    insert(c, 1, "ichi");
                    tx.afterCommit(() -> log.add("must not run"));
                    throw new IllegalStateException("refused");
                }));
        assertEquals(List.of(), log);
    }

    @Test
    void aFailingAfterCommitActionNeitherUndoesTheChangeNorStopsTheOthers() {
        int rows = tx.write(c -> {
            tx.afterCommit(() -> {
                throw new IllegalStateException("index unavailable");
            });
            tx.afterCommit(() -> log.add("second still runs"));
            return insert(c, 1, "ichi");
        });
        assertEquals(1, rows, "the caller is told the change was saved");
        assertEquals(1, count());
        assertEquals(List.of("second still runs"), log);
    }

    @Test
    void outsideATransactionAnAfterCommitActionRunsAtOnce() {
        tx.afterCommit(() -> log.add("now"));
        assertEquals(List.of("now"), log);
    }

    @Test
    void workJoinsATransactionTheCallerBeganAndItsHooksFollowTheCallersOutcome() throws Exception {
        TransactionManager tm = db.transactionManager();
        CountDownLatch committed = new CountDownLatch(1);

        tm.begin();
        tx.write(c -> insert(c, 1, "caller's"));
        tx.afterCommit(() -> {
            log.add("after the caller's commit");
            committed.countDown();
        });
        assertEquals(List.of(), log, "nothing runs before the caller commits");
        tm.commit();
        assertTrue(committed.await(5, TimeUnit.SECONDS));
        assertEquals(1, count());

        tm.begin();
        tx.write(c -> insert(c, 2, "rolled back"));
        tx.afterCommit(() -> log.add("must not run"));
        tm.rollback();
        assertEquals(1, count());
        assertEquals(List.of("after the caller's commit"), log);
    }

    @Test
    void aFailureInsideTheCallersTransactionMarksItRollbackOnly() throws Exception {
        TransactionManager tm = db.transactionManager();
        tm.begin();
        try {
            assertThrows(
                    IllegalStateException.class,
                    () -> tx.write(c -> {
                        insert(c, 1, "ichi");
                        throw new IllegalStateException("refused");
                    }));
            assertEquals(Status.STATUS_MARKED_ROLLBACK, tm.getStatus());
        } finally {
            tm.rollback();
        }
        assertEquals(0, count());
    }

    @Test
    void theDatabaseOfTheRunIsTheOneAskedFor() {
        assertSame(TestDatabase.kindFromProperty(), db.kind());
    }
}
