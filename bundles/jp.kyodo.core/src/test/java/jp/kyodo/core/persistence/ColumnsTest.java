package jp.kyodo.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private static final Columns ROW = Columns.of("NAME", "BORN_ON", "MEMBERS", "ACTIVE", "SEEN_AT");
    private static final Columns NEW_ROW = Columns.of("ID").and(ROW.names().toArray(String[]::new));

    private Connection c;

    @BeforeEach
    void table() throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:columns-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        c = ds.getConnection();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE T_PARTY (ID BIGINT NOT NULL PRIMARY KEY, NAME VARCHAR(20) NOT NULL,"
                    + " BORN_ON DATE, MEMBERS INTEGER, ACTIVE BOOLEAN, SEEN_AT TIMESTAMP, VERSION INTEGER)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void theStatementsAreDerivedFromTheList() {
        assertEquals(
                "INSERT INTO T_PARTY (ID, NAME, BORN_ON, MEMBERS, ACTIVE, SEEN_AT) VALUES (?, ?, ?, ?, ?, ?)",
                NEW_ROW.insertInto("T_PARTY"));
        assertEquals(
                "UPDATE T_PARTY SET NAME = ?, BORN_ON = ?, MEMBERS = ?, ACTIVE = ?, SEEN_AT = ?",
                ROW.update("T_PARTY"));
        assertEquals("p.NAME, p.BORN_ON, p.MEMBERS, p.ACTIVE, p.SEEN_AT", ROW.list("p"));
        assertEquals(6, NEW_ROW.size());
        assertEquals(3, NEW_ROW.position("BORN_ON"));
    }

    @Test
    void valuesAreBoundByNameInTheListsOrderAndNullsAsSqlNull() throws SQLException {
        Instant seen = Instant.parse("2026-11-23T01:02:03Z");
        try (PreparedStatement ps = c.prepareStatement(NEW_ROW.insertInto("T_PARTY"))) {
            int next = NEW_ROW.values()
                    .timestamp("SEEN_AT", seen) // any order
                    .string("NAME", "芝川の会")
                    .number("ID", 7L)
                    .date("BORN_ON", LocalDate.of(2003, 4, 1))
                    .integer("MEMBERS", null)
                    .bool("ACTIVE", true)
                    .bind(ps, 1);
            assertEquals(7, next);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(ROW.update("T_PARTY") + ", VERSION = 2 WHERE ID = ?")) {
            int next = ROW.values()
                    .string("NAME", "芝川クリーン")
                    .date("BORN_ON", null)
                    .integer("MEMBERS", 12)
                    .bool("ACTIVE", null)
                    .timestamp("SEEN_AT", seen)
                    .bind(ps, 1);
            ps.setLong(next, 7L);
            assertEquals(1, ps.executeUpdate());
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + NEW_ROW.list() + ", VERSION FROM T_PARTY")) {
            assertTrue(rs.next());
            assertEquals("芝川クリーン", rs.getString("NAME"));
            assertNull(rs.getDate("BORN_ON"));
            assertEquals(12, rs.getInt("MEMBERS"));
            rs.getBoolean("ACTIVE");
            assertTrue(rs.wasNull());
            assertEquals(seen, rs.getTimestamp("SEEN_AT").toInstant());
            assertEquals(2, rs.getInt("VERSION"));
            assertFalse(rs.next());
        }
    }

    @Test
    void aForgottenOrRepeatedOrUnknownColumnIsABugFoundAtOnce() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ROW.insertInto("T_PARTY"))) {
            IllegalStateException missing = assertThrows(
                    IllegalStateException.class,
                    () -> ROW.values().string("NAME", "x").bind(ps, 1));
            assertTrue(missing.getMessage().contains("BORN_ON"), missing.getMessage());
        }
        assertThrows(
                IllegalStateException.class,
                () -> ROW.values().string("NAME", "x").string("NAME", "y"));
        assertThrows(IllegalArgumentException.class, () -> ROW.values().string("NAMES", "x"));
        assertThrows(IllegalArgumentException.class, () -> Columns.of("A", "A"));
        assertThrows(IllegalArgumentException.class, () -> Columns.of("A; DROP TABLE T"));
        assertThrows(IllegalArgumentException.class, () -> ROW.position("ID"));
    }
}
