package jp.kyodo.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Every kyodo feature installs and uninstalls cleanly in the running distribution. This class
 * uses no jp.kyodo type, so uninstalling the base never refreshes the test bundle itself.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FeaturesIT extends KyodoTestSupport {

    private static final EnumSet<FeaturesService.Option> OPTIONS = EnumSet.noneOf(FeaturesService.Option.class);

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
