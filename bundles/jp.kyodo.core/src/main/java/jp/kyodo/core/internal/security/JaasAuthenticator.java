package jp.kyodo.core.internal.security;

import java.security.Principal;
import java.util.EnumSet;
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
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Authenticator} on a Karaf JAAS realm. */
@Component(configurationPid = CoreConfiguration.PID)
public final class JaasAuthenticator implements Authenticator {

    static final String FAILED = "ユーザー名またはパスワードが正しくありません";
    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private final AuditLog auditLog;
    private volatile String realm;

    @Activate
    public JaasAuthenticator(CoreConfiguration config, @Reference AuditLog auditLog) {
        this.auditLog = auditLog;
        modified(config);
    }

    @Modified
    void modified(CoreConfiguration config) {
        this.realm = config.realm();
    }

    @Override
    public Actor login(String userName, char[] password, String remoteAddress) {
        String name = userName == null ? "" : userName.strip();
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
            fail(name, remoteAddress, "wrong password or unknown user");
        } finally {
            thread.setContextClassLoader(previous);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            Role.fromRoleName(p.getName()).ifPresent(roles::add);
        }
        if (roles.isEmpty()) {
            fail(name, remoteAddress, "no Kyodo role");
        }
        Actor actor = new Actor(name, roles, remoteAddress);
        SecurityContext.runAs(actor, () -> auditLog.record(AuditAction.LOGIN, "core.User", name, null));
        return actor;
    }

    private void fail(String name, String remoteAddress, String why) {
        SecurityContext.runAs(
                new Actor("anonymous", Set.of(), remoteAddress),
                () -> auditLog.record(AuditAction.LOGIN_FAILED, "core.User", name, why));
        throw new AccessDeniedException(FAILED);
    }
}
