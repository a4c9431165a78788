package jp.kyodo.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jp.kyodo.web.internal.ModuleCatalog;
import jp.kyodo.web.internal.health.ModuleFacts;
import jp.kyodo.web.internal.health.ModuleFacts.BundleFacts;
import jp.kyodo.web.internal.health.ModuleFacts.CheckResult;
import jp.kyodo.web.internal.rest.Health.CheckReport;
import jp.kyodo.web.internal.rest.Health.ModuleReport;
import jp.kyodo.web.internal.rest.Health.Report;
import org.junit.jupiter.api.Test;

/** Judging readiness from what the framework tells: nothing reported down while the whole says ready. */
class HealthTest {

    private static final BundleFacts REGISTRY = new BundleFacts("jp.kyodo.registry", "0.1.0", "ACTIVE", false, true, 1);
    private static final BundleFacts REGISTRY_UI =
            new BundleFacts("jp.kyodo.registry.ui", "0.1.0", "ACTIVE", false, false, null);
    private static final CheckResult INDEX_BUILT = new CheckResult("searchIndex", true, "built");

    private static final ModuleCatalog CATALOG = new ModuleCatalog() {
        @Override
        public List<Module> modules() {
            return List.of(
                    new Module("kyodo-base", "0.1.0", "", true),
                    new Module("kyodo-registry", "0.1.0", "", true),
                    new Module("kyodo-all", "0.1.0", "", false));
        }

        @Override
        public void install(String name, String version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void uninstall(String name, String version) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void readyWhenThePlatformAndEveryModuleAre() {
        Report report =
                report(true, List.of(registry(List.of(REGISTRY, REGISTRY_UI), List.of(INDEX_BUILT), List.of())));
        assertTrue(report.ready(), report.toString());
        ModuleReport registry = report.modules().get(0);
        assertEquals("registry", registry.name());
        assertTrue(registry.ready());
        assertEquals(
                List.of(new CheckReport("schema", "UP", "V1"), new CheckReport("searchIndex", "UP", "built")),
                registry.checks());
        assertEquals(
                List.of("jp.kyodo.registry", "jp.kyodo.registry.ui"),
                registry.bundles().stream()
                        .map(Health.BundleReport::symbolicName)
                        .toList());
        assertEquals(
                List.of(
                        new Health.FeatureVersion("kyodo-base", "0.1.0"),
                        new Health.FeatureVersion("kyodo-registry", "0.1.0")),
                report.features(),
                "installed features only");
    }

    /** Seen from outside: {"ready":true} with {"modules":"DOWN"} and no module listed. */
    @Test
    void aCheckReportedDownIsNeverReady() {
        boolean[] values = {true, false};
        for (boolean authenticator : values) {
            for (boolean auditLog : values) {
                for (boolean throttle : values) {
                    for (boolean catalog : values) {
                        for (boolean moduleKnown : values) {
                            Report r = Health.report(
                                    authenticator,
                                    auditLog,
                                    throttle,
                                    catalog ? Optional.of(CATALOG) : Optional.empty(),
                                    moduleKnown
                                            ? Optional.of(List.of(
                                                    registry(List.of(REGISTRY), List.of(INDEX_BUILT), List.of())))
                                            : Optional.empty());
                            assertEquals(r.checks().values().stream().allMatch("UP"::equals), r.ready(), r.toString());
                            assertEquals(authenticator && auditLog && throttle && catalog && moduleKnown, r.ready());
                        }
                    }
                }
            }
        }
    }

    @Test
    void aModuleWhoseCheckIsMissingIsNotReadyAndSaysWhatWaits() {
        BundleFacts notMigrated = new BundleFacts("jp.kyodo.registry", "0.1.0", "ACTIVE", false, true, null);
        Report report = report(
                true,
                List.of(registry(
                        List.of(notMigrated, REGISTRY_UI),
                        List.of(),
                        List.of(
                                "RegistryBackend (waiting for schema)",
                                "SearchIndexReadiness (waiting for backend)"))));
        assertFalse(report.ready());
        assertEquals("DOWN", report.checks().get("modules"));
        ModuleReport registry = report.modules().get(0);
        assertFalse(registry.ready());
        CheckReport schema = registry.checks().get(0);
        assertEquals("schema", schema.name());
        assertEquals("DOWN", schema.status());
        assertTrue(schema.detail().contains("jp.kyodo.registry"), schema.detail());
        CheckReport missing = registry.checks().get(1);
        assertEquals("checks", missing.name());
        assertEquals("DOWN", missing.status());
        assertTrue(missing.detail().startsWith("no readiness check registered"), missing.detail());
        assertTrue(missing.detail().contains("RegistryBackend (waiting for schema)"), missing.detail());
    }

    @Test
    void aModuleWithAllChecksUpButABundleNotActiveIsNotReady() {
        BundleFacts uiUnresolved = new BundleFacts("jp.kyodo.registry.ui", "0.1.0", "INSTALLED", false, false, null);
        ModuleReport m = Health.judge(registry(List.of(REGISTRY, uiUnresolved), List.of(INDEX_BUILT), List.of()));
        assertFalse(m.ready());
        assertEquals("INSTALLED", m.bundles().get(1).state());
        assertTrue(m.checks().stream().allMatch(c -> c.status().equals("UP")), "the bundle state tells why");
    }

    @Test
    void aModuleIsNotReadyWhileACheckIsDown() {
        ModuleReport m = Health.judge(
                registry(List.of(REGISTRY), List.of(new CheckResult("searchIndex", false, "being built")), List.of()));
        assertFalse(m.ready());
        assertEquals(
                new CheckReport("searchIndex", "DOWN", "being built"),
                m.checks().get(1));
    }

    @Test
    void aResolvedFragmentIsAsGoodAsActive() {
        BundleFacts fragment = new BundleFacts("jp.kyodo.registry.texts", "0.1.0", "RESOLVED", true, false, null);
        assertTrue(Health.judge(registry(List.of(REGISTRY, fragment), List.of(INDEX_BUILT), List.of()))
                .ready());
        BundleFacts unresolved = new BundleFacts("jp.kyodo.registry.texts", "0.1.0", "INSTALLED", true, false, null);
        assertFalse(Health.judge(registry(List.of(REGISTRY, unresolved), List.of(INDEX_BUILT), List.of()))
                .ready());
    }

    @Test
    void noModuleInstalledIsReadyWhenThePlatformIs() {
        Report report = report(true, List.of());
        assertTrue(report.ready());
        assertTrue(report.modules().isEmpty());
    }

    private static Report report(boolean platformUp, List<ModuleFacts> modules) {
        return Health.report(platformUp, platformUp, platformUp, Optional.of(CATALOG), Optional.of(modules));
    }

    private static ModuleFacts registry(List<BundleFacts> bundles, List<CheckResult> checks, List<String> unsatisfied) {
        return new ModuleFacts("registry", bundles, checks, unsatisfied);
    }
}
