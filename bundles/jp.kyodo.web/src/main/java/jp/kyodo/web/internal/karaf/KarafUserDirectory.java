package jp.kyodo.web.internal.karaf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.security.auth.login.AppConfigurationEntry;
import jp.kyodo.web.internal.UserDirectory;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UserDirectory} on the Karaf JAAS realm staff log in through. The realm's name is the core's
 * setting ({@code realm} in etc/jp.kyodo.core.cfg, default {@code karaf}), read here so the two can
 * never disagree.
 */
@Component(service = UserDirectory.class, configurationPid = "jp.kyodo.core")
public final class KarafUserDirectory implements UserDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(KarafUserDirectory.class);
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";

    private final List<JaasRealm> realms = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<BackingEngineFactory> engineFactories = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String realmName = "karaf";

    @Activate
    public KarafUserDirectory(Map<String, Object> coreConfig) {
        modified(coreConfig);
    }

    @Modified
    void modified(Map<String, Object> coreConfig) {
        Object realm = coreConfig.get("realm");
        realmName = realm == null || realm.toString().isBlank()
                ? "karaf"
                : realm.toString().strip();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRealm(JaasRealm realm) {
        realms.add(realm);
    }

    void removeRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    /** Karaf registers one factory per login module that can list and change its users. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEngineFactory(BackingEngineFactory factory) {
        engineFactories.add(factory);
    }

    void removeEngineFactory(BackingEngineFactory factory) {
        engineFactories.remove(factory);
    }

    @Override
    public List<User> users() {
        Optional<AppConfigurationEntry> entry = propertiesEntry();
        if (entry.isEmpty()) {
            return List.of();
        }
        BackingEngine engine = engineFactories.stream()
                .filter(f -> PROPERTIES_MODULE.equals(f.getModuleClass()))
                .findFirst()
                .map(f -> f.build(entry.get().getOptions()))
                .orElse(null);
        if (engine == null) {
            return List.of();
        }
        List<User> result = new ArrayList<>();
        for (UserPrincipal user : engine.listUsers()) {
            TreeSet<String> roles = new TreeSet<>();
            for (RolePrincipal r : engine.listRoles(user)) {
                roles.add(r.getName());
            }
            TreeSet<String> groups = new TreeSet<>();
            for (GroupPrincipal g : engine.listGroups(user)) {
                groups.add(g.getName());
            }
            result.add(new User(user.getName(), List.copyOf(roles), List.copyOf(groups)));
        }
        result.sort(Comparator.comparing(User::name));
        return result;
    }

    @Override
    public Optional<String> managedElsewhere() {
        if (propertiesEntry().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("realm '" + realmName + "'");
    }

    /** The properties login module of the configured realm; none for LDAP and other realms. */
    private Optional<AppConfigurationEntry> propertiesEntry() {
        for (JaasRealm realm : realms) {
            if (!realmName.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry e : realm.getEntries()) {
                Object module = e.getOptions().get(MODULE_OPTION);
                if (PROPERTIES_MODULE.equals(e.getLoginModuleName()) || PROPERTIES_MODULE.equals(module)) {
                    return Optional.of(e);
                }
            }
        }
        LOG.debug("Realm '{}' has no properties login module", realmName);
        return Optional.empty();
    }
}
