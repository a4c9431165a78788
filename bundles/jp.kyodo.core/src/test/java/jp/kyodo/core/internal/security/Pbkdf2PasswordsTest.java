package jp.kyodo.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordsTest {

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords(10_000);

    @Test
    void acceptsTheRightPasswordOnly() {
        String stored = passwords.hash("協働-Secret-2026");
        assertTrue(passwords.matches("協働-Secret-2026", stored));
        assertFalse(passwords.matches("協働-secret-2026", stored));
        assertFalse(passwords.matches("", stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(passwords.hash("same password"), passwords.hash("same password"));
    }

    @Test
    void neverStoresThePassword() {
        String stored = passwords.hash("visible-password");
        assertFalse(stored.contains("visible-password"));
        assertTrue(stored.startsWith("pbkdf2-sha256$10000$"), stored);
    }

    @Test
    void rejectsForeignOrBrokenHashes() {
        assertFalse(passwords.matches("karaf", "karaf"));
        assertFalse(passwords.matches("x", "pbkdf2-sha256$10000$!!!$???"));
        assertFalse(passwords.matches("x", null));
    }

    @Test
    void refusesWeakIterationCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Pbkdf2Passwords(1000));
    }
}
