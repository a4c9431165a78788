package jp.kyodo.registry.internal;

import jp.kyodo.core.health.Readiness;
import jp.kyodo.core.health.ReadinessCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registry is ready once its search index is built: before that, searches scan the table, too
 * slowly for a city's data. Registered only while the backend runs, so a registry whose schema or
 * database is missing has no check at all and is reported not ready.
 */
@Component(service = ReadinessCheck.class)
public final class SearchIndexReadiness implements ReadinessCheck {

    private final RegistryBackend backend;

    @Activate
    public SearchIndexReadiness(@Reference RegistryBackend backend) {
        this.backend = backend;
    }

    @Override
    public String name() {
        return "searchIndex";
    }

    @Override
    public Readiness check() {
        return backend.indexReady() ? Readiness.ready("built") : Readiness.notReady("being built");
    }
}
