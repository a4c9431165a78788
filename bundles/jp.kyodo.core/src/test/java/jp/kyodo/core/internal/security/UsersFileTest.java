package jp.kyodo.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

    @TempDir
    Path dir;

    @Test
    void findsRolesGivenDirectlyOrThroughGroups() throws Exception {
        Path file = dir.resolve("users.properties");
        Files.writeString(
                file,
                """
                # comment
                _g_\\:admingroup = group,admin,kyodo-admin
                alice = {CRYPT}x{CRYPT},_g_:admingroup
                bob = secret,kyodo-viewer
                """);
        UsersFile users = new UsersFile(file);
        assertTrue(users.anyUserHasRole("kyodo-admin"));
        assertTrue(users.anyUserHasRole("kyodo-viewer"));
        assertFalse(users.anyUserHasRole("kyodo-coordinator"));
        assertTrue(users.hasUser("bob"));
        assertFalse(users.hasUser("carol"));
    }

    @Test
    void groupDefinitionsAloneAreNoUsers() throws Exception {
        Path file = dir.resolve("users.properties");
        Files.writeString(file, "_g_\\:admingroup = group,admin,kyodo-admin\n");
        assertFalse(new UsersFile(file).anyUserHasRole("kyodo-admin"));
    }

    @Test
    void appendsAUserThatKarafCanRead() throws Exception {
        Path file = dir.resolve("users.properties");
        Files.writeString(file, "_g_\\:admingroup = group,admin");
        UsersFile users = new UsersFile(file);
        users.addUser("admin", "{CRYPT}hash{CRYPT}", List.of("kyodo-admin", "_g_:admingroup"));

        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        }
        assertTrue(p.getProperty("admin").equals("{CRYPT}hash{CRYPT},kyodo-admin,_g_:admingroup"), p.toString());
        assertTrue(p.getProperty("_g_:admingroup").equals("group,admin"), "existing lines kept");
        assertTrue(users.anyUserHasRole("kyodo-admin"));
    }

    @Test
    void refusesUserNamesThatWouldBreakTheFile() {
        UsersFile users = new UsersFile(dir.resolve("users.properties"));
        assertThrows(IllegalArgumentException.class, () -> users.addUser("evil = x", "p", List.of()));
    }
}
