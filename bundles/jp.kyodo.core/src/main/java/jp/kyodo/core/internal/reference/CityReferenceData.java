package jp.kyodo.core.internal.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.municipality.MunicipalityDirectory;
import jp.kyodo.core.municipality.SnapshotMunicipalityDirectory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the city's reference data as services other bundles use: {@link AreaHierarchy} ("is X
 * inside Y"), {@link ActivityFieldTaxonomy} and {@link MunicipalityDirectory}, read from etc/ (see
 * {@link CityFiles}). A file with errors is reported in the log with its rows and its service is not
 * registered, so the modules that need it visibly wait instead of working on wrong data. Edit the
 * file and restart the core bundle ({@code bundle:restart jp.kyodo.core}) to reload it.
 */
@Component(
        immediate = true,
        service = {})
public final class CityReferenceData {

    private static final Logger LOG = LoggerFactory.getLogger(CityReferenceData.class);

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public CityReferenceData(BundleContext context) {
        CityFiles files = new CityFiles(Path.of(System.getProperty("karaf.etc", "etc")));
        publish(context, AreaHierarchy.class, files.areas(), "areas");
        publish(context, ActivityFieldTaxonomy.class, files.activityFields(), "activity fields");
        CityFiles.Loaded<List<jp.kyodo.core.municipality.Municipality>> municipalities = files.municipalities();
        publish(
                context,
                MunicipalityDirectory.class,
                new CityFiles.Loaded<>(
                        municipalities.value().map(SnapshotMunicipalityDirectory::new),
                        municipalities.source(),
                        municipalities.errors()),
                "municipalities");
    }

    private <T> void publish(BundleContext context, Class<T> type, CityFiles.Loaded<? extends T> loaded, String what) {
        if (loaded.value().isEmpty()) {
            LOG.error(
                    "The city's {} in {} have errors; the {} service is not available until they are fixed: {}",
                    what,
                    loaded.source(),
                    type.getSimpleName(),
                    loaded.errors());
            return;
        }
        registrations.add(context.registerService(type, loaded.value().get(), null));
        LOG.info("City {} loaded from {}", what, loaded.source());
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
