package jp.kyodo.core.internal.security;

import java.security.Principal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.internal.CoreConfiguration;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Authenticator;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.core.security.LoginThrottle.Block;
import jp.kyodo.core.security.LoginThrottle.Key;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.core.security.TooManyAttemptsException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Authenticator} on a Karaf JAAS realm, behind the {@link LoginThrottle}: an account or address
 * that failed too often is refused before its password is checked.
 */
@Component(configurationPid = CoreConfiguration.PID)
public final class JaasAuthenticator implements Authenticator {

    static final String FAILED = "ユーザー名またはパスワードが正しくありません";
    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private final AuditLog auditLog;
    private final LoginThrottle throttle;
    private final Clock clock;
    private volatile String realm;

    @Activate
    public JaasAuthenticator(
            CoreConfiguration config, @Reference AuditLog auditLog, @Reference LoginThrottle throttle) {
        this(config, auditLog, throttle, Clock.systemUTC());
    }

    JaasAuthenticator(CoreConfiguration config, AuditLog auditLog, LoginThrottle throttle, Clock clock) {
        this.auditLog = auditLog;
        this.throttle = throttle;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(CoreConfiguration config) {
        this.realm = config.realm();
    }

    @Override
    public Actor login(String userName, char[] password, String remoteAddress) {
        String name = userName == null ? "" : userName.strip();
        List<Key> keys = LoginThrottle.keysOf(name, remoteAddress);
        Optional<Block> blocked = throttle.blocked(keys);
        if (blocked.isPresent()) {
            // not audited one by one: a guesser hammering a lock would flood the log
            LOG.debug("Login of '{}' refused unchecked: {}", name, blocked.get());
            throw new TooManyAttemptsException(blocked.get(), clock.instant());
        }
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the JAAS configuration loads Karaf's proxy login module through the context class loader
        thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback nc) {
                        nc.setName(name);
                    } else if (callback instanceof PasswordCallback pc) {
                        pc.setPassword(password == null ? new char[0] : password.clone());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
        } catch (LoginException | SecurityException e) {
            LOG.debug("Login of '{}' failed: {}", name, e.getMessage());
            fail(name, remoteAddress, keys, "wrong password or unknown user");
        } finally {
            thread.setContextClassLoader(previous);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            Role.fromRoleName(p.getName()).ifPresent(roles::add);
        }
        if (roles.isEmpty()) {
            // counted like a wrong password: the answer must not tell that the password was right
            fail(name, remoteAddress, keys, "no Kyodo role");
        }
        Actor actor = new Actor(name, roles, remoteAddress);
        throttle.succeeded(Key.account(name));
        SecurityContext.runAs(actor, () -> auditLog.record(AuditAction.LOGIN, "core.User", name, null));
        return actor;
    }

    private void fail(String name, String remoteAddress, List<Key> keys, String why) {
        SecurityContext.runAs(
                new Actor("anonymous", Set.of(), remoteAddress),
                () -> auditLog.record(AuditAction.LOGIN_FAILED, "core.User", name, why));
        Optional<Block> started = throttle.failed(keys);
        if (started.isPresent()) {
            // this failure began a wait or a lock: say so now, not only at the next attempt
            throw new TooManyAttemptsException(started.get(), clock.instant());
        }
        throw new AccessDeniedException(FAILED);
    }
}
