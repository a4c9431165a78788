package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditEntry;
import jp.kyodo.core.audit.AuditQuery;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.Formats;

/**
 * What the organisation and person pages share: the record is read from {@code ?id=N} on every
 * navigation (the shell keeps the view when only the query changes), a header with name, reading
 * and badges, the note when data was withheld, the history tab, and the not-found state.
 *
 * @param <R> the record type
 */
abstract class RecordView<R> extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    protected final transient RegistryServices services;
    protected final transient Labels labels;
    protected final boolean coordinator;
    private Long id;

    RecordView(RegistryServices services) {
        this.services = services;
        this.labels = Labels.of(this, services);
        this.coordinator = Permissions.hasRole(Role.COORDINATOR);
        setPadding(false);
    }

    /** Reads the record; NotFoundException when there is none (or the user may not see it). */
    protected abstract R load(long id);

    /** Fills the page with the record. */
    protected abstract void render(R record);

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        id = Routes.id(event.getLocation().getQueryParameters()).orElse(null);
        reload();
    }

    /** Reads the record again and redraws the page (after a change made on it). */
    protected void reload() {
        removeAll();
        if (id == null) {
            add(emptyState(t("registry.record.notFound")));
            return;
        }
        try {
            render(load(id));
        } catch (NotFoundException e) {
            removeAll();
            add(emptyState(t("registry.record.notFound")));
        } catch (DomainException e) {
            removeAll();
            add(emptyState(e.message(getLocale())));
        }
    }

    protected long id() {
        return id;
    }

    /** Name in large type, its reading above it, badges beside it, and the page's buttons. */
    protected Component header(String name, String reading, List<Component> badges, List<Button> actions) {
        Span kana = new Span(reading);
        kana.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        H2 title = new H2(name);
        title.getStyle().set("margin", "0");
        HorizontalLayout titleLine = new HorizontalLayout(title);
        titleLine.setAlignItems(FlexComponent.Alignment.CENTER);
        titleLine.getStyle().set("flex-wrap", "wrap");
        badges.forEach(titleLine::add);
        VerticalLayout names = new VerticalLayout(kana, titleLine);
        names.setPadding(false);
        names.setSpacing(false);
        names.setWidth(null);
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.getStyle().set("flex-wrap", "wrap");
        actions.forEach(buttons::add);
        HorizontalLayout header = new HorizontalLayout(names, buttons);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.END);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.getStyle().set("flex-wrap", "wrap");
        return header;
    }

    /** 編集: to the record's form. */
    protected Button editButton(String formRoute) {
        Button edit = new Button(t("registry.edit"), VaadinIcon.EDIT.create(), e -> Routes.navigate(formRoute));
        edit.setId("registry-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return edit;
    }

    /** 無効化 (asking for the reason) while the record is active, else 再び有効にする. */
    protected Button activationButton(boolean active, String name, Consumer<String> deactivate, Runnable reactivate) {
        Button button;
        if (active) {
            button = new Button(t("registry.deactivate"), VaadinIcon.BAN.create(), e -> new ReasonDialog(
                            labels,
                            t("registry.deactivate.title", name),
                            t("registry.deactivate.text"),
                            t("registry.deactivate"),
                            false,
                            reason -> change(() -> deactivate.accept(reason), "registry.deactivate.done"))
                    .open());
        } else {
            button = new Button(
                    t("registry.reactivate"),
                    VaadinIcon.REFRESH.create(),
                    e -> change(reactivate, "registry.reactivate.done"));
        }
        button.setId("registry-state");
        return button;
    }

    /** Asks before a change that takes something away (the confirming button is red). */
    protected void confirm(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(t("registry.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }

    /** Runs a change of the record, says how it went, and shows the record as it is now. */
    protected void change(Runnable work, String doneKey) {
        try {
            work.run();
            Notices.success(t(doneKey));
        } catch (DomainException e) {
            Notices.error(e.message(getLocale()));
        }
        reload();
    }

    /** Shown when the service withheld contacts or personal data from this user. */
    protected Component maskedNote() {
        Div note = new Div(VaadinIcon.LOCK.create(), new Span(t("registry.masked")));
        note.setId("registry-masked");
        note.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("color", "var(--lumo-secondary-text-color)");
        return note;
    }

    /** A titled group of facts; null when none of the facts has a value. */
    protected Component facts(String title, FactList facts) {
        if (!facts.hasLines()) {
            return null;
        }
        H3 heading = new H3(title);
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0 0 var(--lumo-space-s)");
        Div card = new Div(heading, facts);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)");
        return card;
    }

    /** Cards side by side where there is room; nulls (empty groups) are left out. */
    protected Component cards(Component... cards) {
        Div grid = new Div();
        grid.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(22rem, 1fr))")
                .set("gap", "var(--lumo-space-m)")
                .set("width", "100%");
        for (Component c : cards) {
            if (c != null) {
                grid.add(c);
            }
        }
        return grid;
    }

    /** The record's audit trail, newest first, paged from the audit log (coordinators). */
    protected Component history(String recordType) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("registry-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale()))
                .setHeader(t("registry.history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(t("registry.history.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> labels.auditAction(e.action()))
                .setHeader(t("registry.history.what"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::detail)
                .setHeader(t("registry.history.detail"))
                .setFlexGrow(1);
        grid.setEmptyStateText(t("registry.history.empty"));
        grid.setHeight("26rem");
        AuditQuery query = AuditQuery.forRecord(recordType, Long.toString(id));
        grid.setItems(
                q -> services
                        .auditLog()
                        .query(
                                query,
                                new PageRequest(
                                        q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT), List.of()))
                        .items()
                        .stream(),
                q -> (int) Math.min(
                        Integer.MAX_VALUE,
                        services.auditLog().query(query, PageRequest.first(1)).total()));
        return grid;
    }

    /** 2026年11月23日（令和8年11月23日）; in English the date alone (the era means little there); empty for null. */
    protected String dateWithEra(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (!labels.isJapanese()) {
            return date(date);
        }
        return t("registry.dateWithEra", Formats.date(date, getLocale()), Formats.eraDate(date, getLocale()));
    }

    protected String date(LocalDate date) {
        return Formats.date(date, getLocale());
    }

    protected static Anchor link(String route, String text) {
        return new Anchor(route, text);
    }

    protected static Paragraph emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("kyodo-empty-state");
        p.setWidthFull();
        p.getStyle().set("box-sizing", "border-box");
        return p;
    }

    protected String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
