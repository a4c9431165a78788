package jp.kyodo.web.internal;

import java.util.Optional;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.security.Authenticator;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.web.internal.health.ModuleTracker;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The platform services the shell uses but can live without for a moment (while the core
 * restarts): the web server keeps running and the pages say what is unavailable.
 */
@Component(service = PlatformServices.class)
public final class PlatformServices {

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog auditLog;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleCatalog modules;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile UserDirectory users;

    private volatile LoginThrottle loginThrottle;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleTracker installedModules;

    public Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator);
    }

    public Optional<AuditLog> auditLog() {
        return Optional.ofNullable(auditLog);
    }

    public Optional<ModuleCatalog> modules() {
        return Optional.ofNullable(modules);
    }

    public Optional<UserDirectory> users() {
        return Optional.ofNullable(users);
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLoginThrottle(LoginThrottle throttle) {
        this.loginThrottle = throttle;
    }

    void unsetLoginThrottle(LoginThrottle throttle) {
        // a greedy replacement binds the new one before unbinding the old
        if (this.loginThrottle == throttle) {
            this.loginThrottle = null;
        }
    }

    /** Without it, API tokens are refused: their guessing would not be slowed down. */
    public Optional<LoginThrottle> loginThrottle() {
        return Optional.ofNullable(loginThrottle);
    }

    /** The installed Kyodo modules (bundles) and their readiness; {@link #modules()} is the features' view. */
    public Optional<ModuleTracker> installedModules() {
        return Optional.ofNullable(installedModules);
    }
}
