package jp.kyodo.exchange.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.Peer;
import jp.kyodo.exchange.PeerDraft;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Ui;

/**
 * 連携先: this city as its neighbours know it (code, name, the public key to hand to their administrators) and
 * every registered neighbour with how the exchange with it stands. Administrators set the city's code, renew the
 * key and register, change and remove neighbours in dialogs, the service's problems shown at their fields; staff
 * send what is waiting at once.
 */
final class PeersView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ExchangeServices services;
    private final transient Texts texts;
    private final boolean admin = Permissions.hasRole(Role.ADMIN);
    private final Div identity = new Div();
    private final Grid<Peer> grid = new Grid<>();
    private final Div empty = new Div();

    PeersView(ExchangeServices services) {
        this.services = services;
        this.texts = new Texts(this);
        setPadding(false);
        List<Component> actions = new ArrayList<>();
        if (Permissions.hasRole(Role.STAFF)) {
            Button sync = new Button(t("exchange.peers.sync"), VaadinIcon.REFRESH.create(), e -> sync());
            sync.setId("exchange-sync");
            actions.add(sync);
        }
        if (admin) {
            Button add = new Button(t("exchange.peers.new"), VaadinIcon.PLUS.create(), e -> peerDialog(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("exchange-peer-new");
            actions.add(add);
        }
        identity.setId("exchange-identity");
        identity.setWidthFull();
        empty.setWidthFull();
        columns();
        add(Ui.header(t("exchange.peers.title"), actions.toArray(Component[]::new)), identity, empty, grid);
        draw();
    }

    private void draw() {
        drawIdentity();
        empty.removeAll();
        List<Peer> peers = List.of();
        try {
            peers = services.peers().peers();
            if (peers.isEmpty()) {
                empty.add(Ui.emptyState(t(admin ? "exchange.peers.emptyAdmin" : "exchange.peers.empty")));
            }
        } catch (DomainException e) {
            empty.add(Ui.emptyState(e.message(getLocale())));
        }
        grid.setItems(peers);
        grid.setVisible(!peers.isEmpty());
    }

    // ---- this city --------------------------------------------------------------------------------

    private void drawIdentity() {
        identity.removeAll();
        Identity me;
        try {
            me = services.peers().identity();
        } catch (DomainException e) {
            identity.add(Ui.emptyState(e.message(getLocale())));
            return;
        }
        Ui.Facts facts = new Ui.Facts()
                .line(t("exchange.identity.code"), me.configured() ? me.municipalityCode() : "—")
                .line(t("exchange.identity.name"), me.municipalityName())
                .line(t("exchange.identity.keyId"), me.keyId())
                .line(t("exchange.identity.publicKey"), publicKey(me.publicKey()))
                .line(t("exchange.identity.keyCreatedAt"), texts.when(me.keyCreatedAt()))
                .line(t("exchange.identity.previousKeyId"), me.previousKeyId());
        List<Component> content = new ArrayList<>();
        if (!me.configured()) {
            Div notice = new Div(Ui.badge(t("exchange.identity.notConfiguredBadge"), "error"));
            notice.add(Ui.muted(
                    " " + t(admin ? "exchange.identity.notConfiguredAdmin" : "exchange.identity.notConfigured")));
            notice.setId("exchange-not-configured");
            notice.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            content.add(notice);
        }
        content.add(facts);
        if (admin) {
            Button configure = new Button(t("exchange.identity.configure"), e -> configureDialog(me));
            configure.setId("exchange-configure");
            Button rotate = new Button(t("exchange.identity.rotate"), VaadinIcon.KEY.create(), e -> rotate());
            rotate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            rotate.setId("exchange-rotate");
            HorizontalLayout buttons = new HorizontalLayout(configure, rotate);
            buttons.getStyle().set("margin-top", "var(--lumo-space-s)").set("flex-wrap", "wrap");
            content.add(buttons);
        }
        identity.add(Ui.card(t("exchange.identity.title"), content.toArray(Component[]::new)));
    }

    /** The key in a read-only field (selectable as a whole) with a button that copies it. */
    private Component publicKey(String key) {
        TextField field = new TextField();
        field.setReadOnly(true);
        field.setValue(key == null ? "" : key);
        field.setWidthFull();
        field.setId("exchange-public-key");
        field.getElement().setAttribute("aria-label", t("exchange.identity.publicKey"));
        field.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Button copy = new Button(VaadinIcon.COPY_O.create(), e -> {
            // the clipboard is there only on HTTPS (and localhost): otherwise the user copies from the field
            field.getElement()
                    .executeJs(
                            "return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true) : false",
                            field.getValue())
                    .then(
                            Boolean.class,
                            copied -> {
                                if (Boolean.TRUE.equals(copied)) {
                                    Ui.success(t("exchange.identity.copied"));
                                } else {
                                    copyByHand(field);
                                }
                            },
                            failed -> copyByHand(field));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setTooltipText(t("exchange.identity.copy"));
        copy.getElement().setAttribute("aria-label", t("exchange.identity.copy"));
        copy.setId("exchange-public-key-copy");
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setFlexGrow(1, field);
        return row;
    }

    private void copyByHand(TextField field) {
        field.focus();
        field.getElement().executeJs("this.inputElement.select()");
        Ui.error(t("exchange.identity.copyByHand"));
    }

    private void configureDialog(Identity me) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("exchange.identity.configure"));
        dialog.setWidth("30rem");
        TextField code = FormFields.text(t("exchange.identity.code"), 12, "exchange-identity-code");
        code.setHelperText(t("exchange.identity.codeHelp"));
        code.setValue(me.municipalityCode());
        FieldErrors errors = new FieldErrors(this::getLocale);
        errors.require("municipalityCode", code, t("exchange.required"));
        dialog.add(code);
        Button save = new Button(t("kyodo.form.save"), e -> {
            if (errors.checkRequired() > 0) {
                return;
            }
            if (texts.attempt(errors, () -> {
                Identity saved = services.peers().configure(code.getValue());
                Ui.success(t("exchange.identity.configured", saved.municipalityName(), saved.municipalityCode()));
            })) {
                dialog.close();
                draw();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("exchange-identity-save");
        dialog.getFooter().add(new Button(t("kyodo.cancel"), e -> dialog.close()), save);
        dialog.open();
        code.focus();
    }

    private void rotate() {
        Ui.confirm(
                t("exchange.identity.rotateTitle"),
                t("exchange.identity.rotateText"),
                t("exchange.identity.rotate"),
                () -> {
                    if (texts.attempt(() -> services.peers().rotateKey())) {
                        Ui.success(t("exchange.identity.rotated"));
                        draw();
                    }
                });
    }

    private void sync() {
        if (texts.attempt(() -> services.peers().syncNow())) {
            Ui.success(t("exchange.peers.synced"));
            draw();
        }
    }

    // ---- the neighbours ---------------------------------------------------------------------------

    private void columns() {
        grid.setId("exchange-peers");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // a neighbour in one cell: its name and code, its URL below
        grid.addComponentColumn(this::peerCell)
                .setHeader(t("exchange.col.peer"))
                .setComparator(Peer::municipalityCode)
                .setFlexGrow(3);
        grid.addComponentColumn(p -> texts.badge(p.state()))
                .setHeader(t("exchange.col.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> texts.number(p.backlog()))
                .setHeader(t("exchange.col.backlog"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(p -> twoLines(
                        t("exchange.col.lastSent") + " " + texts.when(p.lastSentAt()),
                        t("exchange.col.lastReceived") + " " + texts.when(p.lastReceivedAt())))
                .setHeader(t("exchange.col.lastExchange"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(p -> twoLines(texts.failures(p), p.lastError()))
                .setHeader(t("exchange.col.lastError"))
                .setTooltipGenerator(Peer::lastError)
                .setFlexGrow(2);
        if (admin) {
            grid.addComponentColumn(this::rowActions)
                    .setHeader(t("exchange.col.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
    }

    private Component peerCell(Peer p) {
        Div cell = twoLines(texts.peer(p.name(), p.municipalityCode()), p.baseUrl());
        cell.getElement().setAttribute("title", p.baseUrl());
        return cell;
    }

    /** A first line and a smaller, secondary second line (either may be empty). */
    private static Div twoLines(String first, String second) {
        Div top = new Div(first);
        Div below = new Div(second);
        below.getStyle()
                .set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("overflow-wrap", "anywhere");
        return new Div(top, below);
    }

    private Component rowActions(Peer p) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> peerDialog(p));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setTooltipText(t("exchange.peer.edit"));
        edit.getElement().setAttribute("aria-label", t("exchange.peer.edit") + " " + p.municipalityCode());
        edit.setId("exchange-peer-edit-" + p.municipalityCode());
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(p));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setTooltipText(t("exchange.peer.remove"));
        remove.getElement().setAttribute("aria-label", t("exchange.peer.remove") + " " + p.municipalityCode());
        remove.setId("exchange-peer-remove-" + p.municipalityCode());
        return new HorizontalLayout(edit, remove);
    }

    private void remove(Peer p) {
        Ui.confirm(
                t("exchange.peer.removeTitle", texts.peer(p.name(), p.municipalityCode())),
                t("exchange.peer.removeText"),
                t("exchange.peer.remove"),
                () -> {
                    if (texts.attempt(() -> services.peers().remove(p.municipalityCode()))) {
                        Ui.success(t("exchange.peer.removed", texts.peer(p.name(), p.municipalityCode())));
                        draw();
                    }
                });
    }

    /** Registers a neighbour ({@code peer} null) or changes one; its code stays once registered. */
    private void peerDialog(Peer peer) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                peer == null
                        ? t("exchange.peers.new")
                        : t("exchange.peer.editTitle", texts.peer(peer.name(), peer.municipalityCode())));
        dialog.setWidth("40rem");
        TextField code = FormFields.text(t("exchange.peer.code"), 12, "exchange-peer-code");
        code.setHelperText(t("exchange.identity.codeHelp"));
        TextField url = FormFields.text(t("exchange.peer.url"), 500, "exchange-peer-url");
        url.setPlaceholder("https://kyodo.city.example.lg.jp");
        TextField key = FormFields.text(t("exchange.peer.publicKey"), 200, "exchange-peer-key");
        key.setHelperText(t("exchange.peer.publicKeyHelp"));
        Checkbox active = new Checkbox(t("exchange.peer.active"), true);
        active.setId("exchange-peer-active");
        if (peer != null) {
            code.setValue(peer.municipalityCode());
            code.setReadOnly(true);
            url.setValue(peer.baseUrl());
            key.setValue(peer.publicKey());
            active.setValue(peer.active());
        }
        FieldErrors errors = new FieldErrors(this::getLocale);
        errors.require("municipalityCode", code, t("exchange.required"))
                .require("baseUrl", url, t("exchange.required"))
                .require("publicKey", key, t("exchange.required"));
        FormLayout form = new FormLayout(code, url, key, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(t("kyodo.form.save"), e -> {
            if (errors.checkRequired() > 0) {
                errors.firstInvalid().ifPresent(f -> ((TextField) f).focus());
                return;
            }
            PeerDraft draft = new PeerDraft(code.getValue(), url.getValue(), key.getValue(), active.getValue());
            if (texts.attempt(errors, () -> {
                Peer saved = peer == null
                        ? services.peers().register(draft)
                        : services.peers().update(peer.municipalityCode(), draft);
                Ui.success(t(
                        peer == null ? "exchange.peer.registered" : "exchange.peer.saved",
                        texts.peer(saved.name(), saved.municipalityCode())));
            })) {
                dialog.close();
                draw();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("exchange-peer-save");
        dialog.getFooter().add(new Button(t("kyodo.cancel"), e -> dialog.close()), save);
        dialog.open();
        (peer == null ? code : url).focus();
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
