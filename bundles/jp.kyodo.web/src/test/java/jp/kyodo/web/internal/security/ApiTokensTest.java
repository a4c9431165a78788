package jp.kyodo.web.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Set;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    private static String hash(String token) {
        return HexFormat.of().formatHex(ApiTokens.sha256(token));
    }

    @Test
    void aConfiguredTokenAuthenticatesItsClientWithItsRoles() {
        ApiTokens tokens = ApiTokens.parse(
                "opendata:kyodo-viewer:" + hash("s3cret"), "portal:kyodo-staff+kyodo-coordinator:" + hash("other"));

        Actor actor = tokens.authenticate("s3cret", "10.0.0.1").orElseThrow();
        assertEquals("api:opendata", actor.userName());
        assertEquals(Set.of(Role.VIEWER), actor.roles());
        assertEquals(
                Set.of(Role.STAFF, Role.COORDINATOR),
                tokens.authenticate(" other ", null).orElseThrow().roles());
    }

    @Test
    void unknownTokensAndMalformedEntriesAreRefused() {
        ApiTokens tokens = ApiTokens.parse(
                "opendata:kyodo-viewer:" + hash("s3cret") + ", bad-entry, x:kyodo-nonsense:" + hash("t"),
                "y::" + hash("u"));

        assertEquals(1, tokens.size());
        assertTrue(tokens.authenticate("wrong", null).isEmpty());
        assertTrue(tokens.authenticate("", null).isEmpty());
        assertTrue(tokens.authenticate(null, null).isEmpty());
    }
}
