package jp.kyodo.web.internal.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodo.core.health.Readiness;
import jp.kyodo.core.health.ReadinessCheck;
import jp.kyodo.core.persistence.Schema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed Kyodo modules as the framework sees them right now: every bundle with a {@value
 * ReadinessCheck#MODULE_HEADER} header in any state (so a module whose components never activated is
 * still listed), the readiness checks those bundles registered, and their schemas.
 */
@Component(service = ModuleTracker.class)
public final class ModuleTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleTracker.class);

    private final BundleContext context;
    private final Map<ServiceReference<ReadinessCheck>, ReadinessCheck> checks = new ConcurrentHashMap<>();
    private final Map<String, Integer> schemas = new ConcurrentHashMap<>();

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServiceComponentRuntime scr;

    @Activate
    public ModuleTracker(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(ServiceReference<ReadinessCheck> reference, ReadinessCheck check) {
        if (module(reference.getBundle()) == null) {
            LOG.warn(
                    "Readiness check '{}' of bundle {} is ignored: the bundle declares no {} header",
                    check.name(),
                    reference.getBundle().getSymbolicName(),
                    ReadinessCheck.MODULE_HEADER);
        }
        checks.put(reference, check);
    }

    void removeCheck(ServiceReference<ReadinessCheck> reference) {
        checks.remove(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSchema(Schema schema) {
        schemas.put(schema.owner(), schema.version());
    }

    void removeSchema(Schema schema) {
        schemas.remove(schema.owner(), schema.version());
    }

    /** Every installed module, by name. */
    public List<ModuleFacts> modules() {
        Map<String, List<Bundle>> bundles = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            String module = module(b);
            if (module != null) {
                bundles.computeIfAbsent(module, k -> new ArrayList<>()).add(b);
            }
        }
        Map<String, List<ModuleFacts.CheckResult>> results = new TreeMap<>();
        checks.forEach((reference, check) -> {
            String module = module(reference.getBundle());
            if (module != null) {
                results.computeIfAbsent(module, k -> new ArrayList<>()).add(ask(check));
            }
        });
        List<ModuleFacts> modules = new ArrayList<>();
        bundles.forEach((name, members) -> {
            members.sort(Comparator.comparing(Bundle::getSymbolicName));
            List<ModuleFacts.CheckResult> answers = new ArrayList<>(results.getOrDefault(name, List.of()));
            answers.sort(Comparator.comparing(ModuleFacts.CheckResult::name));
            modules.add(new ModuleFacts(
                    name,
                    members.stream().map(this::facts).toList(),
                    answers,
                    answers.isEmpty() ? unsatisfied(members) : List.of()));
        });
        return modules;
    }

    private ModuleFacts.BundleFacts facts(Bundle b) {
        return new ModuleFacts.BundleFacts(
                b.getSymbolicName(),
                b.getVersion().toString(),
                state(b.getState()),
                header(b, Constants.FRAGMENT_HOST) != null,
                header(b, Schema.MIGRATIONS_HEADER) != null,
                schemas.get(b.getSymbolicName()));
    }

    /** A check must not break the health report, whatever it does. */
    private static ModuleFacts.CheckResult ask(ReadinessCheck check) {
        String name;
        try {
            name = check.name();
        } catch (RuntimeException e) {
            name = check.getClass().getSimpleName();
        }
        try {
            Readiness r = check.check();
            return new ModuleFacts.CheckResult(name, r.ready(), r.detail());
        } catch (RuntimeException e) {
            LOG.warn("Readiness check '{}' failed", name, e);
            return new ModuleFacts.CheckResult(
                    name, false, "the check failed: " + e.getClass().getSimpleName());
        }
    }

    /** Why the components of these bundles that cannot activate do not, causes first (see {@link Stalled}). */
    private List<String> unsatisfied(List<Bundle> bundles) {
        ServiceComponentRuntime runtime = scr;
        if (runtime == null) {
            return List.of();
        }
        List<Stalled> stalled = new ArrayList<>();
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs(bundles.toArray(Bundle[]::new))) {
            String name = simple(d.name);
            Set<String> provides = new HashSet<>();
            for (String i : d.serviceInterfaces == null ? new String[0] : d.serviceInterfaces) {
                provides.add(simple(i));
            }
            if (!runtime.isComponentEnabled(d)) {
                stalled.add(new Stalled(name, provides, Set.of(), "disabled"));
                continue;
            }
            for (ComponentConfigurationDTO c : runtime.getComponentConfigurationDTOs(d)) {
                switch (c.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                        Set<String> missing = new HashSet<>();
                        for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                            missing.add(interfaceOf(d, u.name));
                        }
                        stalled.add(new Stalled(name, provides, missing, null));
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> stalled.add(
                            new Stalled(name, provides, Set.of(), "waiting for its configuration"));
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> stalled.add(
                            new Stalled(name, provides, Set.of(), "failed to activate: " + firstLine(c.failure)));
                    default -> {
                        // active or satisfied
                    }
                }
            }
        }
        return Stalled.explain(stalled);
    }

    /** The interface a reference wants: its name is often a generated one ({@code $000}) for constructors. */
    private static String interfaceOf(ComponentDescriptionDTO d, String referenceName) {
        for (ReferenceDTO r : d.references) {
            if (r.name.equals(referenceName)) {
                return simple(r.interfaceName);
            }
        }
        return referenceName;
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String firstLine(String failure) {
        if (failure == null) {
            return "see data/log/karaf.log";
        }
        int nl = failure.indexOf('\n');
        return (nl < 0 ? failure : failure.substring(0, nl)).strip();
    }

    private static String module(Bundle b) {
        if (b == null) {
            return null;
        }
        String module = header(b, ReadinessCheck.MODULE_HEADER);
        return module == null || module.isBlank() ? null : module.strip();
    }

    /** A raw (not localised) manifest header, or null. */
    private static String header(Bundle b, String name) {
        return b.getHeaders("").get(name);
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
