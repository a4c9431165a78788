package jp.kyodo.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.internal.CoreConfiguration;
import jp.kyodo.core.internal.security.CountingLoginThrottle.Policy;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.LoginThrottle.Key;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.core.security.TooManyAttemptsException;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.testing.TestDatabase;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-in behind the throttle, on a JAAS realm of this test: a locked account stays locked even with its password. */
@DatabaseTest
class JaasAuthenticatorTest {

    private static final String REALM = "kyodo-test";
    private static final String DESK = "192.0.2.30";
    private static Configuration previous;

    /** The realm: tanaka / right-password is staff, norole / right-password has no Kyodo role. */
    public static final class TestLoginModule implements LoginModule {
        private Subject subject;
        private CallbackHandler handler;
        private String user;

        @Override
        public void initialize(
                Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
            this.subject = subject;
            this.handler = handler;
        }

        @Override
        public boolean login() throws LoginException {
            NameCallback name = new NameCallback("user");
            PasswordCallback password = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] {name, password});
            } catch (Exception e) {
                throw new LoginException(e.toString());
            }
            boolean known = Set.of("tanaka", "norole").contains(name.getName());
            if (!known || !Arrays.equals("right-password".toCharArray(), password.getPassword())) {
                throw new FailedLoginException("wrong");
            }
            user = name.getName();
            return true;
        }

        @Override
        public boolean commit() {
            if ("tanaka".equals(user)) {
                subject.getPrincipals().add(new RolePrincipal("kyodo-staff"));
            }
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T01:00:00Z"));
    private final RecordingAuditLog audit = new RecordingAuditLog();
    /** Slowed down after 2 failures, locked after 4, for 15 minutes. */
    private final TestDatabase db = TestDatabase.create("jp.kyodo.core");

    private final CountingLoginThrottle throttle = new CountingLoginThrottle(
            new Policy(
                    2,
                    4,
                    10,
                    50,
                    Duration.ofMinutes(15),
                    Duration.ofMinutes(15),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(60)),
            audit,
            clock,
            db.transactions(),
            db.transactionManager(),
            CountingLoginThrottle.MAX_KEYS);

    private final JaasAuthenticator authenticator = new JaasAuthenticator(config(), audit, throttle, clock);

    @BeforeAll
    static void installRealm() {
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return REALM.equals(name)
                        ? new AppConfigurationEntry[] {
                            new AppConfigurationEntry(
                                    TestLoginModule.class.getName(),
                                    AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                                    Map.of())
                        }
                        : null;
            }
        });
    }

    @AfterAll
    static void restoreRealm() {
        Configuration.setConfiguration(previous);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void rightPasswordSignsInAndIsAudited() {
        Actor actor = authenticator.login("tanaka", "right-password".toCharArray(), DESK);
        assertTrue(actor.has(Role.STAFF));
        assertEquals(1, audit.of(AuditAction.LOGIN).size());
    }

    @Test
    void repeatedWrongPasswordsSlowDownThenLockAndTheRightPasswordIsRefusedUntilUnlocked() {
        assertThrows(AccessDeniedException.class, () -> login("wrong-1"));
        assertFalse(
                assertThrows(TooManyAttemptsException.class, () -> login("wrong-2"))
                        .block()
                        .locked(),
                "the second failure begins a wait, and says so");

        TooManyAttemptsException slow = assertThrows(TooManyAttemptsException.class, () -> login("right-password"));
        assertFalse(slow.block().locked());
        assertEquals(1, slow.retryAfterSeconds());
        assertEquals("失敗が続いたため、1 秒後にもう一度お試しください", slow.getMessage());
        assertEquals(2, audit.of(AuditAction.LOGIN_FAILED).size(), "refused unchecked, not counted");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(
                2,
                assertThrows(TooManyAttemptsException.class, () -> login("wrong-3"))
                        .retryAfterSeconds(),
                "twice as long");
        clock.advance(Duration.ofSeconds(2));
        TooManyAttemptsException locked = assertThrows(TooManyAttemptsException.class, () -> login("wrong-4"));
        assertTrue(locked.block().locked(), "the fourth failure locks, and says so at once");
        assertEquals(Key.account("tanaka"), locked.block().key());
        // 01:00:03 UTC + 15 minutes = 10:15 in Japan
        assertEquals("失敗が続いたため、このアカウントは 11月30日 10:15 までロックされています（管理者が解除できます）", locked.getMessage());
        assertEquals(TooManyAttemptsException.CODE, locked.code());
        assertEquals(
                "After repeated failures this account is locked until 10:15 on 11/30 (Japan time; an administrator can"
                        + " unlock it)",
                locked.message(java.util.Locale.ENGLISH));

        clock.advance(Duration.ofMinutes(10));
        TooManyAttemptsException stillLocked =
                assertThrows(TooManyAttemptsException.class, () -> login("right-password"));
        assertTrue(stillLocked.block().locked());
        assertEquals(300, stillLocked.retryAfterSeconds());
        assertTrue(audit.of(AuditAction.LOGIN).isEmpty());
        assertEquals(4, audit.of(AuditAction.LOGIN_FAILED).size());
        assertEquals(1, audit.of(AuditAction.LOGIN_LOCKED).size());

        Actor admin = new Actor("kanri", Set.of(Role.ADMIN), "192.0.2.1");
        assertTrue(SecurityContext.callAs(admin, () -> throttle.unlock(Key.account("tanaka"))));
        assertEquals("tanaka", login("right-password").userName());
    }

    @Test
    void aSuccessfulSignInResetsTheAccountsCount() {
        assertThrows(AccessDeniedException.class, () -> login("wrong-1"));
        login("right-password");
        assertThrows(AccessDeniedException.class, () -> login("wrong-2"));
        assertEquals("tanaka", login("right-password").userName(), "one failure since the last success");
    }

    @Test
    void aRightPasswordWithoutKyodoRoleCountsAsAFailure() {
        assertThrows(
                AccessDeniedException.class, () -> authenticator.login("norole", "right-password".toCharArray(), DESK));
        assertThrows(
                TooManyAttemptsException.class,
                () -> authenticator.login("norole", "right-password".toCharArray(), DESK),
                "slowed down like any guesser");
    }

    private Actor login(String password) {
        return authenticator.login("tanaka", password.toCharArray(), DESK);
    }

    private static CoreConfiguration config() {
        return (CoreConfiguration) Proxy.newProxyInstance(
                CoreConfiguration.class.getClassLoader(),
                new Class<?>[] {CoreConfiguration.class},
                (p, m, args) -> "realm".equals(m.getName()) ? REALM : m.getDefaultValue());
    }
}
