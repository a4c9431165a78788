package jp.kyodo.funding.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyodo.core.health.Readiness;
import jp.kyodo.core.health.ReadinessCheck;
import jp.kyodo.funding.Funds;
import jp.kyodo.funding.GrantApplications;
import jp.kyodo.funding.GrantProgrammes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Funding is ready once its services run — which needs its schema migrated and its persistence unit up.
 * Registered only while they run, so a funding module missing any of them has no check and is reported not
 * ready. A missing receipt font leaves the module ready (only receipts fail) but is named in the detail.
 */
@Component(service = ReadinessCheck.class)
public final class FundingReadiness implements ReadinessCheck {

    private final FundingBackend backend;

    @Activate
    public FundingReadiness(
            @Reference FundingBackend backend,
            @Reference GrantProgrammes programmes,
            @Reference GrantApplications applications,
            @Reference Funds funds) {
        this.backend = backend;
    }

    @Override
    public String name() {
        return "services";
    }

    @Override
    public Readiness check() {
        String font = backend.config().receiptFont();
        return Readiness.ready(
                Files.isReadable(Path.of(font))
                        ? "programmes, applications and funds running"
                        : "running; receipt font " + font + " missing");
    }
}
