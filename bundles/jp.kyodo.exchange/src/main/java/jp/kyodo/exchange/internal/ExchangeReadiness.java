package jp.kyodo.exchange.internal;

import jp.kyodo.core.health.Readiness;
import jp.kyodo.core.health.ReadinessCheck;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.Inbox;
import jp.kyodo.exchange.MessageLog;
import jp.kyodo.exchange.Sharing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Exchange is ready once its services and outbox run (schema migrated, key readable). Ready also before the city's
 * code is set, or on a node whose key is not the city's — the detail says so (such a node neither sends nor accepts
 * messages, and its other modules must stay in service).
 */
@Component(service = ReadinessCheck.class)
public final class ExchangeReadiness implements ReadinessCheck {

    private final PeerService peers;

    @Activate
    public ExchangeReadiness(
            @Reference PeerService peers,
            @Reference Sharing sharing,
            @Reference Inbox inbox,
            @Reference MessageLog log,
            @Reference Outbox outbox) {
        this.peers = peers;
    }

    @Override
    public String name() {
        return "services";
    }

    @Override
    public Readiness check() {
        Identity us = peers.identityNow();
        if (!us.configured()) {
            return Readiness.ready("running; this city's municipality code is not set (nothing sent or accepted)");
        }
        if (!peers.holdsCityKey()) {
            return Readiness.ready(
                    "running; this node's signing key is not the city's: copy etc/kyodo-exchange from the"
                            + " first node (nothing sent or accepted here)");
        }
        return Readiness.ready(
                "running as " + us.municipalityCode() + " " + us.municipalityName() + ", key " + us.keyId());
    }
}
