package jp.kyodo.exchange.ui.internal;

import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The exchange module's pages, one DS component each. Neighbours, shared and received records are open to every
 * signed-in user (the pages offer changes only to the roles the services allow); the message log needs staff, as
 * the service requires.
 */
public final class Pages {

    private static final Set<Role> EVERYONE = Set.of();

    private Pages() {}

    @Component(service = ViewContribution.class)
    public static final class PeersPage extends ExchangePage {
        @Activate
        public PeersPage(@Reference ExchangeServices s) {
            super(Routes.PEERS, "exchange.peers.title", "vaadin:connect", 100, EVERYONE, () -> new PeersView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class SharedPage extends ExchangePage {
        @Activate
        public SharedPage(@Reference ExchangeServices s) {
            super(Routes.SHARED, "exchange.shared.title", "vaadin:upload-alt", 110, EVERYONE, () -> new SharedView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ReceivedPage extends ExchangePage {
        @Activate
        public ReceivedPage(@Reference ExchangeServices s) {
            super(
                    Routes.RECEIVED,
                    "exchange.received.title",
                    "vaadin:download-alt",
                    120,
                    EVERYONE,
                    () -> new ReceivedView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class LogPage extends ExchangePage {
        @Activate
        public LogPage(@Reference ExchangeServices s) {
            super(Routes.LOG, "exchange.log.title", "vaadin:exchange", 130, Set.of(Role.STAFF), () -> new LogView(s));
        }
    }
}
