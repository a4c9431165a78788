package jp.kyodo.exchange.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import jp.kyodo.exchange.Peer;
import jp.kyodo.web.DashboardCard;
import jp.kyodo.web.DashboardWidget;
import jp.kyodo.web.Ui;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The exchange module's dashboard cards: how the exchange with each neighbour stands, conflicts to decide. */
public final class Widgets {

    /** Neighbours the card lists; the page has them all. */
    static final int PEERS = 8;

    private Widgets() {}

    /** 連携先の状況: each neighbour's state and when it last acknowledged what we sent. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class PeersWidget extends DashboardCard {

        private final ExchangeServices services;

        @Activate
        public PeersWidget(@Reference ExchangeServices services) {
            super("exchange.widget.peers", 500, Set.of());
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("exchange-peers-widget");
            Texts texts = new Texts(content);
            List<Peer> peers = services.peers().peers();
            if (peers.isEmpty()) {
                content.add(Ui.muted(texts.text("exchange.widget.noPeers")));
                content.add(Ui.link(Routes.PEERS, texts.text("exchange.peers.title")));
                return content;
            }
            Div table = Ui.table();
            for (Peer p : peers.stream().limit(PEERS).toList()) {
                Div label = new Div(new Span(texts.peer(p.name(), p.municipalityCode()) + " "), texts.badge(p.state()));
                Ui.row(table, label, p.lastSentAt() == null ? "—" : texts.dateTime(p.lastSentAt()), p.failures() > 0);
            }
            content.add(Ui.muted(texts.text("exchange.widget.lastSent")), table);
            content.add(Ui.link(Routes.PEERS, texts.text("exchange.peers.title")));
            return content;
        }
    }

    /** 受信の確認待ち: the conflicts waiting for a person; the card says so when there are none. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class ConflictsWidget extends DashboardCard {

        private final ExchangeServices services;

        @Activate
        public ConflictsWidget(@Reference ExchangeServices services) {
            super("exchange.widget.conflicts", 510, Set.of());
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("exchange-conflicts-widget");
            Texts texts = new Texts(content);
            int open = services.inbox().conflicts().size();
            if (open == 0) {
                content.add(Ui.muted(texts.text("exchange.widget.noConflicts")));
                return content;
            }
            Div table = Ui.table();
            Ui.row(table, new Span(texts.text("exchange.widget.open")), texts.number(open), true);
            content.add(table, Ui.link(Routes.RECEIVED, texts.text("exchange.widget.decide")));
            return content;
        }
    }
}
