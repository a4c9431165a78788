package jp.kyodo.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void systemActorMayDoEverything() {
        Actor system = Actor.system("registry-import");
        assertEquals("system:registry-import", system.userName());
        assertEquals(Set.of(Role.ADMIN), system.roles());
        assertNull(system.remoteAddress());
        assertTrue(system.isSystem());
        for (Role role : Role.values()) {
            assertTrue(system.has(role), role.name());
        }
        assertThrows(IllegalArgumentException.class, () -> Actor.system(" "));
        assertThrows(IllegalArgumentException.class, () -> Actor.system(null));
    }

    @Test
    void hasUsesTheHierarchy() {
        Actor coordinator = new Actor("suzuki", Set.of(Role.COORDINATOR), "192.0.2.10");
        assertFalse(coordinator.has(Role.ADMIN));
        assertTrue(coordinator.has(Role.COORDINATOR));
        assertTrue(coordinator.has(Role.STAFF));
        assertTrue(coordinator.has(Role.VIEWER));
        assertFalse(coordinator.isSystem());

        Actor viewerAndStaff = new Actor("sato", Set.of(Role.VIEWER, Role.STAFF), null);
        assertTrue(viewerAndStaff.has(Role.STAFF));
        assertFalse(viewerAndStaff.has(Role.COORDINATOR));
    }

    @Test
    void actorWithoutRolesMayDoNothing() {
        Actor anonymous = new Actor("anonymous", Set.of(), "192.0.2.1");
        for (Role role : Role.values()) {
            assertFalse(anonymous.has(role));
        }
        assertEquals(Set.of(), new Actor("anonymous", null, null).roles());
    }

    @Test
    void rolesAreCopiedAndImmutable() {
        Set<Role> roles = EnumSet.of(Role.STAFF);
        Actor actor = new Actor("tanaka", roles, null);
        roles.add(Role.ADMIN);
        assertFalse(actor.has(Role.ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> actor.roles().add(Role.ADMIN));
    }

    @Test
    void needsAUserName() {
        assertThrows(IllegalArgumentException.class, () -> new Actor(" ", Set.of(), null));
        assertThrows(NullPointerException.class, () -> new Actor(null, Set.of(), null));
    }
}
