package jp.kyodo.web.internal.karaf;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jp.kyodo.web.internal.ModuleCatalog;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ModuleCatalog} on Karaf's features service: the modules are the features named kyodo-*. */
@Component(service = ModuleCatalog.class)
public final class KarafModuleCatalog implements ModuleCatalog {

    static final String PREFIX = "kyodo-";

    private static final Logger LOG = LoggerFactory.getLogger(KarafModuleCatalog.class);

    private final FeaturesService features;

    @Activate
    public KarafModuleCatalog(@Reference FeaturesService features) {
        this.features = features;
    }

    @Override
    public List<Module> modules() {
        try {
            return Arrays.stream(features.listFeatures())
                    .filter(f -> f.getName().startsWith(PREFIX))
                    .map(this::toModule)
                    .sorted(Comparator.comparing(Module::name).thenComparing(Module::version))
                    .toList();
        } catch (Exception e) {
            LOG.warn("Cannot list the Kyodo features", e);
            return List.of();
        }
    }

    private Module toModule(Feature f) {
        String description = f.getDescription() == null ? "" : f.getDescription();
        return new Module(f.getName(), f.getVersion(), description, features.isInstalled(f));
    }

    @Override
    public void install(String name, String version) throws Exception {
        requireKyodo(name);
        features.installFeature(name, version);
    }

    @Override
    public void uninstall(String name, String version) throws Exception {
        requireKyodo(name);
        features.uninstallFeature(name, version);
    }

    private static void requireKyodo(String name) {
        if (!name.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a Kyodo module: " + name);
        }
    }
}
