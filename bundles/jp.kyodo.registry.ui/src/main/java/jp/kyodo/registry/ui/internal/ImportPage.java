package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSVインポート for coordinators. Owns the threads imports run in (two at a time; more wait), so that
 * stopping the bundle stops them too.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ImportPage extends RegistryPage {

    private static final Logger LOG = LoggerFactory.getLogger(ImportPage.class);

    private final ExecutorService executor;

    @Activate
    public ImportPage(@Reference RegistryServices services) {
        super(services);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "kyodo-registry-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(2, threads);
    }

    @Deactivate
    void deactivate() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Registry imports still running after 30 s; interrupting them");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String route() {
        return Routes.IMPORT;
    }

    @Override
    public String titleKey() {
        return "registry.import.title";
    }

    @Override
    public String icon() {
        return "vaadin:upload";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Set<Role> requiredRoles() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public Component createView() {
        return new ImportView(services, executor);
    }
}
