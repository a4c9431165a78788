package jp.kyodo.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationRunnerTest {

    private EmbeddedDataSource dataSource;
    private MigrationRunner runner;

    @BeforeEach
    void freshDatabase() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        runner = new MigrationRunner(dataSource, Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
    }

    private static Migration m(int version, String sql) {
        return new Migration(version, "step " + version, sql);
    }

    @Test
    void appliesInVersionOrderAndRecordsHistory() throws Exception {
        int version = runner.migrate(
                "jp.kyodo.test",
                List.of(
                        m(2, "INSERT INTO T_ONE (ID, NAME) VALUES (1, 'ichi');"),
                        m(
                                1,
                                "-- first\nCREATE TABLE T_ONE (\n  ID INTEGER NOT NULL PRIMARY KEY,\n  NAME VARCHAR(20)\n);")));

        assertEquals(2, version);
        assertEquals(1, count("SELECT COUNT(*) FROM T_ONE"));
        assertEquals(2, count("SELECT COUNT(*) FROM KYODO_SCHEMA_HISTORY WHERE OWNER = 'jp.kyodo.test'"));
    }

    @Test
    void secondRunAppliesOnlyNewFiles() throws Exception {
        Migration create = m(1, "CREATE TABLE T_TWO (ID INTEGER NOT NULL PRIMARY KEY);");
        runner.migrate("owner", List.of(create));
        int version = runner.migrate("owner", List.of(create, m(2, "INSERT INTO T_TWO (ID) VALUES (7);")));

        assertEquals(2, version);
        assertEquals(1, count("SELECT COUNT(*) FROM T_TWO"));
        assertEquals(2, runner.migrate("owner", List.of(create, m(2, "INSERT INTO T_TWO (ID) VALUES (7);"))));
        assertEquals(1, count("SELECT COUNT(*) FROM T_TWO"), "nothing applied twice");
    }

    @Test
    void ownersAreIndependent() throws Exception {
        runner.migrate("a", List.of(m(1, "CREATE TABLE T_A (ID INTEGER);")));
        assertEquals(1, runner.migrate("b", List.of(m(1, "CREATE TABLE T_B (ID INTEGER);"))));
        assertEquals(2, count("SELECT COUNT(*) FROM KYODO_SCHEMA_HISTORY"));
    }

    @Test
    void failingFileLeavesNothingBehind() throws Exception {
        MigrationException e = assertThrows(
                MigrationException.class,
                () -> runner.migrate(
                        "owner",
                        List.of(
                                m(1, "CREATE TABLE T_OK (ID INTEGER);"),
                                m(2, "CREATE TABLE T_HALF (ID INTEGER);\nINSERT INTO NO_SUCH_TABLE VALUES (1);"))));

        assertTrue(e.getMessage().contains("V2"), e.getMessage());
        try (Connection c = dataSource.getConnection()) {
            assertTrue(MigrationRunner.tableExists(c, "T_OK"), "V1 committed on its own");
            assertFalse(MigrationRunner.tableExists(c, "T_HALF"), "V2's first statement rolled back");
        }
        assertEquals(1, count("SELECT COUNT(*) FROM KYODO_SCHEMA_HISTORY"));
    }

    @Test
    void changedAppliedFileIsRefused() throws Exception {
        runner.migrate("owner", List.of(m(1, "CREATE TABLE T_C (ID INTEGER);")));

        MigrationException e = assertThrows(
                MigrationException.class,
                () -> runner.migrate("owner", List.of(m(1, "CREATE TABLE T_C (ID BIGINT);"))));
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }

    @Test
    void duplicateVersionsAreRefused() {
        assertThrows(
                MigrationException.class,
                () -> runner.migrate(
                        "owner",
                        List.of(m(1, "CREATE TABLE T_D (ID INTEGER);"), m(1, "CREATE TABLE T_E (ID INTEGER);"))));
    }

    @Test
    void coreMigrationsRunOnDerby() throws Exception {
        String sql = new String(
                getClass()
                        .getResourceAsStream("/db/migration/core/V1__audit_log.sql")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        runner.migrate(
                "jp.kyodo.core",
                List.of(Migration.fromFile("V1__audit_log.sql", sql).orElseThrow()));

        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO KYODO_AUDIT_LOG (OCCURRED_AT, ACTOR, ACTION) "
                    + "VALUES (CURRENT_TIMESTAMP, 'admin', 'LOGIN')");
        }
        assertEquals(1, count("SELECT COUNT(*) FROM KYODO_AUDIT_LOG"));
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
