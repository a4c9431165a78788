package jp.kyodo.matching.internal;

import jp.kyodo.core.health.Readiness;
import jp.kyodo.core.health.ReadinessCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Matching is ready once its candidate index is built: until then the matcher refuses to rank.
 * Registered only while the index component runs, so a matching module whose schema or backend is
 * missing has no check at all and is reported not ready.
 */
@Component(service = ReadinessCheck.class)
public final class IndexReadiness implements ReadinessCheck {

    private final MatchingIndex index;

    @Activate
    public IndexReadiness(@Reference MatchingIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "candidateIndex";
    }

    @Override
    public Readiness check() {
        return index.ready() ? Readiness.ready("built") : Readiness.notReady("being built");
    }
}
