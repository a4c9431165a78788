package jp.kyodo.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    private static final Actor STAFF = new Actor("tanaka", Set.of(Role.STAFF), "192.0.2.20");
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), "192.0.2.21");

    @Test
    void requireRoleReturnsTheActorWhoHasIt() {
        assertSame(STAFF, SecurityContext.callAs(STAFF, () -> Permissions.requireRole(Role.STAFF)));
        assertSame(STAFF, SecurityContext.callAs(STAFF, () -> Permissions.requireRole(Role.VIEWER)));
        assertSame(ADMIN, SecurityContext.callAs(ADMIN, () -> Permissions.requireRole(Role.COORDINATOR)));
    }

    @Test
    void requireRoleDeniesAndNamesTheRoleNeeded() {
        AccessDeniedException e = assertThrows(
                AccessDeniedException.class,
                () -> SecurityContext.runAs(STAFF, () -> Permissions.requireRole(Role.COORDINATOR)));
        assertEquals("この操作には「協働推進担当」以上の権限が必要です", e.getMessage());
        assertEquals("access-denied", e.code());
    }

    @Test
    void requireRoleNeedsSomeoneSignedIn() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> Permissions.requireRole(Role.VIEWER));
        assertEquals("ログインが必要です", e.getMessage());
    }

    @Test
    void hasRole() {
        assertFalse(Permissions.hasRole(Role.VIEWER), "nobody signed in");
        SecurityContext.runAs(STAFF, () -> {
            assertTrue(Permissions.hasRole(Role.VIEWER));
            assertTrue(Permissions.hasRole(Role.STAFF));
            assertFalse(Permissions.hasRole(Role.COORDINATOR));
        });
        SecurityContext.runAs(Actor.system("core"), () -> assertTrue(Permissions.hasRole(Role.ADMIN)));
    }
}
