package jp.kyodo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import jp.kyodo.core.internal.persistence.Migration;
import org.junit.jupiter.api.Test;

@DatabaseTest
class TestDatabaseTest {

    @Test
    void appliesEveryMigrationOfTheNamedBundleWithTheRealMigrator() throws Exception {
        try (TestDatabase db = TestDatabase.create("jp.kyodo.core");
                Connection c = db.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(*), MAX(VERSION) FROM KYODO_SCHEMA_HISTORY"
                                + " WHERE OWNER = 'jp.kyodo.core'")) {
            rs.next();
            List<Migration> files = TestDatabase.migrationsOf("jp.kyodo.core");
            assertTrue(files.size() >= 1);
            assertEquals(files.size(), rs.getInt(1), "the core's migrations are all recorded in the schema history");
            assertEquals(
                    files.stream().mapToInt(Migration::version).max().orElseThrow(),
                    rs.getInt(2),
                    "up to the last one");
            c.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM KYODO_AUDIT_LOG")
                    .close();
        }
    }

    @Test
    void eachTestDatabaseIsFresh() throws Exception {
        try (TestDatabase a = TestDatabase.create();
                TestDatabase b = TestDatabase.create()) {
            a.execute("CREATE TABLE T_ONLY_IN_A (ID INTEGER)");
            b.execute("CREATE TABLE T_ONLY_IN_A (ID INTEGER)");
        }
    }

    @Test
    void anUnknownBundleIsAClearError() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> TestDatabase.create("jp.kyodo.nosuch"));
        assertTrue(e.getMessage().contains("jp.kyodo.nosuch"), e.getMessage());
    }
}
