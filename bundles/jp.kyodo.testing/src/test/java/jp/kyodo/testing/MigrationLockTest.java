package jp.kyodo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kyodo.core.internal.persistence.Migration;
import jp.kyodo.core.internal.persistence.MigrationRunner;
import org.junit.jupiter.api.Test;

/**
 * Several Kyodo nodes on one database start at the same moment: each migrates the same bundles, and every
 * file is applied once — the others wait for the database's migration lock, then find nothing to do.
 */
@DatabaseTest
class MigrationLockTest {

    private static final int NODES = 4;

    @Test
    void nodesStartingTogetherMigrateOnce() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            for (int round = 0; round < 5; round++) {
                String owner = "jp.kyodo.node-test-" + round;
                String table = "T_NODES_" + round;
                List<Migration> files = List.of(
                        new Migration(1, "table", "CREATE TABLE " + table + " (ID INTEGER NOT NULL PRIMARY KEY);"),
                        new Migration(
                                2,
                                "rows",
                                "INSERT INTO " + table + " (ID) VALUES (1);\n" + "INSERT INTO " + table
                                        + " (ID) VALUES (2);"),
                        new Migration(3, "column", "ALTER TABLE " + table + " ADD COLUMN NAME VARCHAR(20);"));
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService nodes = Executors.newFixedThreadPool(NODES);
                try {
                    List<Future<Integer>> versions = new ArrayList<>();
                    for (int n = 0; n < NODES; n++) {
                        // each node its own runner, as each Kyodo node has its own
                        MigrationRunner runner = new MigrationRunner(db.dataSource(), Clock.systemUTC());
                        Callable<Integer> migrate = () -> {
                            start.await();
                            return runner.migrate(owner, files);
                        };
                        versions.add(nodes.submit(migrate));
                    }
                    start.countDown();
                    for (Future<Integer> v : versions) {
                        assertEquals(3, v.get(), "every node sees the schema at V3");
                    }
                } finally {
                    nodes.shutdownNow();
                }
                assertEquals(2, count(db, "SELECT COUNT(*) FROM " + table), "rows inserted once");
                assertEquals(
                        3,
                        count(db, "SELECT COUNT(*) FROM KYODO_SCHEMA_HISTORY WHERE OWNER = '" + owner + "'"),
                        "each file recorded once");
            }
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
