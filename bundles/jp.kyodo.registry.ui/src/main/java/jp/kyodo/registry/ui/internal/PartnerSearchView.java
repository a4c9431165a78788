package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.web.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 担い手を探す: one search box and filters over organisations and people, results paged from the
 * directory as the grid scrolls, CSV export of what the filters match.
 */
final class PartnerSearchView extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PartnerSearchView.class);

    private final transient RegistryServices services;
    private final transient Labels labels;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<PartnerType> types = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<OrganisationStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<String> field;
    private final ComboBox<String> area;
    private final Checkbox certified = new Checkbox();
    private final Checkbox experts = new Checkbox();
    private final Checkbox volunteers = new Checkbox();
    private final Checkbox inactive = new Checkbox();
    private final Span count = new Span();
    private final Grid<PartnerSummary> grid = new Grid<>();

    /** What the filters ask for now; read by downloads, which run outside the UI lock. */
    private volatile PartnerQuery query = PartnerQuery.all();

    private transient PartnerSummary focused;

    PartnerSearchView(RegistryServices services) {
        this.services = services;
        this.labels = Labels.of(this, services);
        this.field = Forms.activityField(t("registry.field"), services, labels);
        this.area = Forms.area(t("registry.area"), services, labels);
        setPadding(false);
        add(header(), searchBox(), filters(), summary(), grid);
        columns();
        grid.setItems(q -> fetch(q.getOffset(), q.getLimit()), q -> count());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<String> q =
                event.getLocation().getQueryParameters().getParameters().get(Routes.QUERY);
        if (q != null && !q.isEmpty() && !q.get(0).equals(search.getValue())) {
            search.setValue(q.get(0)); // the value change refreshes
        }
        search.focus();
    }

    private Component header() {
        H2 title = new H2(t("registry.search.title"));
        title.getStyle().set("margin", "0");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        actions.getStyle().set("flex-wrap", "wrap");
        if (Permissions.hasRole(Role.COORDINATOR)) {
            Button org = new Button(
                    t("registry.search.newOrganisation"),
                    VaadinIcon.PLUS.create(),
                    e -> Routes.navigate(Routes.ORGANISATION_EDIT));
            org.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button person = new Button(
                    t("registry.search.newPerson"), VaadinIcon.PLUS.create(), e -> Routes.navigate(Routes.PERSON_EDIT));
            Button csv = new Button(
                    t("registry.search.import"), VaadinIcon.UPLOAD.create(), e -> Routes.navigate(Routes.IMPORT));
            actions.add(org, person, csv);
        }
        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.getStyle().set("flex-wrap", "wrap");
        return header;
    }

    private Component searchBox() {
        search.setId("registry-search");
        search.setPlaceholder(t("registry.search.placeholder"));
        search.getElement().setAttribute("aria-label", t("registry.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setWidthFull();
        search.addValueChangeListener(e -> refresh());
        search.addKeyPressListener(Key.ENTER, e -> refresh());
        return search;
    }

    private Component filters() {
        types.setLabel(t("registry.type"));
        types.setItems(PartnerType.values());
        types.setItemLabelGenerator(labels::type);
        statuses.setLabel(t("registry.status"));
        statuses.setItems(OrganisationStatus.values());
        statuses.setItemLabelGenerator(labels::status);
        certified.setLabel(t("registry.search.certifiedOnly"));
        experts.setLabel(t("registry.search.expertsOnly"));
        volunteers.setLabel(t("registry.search.volunteersOnly"));
        inactive.setLabel(t("registry.search.includeInactive"));
        types.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        field.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        Stream.of(certified, experts, volunteers, inactive).forEach(c -> c.addValueChangeListener(e -> refresh()));
        area.setWidth("20rem");
        types.setId("registry-filter-type");
        statuses.setId("registry-filter-status");
        field.setId("registry-filter-field");
        area.setId("registry-filter-area");
        FlexLayout boxes = new FlexLayout(types, statuses, field, area);
        FlexLayout flags = new FlexLayout(certified, experts, volunteers, inactive);
        for (FlexLayout row : List.of(boxes, flags)) {
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("column-gap", "var(--lumo-space-m)");
            row.setWidthFull();
        }
        VerticalLayout filters = new VerticalLayout(boxes, flags);
        filters.setPadding(false);
        filters.setSpacing(false);
        return filters;
    }

    private Component summary() {
        count.setId("registry-count");
        count.getStyle().set("font-weight", "600");
        HorizontalLayout exports = new HorizontalLayout();
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        if (Permissions.hasRole(Role.STAFF)) {
            Span label = new Span(t("registry.search.export"));
            label.getStyle().set("color", "var(--lumo-secondary-text-color)");
            exports.add(label, exportLink(PartnerKind.ORGANISATION));
            if (Permissions.hasRole(Role.COORDINATOR)) {
                exports.add(exportLink(PartnerKind.PERSON));
            }
        }
        HorizontalLayout summary = new HorizontalLayout(count, exports);
        summary.setWidthFull();
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        summary.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return summary;
    }

    private void columns() {
        grid.setId("registry-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // the rest of the window below the filters: the grid scrolls, not the page
        grid.setHeight("calc(100vh - 26rem)");
        grid.setMinHeight("18rem");
        grid.addColumn(LitRenderer.<PartnerSummary>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.name}"
                                + "<span theme='badge small' ?hidden=${!item.source}"
                                + " style='margin-inline-start:var(--lumo-space-xs)'>${item.source}</span></div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.reading}</div></div>")
                        .withProperty("name", PartnerSummary::name)
                        .withProperty(
                                "source", s -> s.sourceCity().isEmpty() ? "" : t("registry.received", s.sourceCity()))
                        .withProperty("reading", PartnerSummary::nameReading))
                .setHeader(t("registry.name"))
                .setFlexGrow(3);
        grid.addColumn(s -> labels.type(s.type()))
                .setHeader(t("registry.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<PartnerSummary>of("<span>${item.status}</span>"
                                + "<span theme='badge error small' ?hidden=${item.active}"
                                + " style='margin-inline-start:var(--lumo-space-xs)'>${item.inactive}</span>")
                        .withProperty("status", s -> labels.status(s.status()))
                        .withProperty("active", PartnerSummary::active)
                        .withProperty("inactive", s -> t("registry.inactive")))
                .setHeader(t("registry.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> labels.join(labels.fields(s.fieldCodes())))
                .setHeader(t("registry.field"))
                .setFlexGrow(2);
        grid.addColumn(s -> labels.join(labels.areas(s.areaCodes())))
                .setHeader(t("registry.area"))
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<PartnerSummary>of(
                                "<span theme='badge success' ?hidden=${!item.certified}>" + "${item.label}</span>")
                        .withProperty("certified", PartnerSummary::certified)
                        .withProperty("label", s -> t("registry.certified")))
                .setHeader(t("registry.certified"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(t("registry.search.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (focused != null) {
                                open(focused);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
    }

    private void open(PartnerSummary partner) {
        Routes.navigate(Routes.of(partner));
    }

    /** The filters as the directory's query. */
    private PartnerQuery currentQuery() {
        EnumSet<PartnerType> t = EnumSet.noneOf(PartnerType.class);
        t.addAll(types.getSelectedItems());
        EnumSet<OrganisationStatus> s = EnumSet.noneOf(OrganisationStatus.class);
        s.addAll(statuses.getSelectedItems());
        return PartnerQuery.text(search.getValue())
                .withTypes(t)
                .withStatuses(s)
                .withField(field.getValue())
                .withArea(area.getValue())
                .withFlags(certified.getValue(), experts.getValue(), volunteers.getValue(), inactive.getValue());
    }

    private void refresh() {
        query = currentQuery();
        grid.getDataProvider().refreshAll();
    }

    private Stream<PartnerSummary> fetch(int offset, int limit) {
        try {
            Page<PartnerSummary> page = services.directory()
                    .search(query, new PageRequest(offset, Math.min(limit, PageRequest.MAX_LIMIT), List.of()));
            return page.items().stream();
        } catch (DomainException e) {
            return Stream.empty();
        }
    }

    private int count() {
        try {
            long total = services.directory()
                    .search(query, new PageRequest(0, 1, List.of()))
                    .total();
            count.setText(t("registry.search.count", Formats.number(total, getLocale())));
            return (int) Math.min(Integer.MAX_VALUE, total);
        } catch (DomainException e) {
            // a filter the service refuses: say why instead of an empty grid without reason
            count.setText(e.message(getLocale()));
            return 0;
        }
    }

    private Anchor exportLink(PartnerKind kind) {
        Anchor link = new Anchor(export(kind), "");
        link.getElement().setAttribute("download", true);
        Button button = new Button(labels.kind(kind), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("tabindex", "-1");
        link.add(button);
        link.getElement().setAttribute("aria-label", t("registry.search.exportOf", labels.kind(kind)));
        link.setId(kind == PartnerKind.ORGANISATION ? "registry-export-organisations" : "registry-export-people");
        return link;
    }

    /** The CSV of what the filters match now, written by the service (UTF-8 with BOM, masked for the user). */
    private DownloadHandler export(PartnerKind kind) {
        String prefix =
                t(kind == PartnerKind.ORGANISATION ? "registry.export.organisations" : "registry.export.people");
        return event -> {
            event.setFileName(prefix + "_" + LocalDate.now(Formats.ZONE) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try {
                services.transfer().exportCsv(kind, query, event.getOutputStream());
            } catch (IOException e) {
                LOG.warn("Registry export interrupted: {}", e.getMessage());
            } catch (DomainException e) {
                LOG.info("Registry export refused: {}", e.getMessage());
                event.getResponse().setStatus(403);
            }
        };
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
