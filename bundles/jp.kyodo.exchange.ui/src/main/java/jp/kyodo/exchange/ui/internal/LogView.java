package jp.kyodo.exchange.ui.internal;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.exchange.Direction;
import jp.kyodo.exchange.LogEntry;
import jp.kyodo.exchange.LogQuery;
import jp.kyodo.exchange.Outcome;
import jp.kyodo.exchange.Peer;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.SearchList;
import jp.kyodo.web.Ui;

/**
 * 送受信ログ: every message in and out, newest first, by neighbour, direction and outcome, with the reason of a
 * refusal and the message's digest to match it with the other city's log; the CSV for an audit.
 */
final class LogView extends SearchList<LogQuery, LogEntry> {

    private static final long serialVersionUID = 1L;

    private final transient ExchangeServices services;
    private final transient Texts texts;
    private final ComboBox<Peer> peer = new ComboBox<>();
    private final ComboBox<Direction> direction;
    private final ComboBox<Outcome> outcome;

    LogView(ExchangeServices services) {
        super("exchange-log");
        this.services = services;
        this.texts = new Texts(this);
        peer.setLabel(t("exchange.received.peer"));
        peer.setItemLabelGenerator(p -> texts.peer(p.name(), p.municipalityCode()));
        peer.setClearButtonVisible(true);
        peer.setId("exchange-log-peer");
        try {
            peer.setItems(services.peers().peers());
        } catch (DomainException e) {
            Ui.error(e.message(getLocale()));
        }
        direction =
                FormFields.filter(t("exchange.col.direction"), Direction.class, texts::of, "exchange-log-direction");
        outcome = FormFields.filter(t("exchange.col.outcome"), Outcome.class, texts::of, "exchange-log-outcome");
        peer.addValueChangeListener(e -> refresh());
        direction.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        layout(t("exchange.log.title"), "", List.of(), List.of(peer, direction, outcome));
        // the log has no text to search: its filters are the choices
        search.setVisible(false);
    }

    @Override
    protected LogQuery currentQuery() {
        return new LogQuery(
                peer.getValue() == null ? "" : peer.getValue().municipalityCode(),
                direction.getValue(),
                outcome.getValue());
    }

    @Override
    protected Page<LogEntry> search(LogQuery query, PageRequest page) {
        return services.log().entries(query, page);
    }

    @Override
    protected void columns(Grid<LogEntry> grid) {
        grid.addColumn(e -> texts.when(e.at()))
                .setHeader(t("exchange.col.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> texts.of(e.direction()))
                .setHeader(t("exchange.col.direction"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> texts.peer(e.peerName(), e.peerCode()))
                .setHeader(t("exchange.col.peer"))
                .setTooltipGenerator(LogEntry::address)
                .setAutoWidth(true);
        grid.addColumn(LogEntry::messageId)
                .setHeader(t("exchange.col.messageId"))
                .setTooltipGenerator(LogEntry::messageId)
                .setFlexGrow(1);
        grid.addComponentColumn(e -> texts.badge(e.outcome()))
                .setHeader(t("exchange.col.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> texts.number(e.records()))
                .setHeader(t("exchange.col.records"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> texts.number(e.bytes()))
                .setHeader(t("exchange.col.bytes"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LogEntry::reason)
                .setHeader(t("exchange.col.reason"))
                .setTooltipGenerator(LogEntry::reason)
                .setFlexGrow(2);
        grid.addComponentColumn(e -> {
                    Span digest = new Span(Texts.shortDigest(e));
                    digest.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
                    digest.setTitle(e.digest());
                    return digest;
                })
                .setHeader(t("exchange.col.digest"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** A row has nothing more to show than its columns. */
    @Override
    protected void open(LogEntry item) {}

    @Override
    protected String emptyText() {
        return t("exchange.log.empty");
    }

    @Override
    protected CsvTable<LogEntry> csv() {
        return new CsvTable<LogEntry>()
                .value(t("exchange.col.at"), e -> texts.when(e.at()))
                .value(t("exchange.col.direction"), e -> texts.of(e.direction()))
                .value(t("exchange.col.code"), LogEntry::peerCode)
                .text(t("exchange.col.peer"), LogEntry::peerName)
                .text(t("exchange.col.address"), LogEntry::address)
                .text(t("exchange.col.messageId"), LogEntry::messageId)
                .value(t("exchange.col.outcome"), e -> texts.of(e.outcome()))
                .value(t("exchange.col.records"), e -> Integer.toString(e.records()))
                .value(t("exchange.col.bytes"), e -> Long.toString(e.bytes()))
                .text(t("exchange.col.reason"), LogEntry::reason)
                .value(t("exchange.col.digest"), LogEntry::digest);
    }

    @Override
    protected String exportName() {
        return t("exchange.log.exportName");
    }
}
