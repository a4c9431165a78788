package jp.kyodo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
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
            assertTrue(rs.getInt(1) >= 1, "the core's migrations are recorded in the schema history");
            assertEquals(rs.getInt(1), rs.getInt(2), "all of them, from V1 on");
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
