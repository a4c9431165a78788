package jp.kyodo.core.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import javax.sql.DataSource;
import jp.kyodo.core.persistence.Schema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extender: applies the migrations of every bundle with a {@value Schema#MIGRATIONS_HEADER} header
 * when it starts, then registers its {@link Schema} service in that bundle's name (so the service
 * goes when the bundle stops). See {@link jp.kyodo.core.persistence}.
 */
@Component(
        immediate = true,
        service = {})
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final MigrationRunner runner;
    private final BundleTracker<ServiceRegistration<Schema>> tracker;

    @Activate
    public SchemaMigrator(
            BundleContext context, @Reference(target = "(osgi.jndi.service.name=kyodo)") DataSource dataSource) {
        this.runner = new MigrationRunner(dataSource, Clock.systemUTC());
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public ServiceRegistration<Schema> addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders("").get(Schema.MIGRATIONS_HEADER);
                return folder == null ? null : migrate(bundle, folder.strip());
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<Schema> registration) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework unregisters a stopped bundle's services itself
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private ServiceRegistration<Schema> migrate(Bundle bundle, String folder) {
        String owner = bundle.getSymbolicName();
        try {
            int version = runner.migrate(owner, readMigrations(bundle, folder));
            BundleContext ctx = bundle.getBundleContext();
            if (ctx == null) {
                return null;
            }
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(Schema.OWNER, owner);
            props.put(Schema.VERSION, version);
            LOG.debug("Schema of {} is at V{}", owner, version);
            return ctx.registerService(Schema.class, new BundleSchema(owner, version), props);
        } catch (MigrationException e) {
            LOG.error(
                    "The database schema of {} could not be migrated; its services stay unavailable: {}",
                    owner,
                    e.getMessage(),
                    e);
            return null;
        } catch (RuntimeException | IOException e) {
            LOG.error("Cannot read the migrations of {} from {}", owner, folder, e);
            return null;
        }
    }

    /** The migration files of a bundle with a {@value Schema#MIGRATIONS_HEADER} header; empty for any other. */
    public static List<Migration> migrationsOf(Bundle bundle) throws IOException {
        String folder = bundle.getHeaders("").get(Schema.MIGRATIONS_HEADER);
        return folder == null ? List.of() : readMigrations(bundle, folder.strip());
    }

    private static List<Migration> readMigrations(Bundle bundle, String folder) throws IOException {
        List<Migration> result = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = url.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Migration.fromFile(fileName, sql)
                        .ifPresentOrElse(
                                result::add,
                                () -> LOG.warn(
                                        "Ignoring {} in {} of {}: not named V<n>__<description>.sql",
                                        fileName,
                                        folder,
                                        bundle.getSymbolicName()));
            }
        }
        return result;
    }

    private record BundleSchema(String owner, int version) implements Schema {}
}
