package jp.kyodo.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void parsesVersionAndDescriptionFromFileName() {
        Migration m =
                Migration.fromFile("V12__add_person_table.sql", "SELECT 1").orElseThrow();
        assertEquals(12, m.version());
        assertEquals("add person table", m.description());
    }

    @Test
    void ignoresFilesThatAreNotMigrations() {
        assertTrue(Migration.fromFile("README.sql", "").isEmpty());
        assertTrue(Migration.fromFile("V1_missing_underscore.sql", "").isEmpty());
        assertTrue(Migration.fromFile("V1__x.txt", "").isEmpty());
    }

    @Test
    void splitsStatementsAtLineEndSemicolonsAndDropsComments() {
        Migration m = new Migration(
                1,
                "x",
                """
                -- a comment
                CREATE TABLE A (
                    ID INTEGER -- trailing text stays part of the statement
                );

                INSERT INTO A VALUES (1);
                INSERT INTO A VALUES (2)
                """);
        List<String> statements = m.statements();
        assertEquals(3, statements.size());
        assertTrue(statements.get(0).startsWith("CREATE TABLE A ("));
        assertEquals("INSERT INTO A VALUES (1)", statements.get(1));
        assertEquals("INSERT INTO A VALUES (2)", statements.get(2));
    }

    @Test
    void checksumIgnoresLineEndingsButNotContent() {
        Migration unix = new Migration(1, "x", "CREATE TABLE A (ID INTEGER);\n");
        Migration windows = new Migration(1, "x", "CREATE TABLE A (ID INTEGER);\r\n");
        Migration other = new Migration(1, "x", "CREATE TABLE B (ID INTEGER);\n");
        assertEquals(unix.checksum(), windows.checksum());
        assertNotEquals(unix.checksum(), other.checksum());
    }
}
