package jp.kyodo.exchange.ui.internal;

import jp.kyodo.exchange.Inbox;
import jp.kyodo.exchange.MessageLog;
import jp.kyodo.exchange.Peers;
import jp.kyodo.exchange.Sharing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The services the exchange pages, cards, search and REST API call, in one bundle-private service so that each
 * contribution needs a single reference.
 */
@Component(service = ExchangeServices.class)
public final class ExchangeServices {

    private final Peers peers;
    private final Sharing sharing;
    private final Inbox inbox;
    private final MessageLog log;

    @Activate
    public ExchangeServices(
            @Reference Peers peers, @Reference Sharing sharing, @Reference Inbox inbox, @Reference MessageLog log) {
        this.peers = peers;
        this.sharing = sharing;
        this.inbox = inbox;
        this.log = log;
    }

    public Peers peers() {
        return peers;
    }

    public Sharing sharing() {
        return sharing;
    }

    public Inbox inbox() {
        return inbox;
    }

    public MessageLog log() {
        return log;
    }
}
