package jp.kyodo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Every kyodo feature installs and uninstalls cleanly in the running distribution. This class
 * uses no jp.kyodo type, so uninstalling the base never refreshes the test bundle itself.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
// by name, so the web update comes last: refreshing the web bundle also refreshes this test's probe (it
// wires dynamically to packages the web bundle exports), and the probe's context is gone afterwards
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FeaturesIT extends KyodoTestSupport {

    private static final EnumSet<FeaturesService.Option> OPTIONS = EnumSet.noneOf(FeaturesService.Option.class);
    private static final String READY = "/api/v1/health/ready";

    @Inject
    private FeaturesService features;

    @Test
    public void everyOptionalKyodoFeatureInstallsAndUninstalls() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Feature f : kyodoFeatures()) {
            if (features.isInstalled(f)) {
                continue;
            }
            features.installFeature(f, OPTIONS);
            assertTrue(f.getName() + " installed", features.isInstalled(f));
            assertTrue(
                    "after installing " + f.getName() + ": " + join(inactiveKyodoBundles()),
                    inactiveKyodoBundles().isEmpty());
            features.uninstallFeature(f.getName(), f.getVersion(), OPTIONS);
            assertFalse(f.getName() + " uninstalled", features.isInstalled(f));
            checked.add(f.getName());
        }
        assertTrue("kyodo-all was checked: " + checked, checked.contains("kyodo-all"));
        assertTrue("kyodo-training was checked alone: " + checked, checked.contains("kyodo-training"));
        assertTrue("kyodo-exchange was checked alone: " + checked, checked.contains("kyodo-exchange"));
        assertNotNull("the base stays after optional features go", bundle("jp.kyodo.core"));
    }

    /**
     * An operator can take the booted Kyodo features out and put them back; their services come
     * back. (kyodo-registry needs kyodo-web, which needs kyodo-base, so all three go.)
     */
    @Test
    public void bootFeaturesUninstallAndReinstall() throws Exception {
        Feature registry = features.getFeature("kyodo-registry");
        Feature web = features.getFeature("kyodo-web");
        Feature base = features.getFeature("kyodo-base");
        assertNotNull(registry);
        assertNotNull(web);
        assertNotNull(base);
        features.uninstallFeature(registry.getName(), registry.getVersion(), OPTIONS);
        features.uninstallFeature(web.getName(), web.getVersion(), OPTIONS);
        features.uninstallFeature(base.getName(), base.getVersion(), OPTIONS);
        assertNull("registry bundle removed", bundle("jp.kyodo.registry"));
        assertNull("web bundle removed", bundle("jp.kyodo.web"));
        assertNull("core bundle removed", bundle("jp.kyodo.core"));

        features.installFeature(registry, OPTIONS);
        assertTrue("kyodo-registry brings kyodo-web back", features.isInstalled(web));
        assertTrue("…and kyodo-base", features.isInstalled(base));
        // installed in their own right again, as at boot: taking the registry out later leaves them
        features.installFeature(web, OPTIONS);
        features.installFeature(base, OPTIONS);
        assertNotNull(bundle("jp.kyodo.core"));
        assertNotNull(bundle("jp.kyodo.web"));
        assertNotNull(bundle("jp.kyodo.registry.ui"));
        ServiceTracker<Object, Object> directory =
                new ServiceTracker<>(bundleContext, "jp.kyodo.registry.PartnerDirectory", null);
        directory.open();
        try {
            assertNotNull("the registry's search is back", directory.waitForService(TimeUnit.SECONDS.toMillis(30)));
        } finally {
            directory.close();
        }
        // by name: the test bundle must not wire to the core, or uninstalling it would refresh the test
        ServiceTracker<Object, Object> audit =
                new ServiceTracker<>(bundleContext, "jp.kyodo.core.audit.AuditLog", null);
        audit.open();
        try {
            assertNotNull("AuditLog back after reinstall", audit.waitForService(TimeUnit.SECONDS.toMillis(30)));
        } finally {
            audit.close();
        }
        ServiceReference<?>[] refs = bundleContext.getServiceReferences(
                "jp.kyodo.core.persistence.Schema", "(kyodo.schema.owner=jp.kyodo.core)");
        assertNotNull("schema service re-registered", refs);
        assertTrue(
                "after reinstall: " + join(inactiveKyodoBundles()),
                inactiveKyodoBundles().isEmpty());
    }

    /**
     * A domain never needs the web runtime: updating and refreshing the web bundle (what an upgrade of
     * kyodo-web does) restarts the web-facing bundles, but the registry keeps its services registered the
     * whole time and does not rebuild its search index.
     */
    @Test
    public void updatingTheWebBundleLeavesTheRegistryRunning() throws Exception {
        Feature registry = features.getFeature("kyodo-registry");
        if (!features.isInstalled(registry)) {
            features.installFeature(registry, OPTIONS);
        }
        Bundle domain = bundle("jp.kyodo.registry");
        Bundle web = bundle("jp.kyodo.web");
        assertNotNull(domain);
        assertNotNull(web);
        awaitService("jp.kyodo.registry.PartnerDirectory", null);
        awaitService("java.lang.Object", "(kyodo.rest.path=registry)");
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long deadline = System.currentTimeMillis() + 30_000;
        while (indexBuilds(log) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        long builds = indexBuilds(log);
        assertTrue("the registry built its index at start", builds > 0);
        long registryServices = servicesOf(domain).size();
        assertTrue("the registry's services are registered", registryServices >= 4);

        List<String> unregistered = new CopyOnWriteArrayList<>();
        ServiceListener watch = e -> {
            if (e.getType() == ServiceEvent.UNREGISTERING
                    && e.getServiceReference().getBundle() != null
                    && e.getServiceReference().getBundle().getBundleId() == domain.getBundleId()) {
                unregistered.add(String.valueOf(e.getServiceReference().getProperty("objectClass")));
            }
        };
        bundleContext.addServiceListener(watch);
        try {
            web.update();
            CountDownLatch refreshed = new CountDownLatch(1);
            bundleContext
                    .getBundle(0)
                    .adapt(FrameworkWiring.class)
                    .refreshBundles(List.of(web), e -> refreshed.countDown());
            assertTrue("refresh finished", refreshed.await(2, TimeUnit.MINUTES));
            // the web-facing bundle came back with the new web revision: its REST resource is served again
            awaitService("java.lang.Object", "(kyodo.rest.path=registry)");
        } finally {
            bundleContext.removeServiceListener(watch);
        }
        assertEquals("no registry service went away", List.of(), unregistered);
        assertEquals(Bundle.ACTIVE, domain.getState());
        assertEquals(registryServices, servicesOf(domain).size());
        assertEquals("the search index was not rebuilt", builds, indexBuilds(log));
        assertTrue(
                "after the update: " + join(inactiveKyodoBundles()),
                inactiveKyodoBundles().isEmpty());
    }

    private static long indexBuilds(Path log) throws Exception {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("Registry search index:")).count();
        }
    }

    private static List<ServiceReference<?>> servicesOf(Bundle b) {
        ServiceReference<?>[] refs = b.getRegisteredServices();
        return refs == null ? List.of() : List.of(refs);
    }

    private void awaitService(String objectClass, String filter) throws Exception {
        String f = filter == null
                ? "(objectClass=" + objectClass + ")"
                : "(&(objectClass=" + objectClass + ")" + filter + ")";
        ServiceTracker<Object, Object> tracker =
                new ServiceTracker<>(bundleContext, FrameworkUtil.createFilter(f), null);
        tracker.open(true);
        try {
            assertNotNull(f + " registered", tracker.waitForService(TimeUnit.SECONDS.toMillis(60)));
        } finally {
            tracker.close();
        }
    }

    /**
     * {@code /api/v1/health/ready} lists the registry as a ready module (schema migrated, search index
     * built); uninstalling kyodo-registry takes it off the list while the platform stays ready, and
     * reinstalling brings it back, ready again.
     */
    @Test
    public void healthListsTheRegistryModuleExactlyWhileItIsInstalled() throws Exception {
        String registryReady = "\"name\":\"registry\",\"ready\":true";
        HttpAnswer ready = awaitHttp(READY, null, a -> a.status() == 200, 120);
        assertTrue(ready.body(), ready.body().contains(registryReady));
        assertTrue(ready.body(), ready.body().contains("\"name\":\"schema\",\"status\":\"UP\""));
        assertTrue(ready.body(), ready.body().contains("\"name\":\"searchIndex\",\"status\":\"UP\""));
        assertTrue(ready.body(), ready.body().contains("\"symbolicName\":\"jp.kyodo.registry.ui\""));

        Feature registry = features.getFeature("kyodo-registry");
        features.uninstallFeature(registry.getName(), registry.getVersion(), OPTIONS);
        try {
            HttpAnswer without =
                    awaitHttp(READY, null, a -> a.status() == 200 && !a.body().contains("\"name\":\"registry\""), 60);
            assertTrue(without.body(), without.body().contains("\"modules\":[]"));
        } finally {
            features.installFeature(registry, OPTIONS);
        }
        HttpAnswer back =
                awaitHttp(READY, null, a -> a.status() == 200 && a.body().contains(registryReady), 120);
        assertTrue(back.body(), back.body().contains("\"ready\":true"));
    }

    private List<Feature> kyodoFeatures() throws Exception {
        List<Feature> result = new ArrayList<>();
        for (Feature f : features.listFeatures()) {
            if (f.getName().startsWith("kyodo-")) {
                result.add(f);
            }
        }
        return result;
    }
}
