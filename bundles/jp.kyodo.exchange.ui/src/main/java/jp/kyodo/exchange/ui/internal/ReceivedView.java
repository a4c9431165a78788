package jp.kyodo.exchange.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.exchange.Conflict;
import jp.kyodo.exchange.Peer;
import jp.kyodo.exchange.ReceivedQuery;
import jp.kyodo.exchange.ReceivedRecord;
import jp.kyodo.exchange.ReceivedStatus;
import jp.kyodo.exchange.Resolution;
import jp.kyodo.exchange.ShareableKind;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.SearchList;
import jp.kyodo.web.Ui;

/**
 * 受信した記録: what the neighbours sent, newest first, with where each came from and how it stands, filtered by
 * neighbour, kind, status and title. The conflicts waiting for a decision come first: staff take the neighbour's
 * version or keep the local edit, each after a confirmation.
 */
final class ReceivedView extends SearchList<ReceivedQuery, ReceivedRecord> implements AfterNavigationObserver {

    /** The query parameter of a title to search for (the global search's hits). */
    static final String TEXT = "q";

    private static final long serialVersionUID = 1L;

    private final transient ExchangeServices services;
    private final transient Texts texts;
    private final boolean staff = Permissions.hasRole(Role.STAFF);
    private final Map<String, String> kindTitles = new LinkedHashMap<>();
    private final ComboBox<Peer> peer = new ComboBox<>();
    private final ComboBox<ShareableKind> kind = new ComboBox<>();
    private final ComboBox<ReceivedStatus> status;
    private final Div conflicts = new Div();

    ReceivedView(ExchangeServices services) {
        super("exchange-received");
        this.services = services;
        this.texts = new Texts(this);
        peer.setLabel(t("exchange.received.peer"));
        peer.setItemLabelGenerator(p -> texts.peer(p.name(), p.municipalityCode()));
        peer.setClearButtonVisible(true);
        peer.setId("exchange-received-peer");
        kind.setLabel(t("exchange.shared.kind"));
        kind.setItemLabelGenerator(ShareableKind::title);
        kind.setClearButtonVisible(true);
        kind.setId("exchange-received-kind");
        try {
            peer.setItems(services.peers().peers());
            List<ShareableKind> kinds = services.sharing().kinds(getLocale());
            kinds.forEach(k -> kindTitles.put(k.type(), k.title()));
            kind.setItems(kinds);
        } catch (DomainException e) {
            Ui.error(e.message(getLocale()));
        }
        status =
                FormFields.filter(t("exchange.col.state"), ReceivedStatus.class, texts::of, "exchange-received-status");
        peer.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        conflicts.setId("exchange-conflicts");
        conflicts.setWidthFull();
        layout(t("exchange.received.title"), t("exchange.received.search"), List.of(), List.of(peer, kind, status));
        addComponentAtIndex(1, conflicts);
        drawConflicts();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<String> text =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(TEXT, List.of());
        if (text.size() == 1 && !text.get(0).isBlank()) {
            search.setValue(text.get(0));
        }
    }

    // ---- conflicts -------------------------------------------------------------------------------

    private void drawConflicts() {
        conflicts.removeAll();
        List<Conflict> open;
        try {
            open = services.inbox().conflicts();
        } catch (DomainException e) {
            conflicts.add(Ui.emptyState(e.message(getLocale())));
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        Div list = new Div();
        list.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)");
        for (Conflict c : open) {
            list.add(conflict(c));
        }
        Div card = Ui.card(t("exchange.conflicts.title", open.size()), Ui.muted(t("exchange.conflicts.hint")), list);
        card.getStyle().set("border-color", "var(--lumo-error-color-50pct)");
        conflicts.add(card);
    }

    private Component conflict(Conflict c) {
        Ui.Facts facts = new Ui.Facts()
                .line(
                        t("exchange.conflicts.from"),
                        texts.from(c.peerName(), c.peerCode()) + " · " + kindTitles.getOrDefault(c.type(), c.type())
                                + " · " + texts.when(c.receivedAt()))
                .line(
                        t("exchange.col.title"),
                        c.title().equals(c.localTitle()) || c.localTitle().isEmpty()
                                ? c.title()
                                : c.title() + " ／ " + c.localTitle());
        Div row = new Div(facts);
        if (!c.differences().isEmpty()) {
            row.add(differences(c));
        }
        row.setId("exchange-conflict-" + c.id());
        row.getStyle()
                .set("padding", "var(--lumo-space-s) 0")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)");
        if (staff) {
            Button theirs = new Button(t("exchange.conflicts.takeTheirs"), e -> resolve(c, Resolution.TAKE_THEIRS));
            theirs.addThemeVariants(ButtonVariant.LUMO_SMALL);
            theirs.setId("exchange-conflict-theirs-" + c.id());
            Button ours = new Button(t("exchange.conflicts.keepOurs"), e -> resolve(c, Resolution.KEEP_OURS));
            ours.addThemeVariants(ButtonVariant.LUMO_SMALL);
            ours.setId("exchange-conflict-ours-" + c.id());
            HorizontalLayout buttons = new HorizontalLayout(theirs, ours);
            buttons.getStyle().set("margin-top", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
            row.add(buttons);
        }
        return row;
    }

    /** What differs: each field with the neighbour's value and ours, side by side. */
    private Component differences(Conflict c) {
        Div table = new Div();
        table.setId("exchange-conflict-differences-" + c.id());
        table.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-s) 0")
                .set("font-size", "var(--lumo-font-size-s)");
        table.add(
                header(t("exchange.conflicts.field")),
                header(t("exchange.conflicts.theirsFrom", c.peerName())),
                header(t("exchange.conflicts.oursHere")));
        for (Conflict.Difference d : c.differences()) {
            table.add(new Div(d.field()), value(d.theirs()), value(d.ours()));
        }
        return table;
    }

    private static Div header(String text) {
        Div cell = new Div(text);
        cell.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        return cell;
    }

    private static Div value(String text) {
        Div cell = new Div(text.isEmpty() ? "—" : text);
        cell.getStyle().set("overflow-wrap", "anywhere").set("white-space", "pre-line");
        return cell;
    }

    private void resolve(Conflict c, Resolution resolution) {
        String choice = t(
                resolution == Resolution.TAKE_THEIRS ? "exchange.conflicts.takeTheirs" : "exchange.conflicts.keepOurs");
        Ui.confirm(
                choice,
                t(
                        resolution == Resolution.TAKE_THEIRS
                                ? "exchange.conflicts.takeTheirsText"
                                : "exchange.conflicts.keepOursText",
                        c.localTitle(),
                        c.title(),
                        texts.from(c.peerName(), c.peerCode())),
                choice,
                () -> {
                    if (texts.attempt(() -> services.inbox().resolve(c.id(), resolution))) {
                        Ui.success(t("exchange.conflicts.resolved"));
                    }
                    // decided here or by someone else in the meantime: the list as it stands now
                    drawConflicts();
                    refresh();
                });
    }

    // ---- the received records ----------------------------------------------------------------------

    @Override
    protected ReceivedQuery currentQuery() {
        return new ReceivedQuery(
                peer.getValue() == null ? "" : peer.getValue().municipalityCode(),
                kind.getValue() == null ? "" : kind.getValue().type(),
                status.getValue(),
                search.getValue());
    }

    @Override
    protected Page<ReceivedRecord> search(ReceivedQuery query, PageRequest page) {
        return services.inbox().received(query, page);
    }

    @Override
    protected void columns(Grid<ReceivedRecord> grid) {
        grid.addColumn(r -> texts.when(r.receivedAt()))
                .setHeader(t("exchange.col.receivedAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> texts.from(r.peerName(), r.peerCode()))
                .setHeader(t("exchange.col.provenance"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> kindTitles.getOrDefault(r.type(), r.type()))
                .setHeader(t("exchange.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReceivedRecord::title)
                .setHeader(t("exchange.col.title"))
                .setTooltipGenerator(ReceivedRecord::title)
                .setFlexGrow(3);
        grid.addComponentColumn(r -> texts.badge(r.status()))
                .setHeader(t("exchange.col.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** The record's particulars: the ids on both sides and the neighbour's revision, for a question to them. */
    @Override
    protected void open(ReceivedRecord r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(r.title());
        dialog.setWidth("36rem");
        dialog.add(new Ui.Facts()
                .line(t("exchange.col.provenance"), texts.peer(r.peerName(), r.peerCode()))
                .line(t("exchange.col.kind"), kindTitles.getOrDefault(r.type(), r.type()))
                .line(t("exchange.col.state"), texts.badge(r.status()))
                .line(t("exchange.col.receivedAt"), texts.when(r.receivedAt()))
                .line(t("exchange.received.remoteId"), r.remoteId())
                .line(t("exchange.received.revision"), texts.number(r.remoteRevision()))
                .line(
                        t("exchange.received.localId"),
                        r.localId().isEmpty() ? t("exchange.received.noModule") : r.localId()));
        Button close = new Button(t("exchange.close"), e -> dialog.close());
        close.setId("exchange-received-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    protected String emptyText() {
        return t("exchange.received.empty");
    }

    @Override
    protected CsvTable<ReceivedRecord> csv() {
        return new CsvTable<ReceivedRecord>()
                .value(t("exchange.col.receivedAt"), r -> texts.when(r.receivedAt()))
                .value(t("exchange.col.code"), ReceivedRecord::peerCode)
                .text(t("exchange.col.provenance"), ReceivedRecord::peerName)
                .text(t("exchange.col.kind"), r -> kindTitles.getOrDefault(r.type(), r.type()))
                .text(t("exchange.col.title"), ReceivedRecord::title)
                .value(t("exchange.col.state"), r -> texts.of(r.status()))
                .text(t("exchange.received.remoteId"), ReceivedRecord::remoteId)
                .text(t("exchange.received.localId"), ReceivedRecord::localId)
                .value(t("exchange.received.revision"), r -> Long.toString(r.remoteRevision()));
    }

    @Override
    protected String exportName() {
        return t("exchange.received.exportName");
    }
}
