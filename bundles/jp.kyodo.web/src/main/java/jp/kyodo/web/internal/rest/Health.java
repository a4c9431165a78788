package jp.kyodo.web.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.web.internal.ModuleCatalog;
import jp.kyodo.web.internal.PlatformServices;
import jp.kyodo.web.internal.health.ModuleFacts;
import jp.kyodo.web.internal.health.ModuleTracker;

/**
 * What {@code /api/v1/health} and {@code /api/v1/health/ready} report: the platform's own services,
 * every installed Kyodo module with its bundles and readiness checks, and the installed features.
 * Ready means every check listed is {@code UP}: nothing is reported down while the whole says ready.
 */
public final class Health {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    /**
     * @param status {@code UP} while the server answers
     * @param ready whether every check below is {@code UP}
     * @param checks the platform's services, and {@code modules}: whether every module is ready
     * @param modules every installed Kyodo module (bundles with a {@code Kyodo-Module} header), by name
     * @param features the installed Kyodo features (kyodo-*) with their versions
     */
    public record Report(
            String status,
            boolean ready,
            Map<String, String> checks,
            List<ModuleReport> modules,
            List<FeatureVersion> features) {}

    /**
     * One module.
     *
     * @param ready whether every bundle is active and every check {@code UP}
     */
    public record ModuleReport(String name, boolean ready, List<BundleReport> bundles, List<CheckReport> checks) {}

    /** A bundle of a module and its OSGi state. */
    public record BundleReport(String symbolicName, String version, String state) {}

    /** A check of a module: {@code UP} or {@code DOWN}, with an explanation for operators. */
    public record CheckReport(String name, String status, String detail) {}

    /** An installed feature. */
    public record FeatureVersion(String name, String version) {}

    private final PlatformServices platform;

    public Health(PlatformServices platform) {
        this.platform = platform;
    }

    public Report report() {
        Optional<ModuleTracker> tracker = platform.installedModules();
        return report(
                platform.authenticator().isPresent(),
                platform.auditLog().isPresent(),
                platform.loginThrottle().isPresent(),
                platform.modules(),
                tracker.map(ModuleTracker::modules));
    }

    /**
     * The report from what is known.
     *
     * @param modules the installed modules; empty when they cannot be known (then not ready)
     */
    static Report report(
            boolean authenticator,
            boolean auditLog,
            boolean loginThrottle,
            Optional<ModuleCatalog> catalog,
            Optional<List<ModuleFacts>> modules) {
        List<ModuleReport> judged =
                modules.map(list -> list.stream().map(Health::judge).toList()).orElse(List.of());
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("authenticator", upDown(authenticator));
        checks.put("auditLog", upDown(auditLog));
        checks.put("loginThrottle", upDown(loginThrottle));
        checks.put("moduleCatalog", upDown(catalog.isPresent()));
        checks.put("modules", upDown(modules.isPresent() && judged.stream().allMatch(ModuleReport::ready)));
        boolean ready = checks.values().stream().allMatch(UP::equals);
        List<FeatureVersion> features = catalog.map(c -> c.modules().stream()
                        .filter(ModuleCatalog.Module::installed)
                        .map(m -> new FeatureVersion(m.name(), m.version()))
                        .toList())
                .orElse(List.of());
        return new Report(UP, ready, checks, judged, features);
    }

    /**
     * A module is ready when each of its bundles is active (a fragment: resolved), the schema of each
     * bundle with migrations is migrated, at least one readiness check is registered, and every check
     * is ready. Missing checks mean a component that should register one never activated.
     */
    static ModuleReport judge(ModuleFacts m) {
        List<BundleReport> bundles = new ArrayList<>();
        List<CheckReport> checks = new ArrayList<>();
        boolean bundlesUp = true;
        for (ModuleFacts.BundleFacts b : m.bundles()) {
            bundles.add(new BundleReport(b.symbolicName(), b.version(), b.state()));
            bundlesUp &= b.fragment() ? !"INSTALLED".equals(b.state()) : "ACTIVE".equals(b.state());
            if (b.migrations()) {
                checks.add(
                        b.schemaVersion() != null
                                ? new CheckReport(schemaCheck(m, b), UP, "V" + b.schemaVersion())
                                : new CheckReport(
                                        schemaCheck(m, b),
                                        DOWN,
                                        "migrations of " + b.symbolicName()
                                                + " not applied yet (or failed: see data/log/karaf.log)"));
            }
        }
        for (ModuleFacts.CheckResult c : m.checks()) {
            checks.add(new CheckReport(c.name(), upDown(c.ready()), c.detail()));
        }
        if (m.checks().isEmpty()) {
            String why = m.unsatisfied().isEmpty()
                    ? ""
                    : "; components that cannot start: " + String.join(", ", m.unsatisfied());
            checks.add(new CheckReport("checks", DOWN, "no readiness check registered" + why));
        }
        boolean ready = bundlesUp && checks.stream().allMatch(c -> UP.equals(c.status()));
        return new ModuleReport(m.name(), ready, bundles, checks);
    }

    /** {@code schema}, or {@code schema:<bundle>} in the rare module with two migrated bundles. */
    private static String schemaCheck(ModuleFacts m, ModuleFacts.BundleFacts b) {
        long migrated =
                m.bundles().stream().filter(ModuleFacts.BundleFacts::migrations).count();
        return migrated > 1 ? "schema:" + b.symbolicName() : "schema";
    }

    private static String upDown(boolean up) {
        return up ? UP : DOWN;
    }
}
