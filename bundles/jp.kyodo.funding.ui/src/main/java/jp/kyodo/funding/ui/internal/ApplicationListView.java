package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.funding.ApplicationQuery;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.ApplicationSummary;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Navigation;

/**
 * 申請: the applications of every programme (or one, {@code ?programme=N}), filtered by state ({@code
 * ?status=SUBMITTED,SCREENED}); staff enter new ones for an organisation. The export is the service's CSV.
 */
final class ApplicationListView extends FundingList<ApplicationQuery, ApplicationSummary>
        implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    /** Sort keys of GrantApplications.search. */
    static final String SORT_TITLE = "title";

    static final String SORT_ORGANISATION = "organisation";
    static final String SORT_REQUESTED = "requested";
    static final String SORT_UPDATED = "updated";

    private final MultiSelectComboBox<ApplicationStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<Programme> programme;

    ApplicationListView(FundingServices services) {
        super(services, "funding-applications");
        statuses.setLabel(t("funding.status"));
        statuses.setItems(ApplicationStatus.values());
        statuses.setItemLabelGenerator(labels::of);
        statuses.setId("funding-applications-status");
        statuses.setAutoExpand(MultiSelectComboBox.AutoExpandMode.HORIZONTAL);
        statuses.addValueChangeListener(e -> refresh());
        programme =
                FormFields.lookup(
                        t("funding.application.programme"),
                        (text, page) -> services
                                .programmes()
                                .search(new ProgrammeQuery(text, null, null, null, "", null), page)
                                .items()
                                .stream(),
                        p -> p.details().title(),
                        p -> labels.fiscalYear(p.details().fiscalYear()),
                        "funding-applications-programme");
        programme.setWidth("22rem");
        programme.addValueChangeListener(e -> refresh());
        Button add = new Button(
                t("funding.applications.new"),
                VaadinIcon.PLUS.create(),
                e -> Navigation.navigate(Routes.APPLICATION_EDIT
                        + (programme.getValue() == null
                                ? ""
                                : "?" + Routes.PROGRAMME_ID + "="
                                        + programme.getValue().id())));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("funding-applications-new");
        layout(
                t("funding.applications.title"),
                t("funding.applications.placeholder"),
                List.<Component>of(add),
                List.of(statuses, programme));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Navigation.id(parameters, Routes.PROGRAMME_ID).ifPresent(id -> {
            try {
                programme.setValue(services.programmes().get(id));
            } catch (DomainException e) {
                programme.clear();
            }
        });
        List<String> wanted = parameters.getParameters().getOrDefault(Routes.STATUS, List.of());
        if (!wanted.isEmpty()) {
            EnumSet<ApplicationStatus> chosen = EnumSet.noneOf(ApplicationStatus.class);
            for (String v : wanted) {
                for (String name : v.split(",")) {
                    for (ApplicationStatus s : ApplicationStatus.values()) {
                        if (s.name().equalsIgnoreCase(name.strip())) {
                            chosen.add(s);
                        }
                    }
                }
            }
            statuses.setValue(chosen);
        }
    }

    @Override
    protected ApplicationQuery currentQuery() {
        Set<ApplicationStatus> s = EnumSet.noneOf(ApplicationStatus.class);
        s.addAll(statuses.getSelectedItems());
        return new ApplicationQuery(
                search.getValue(),
                programme.getValue() == null ? null : programme.getValue().id(),
                null,
                null,
                s);
    }

    @Override
    protected Page<ApplicationSummary> search(ApplicationQuery query, PageRequest page) {
        return services.applications().search(query, page);
    }

    @Override
    protected void columns(Grid<ApplicationSummary> grid) {
        grid.addColumn(LitRenderer.<ApplicationSummary>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.title}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.organisation}</div></div>")
                        .withProperty("title", ApplicationSummary::title)
                        .withProperty("organisation", ApplicationSummary::organisationName))
                .setHeader(t("funding.application.title"))
                .setSortProperty(SORT_TITLE)
                .setFlexGrow(3);
        grid.addColumn(LitRenderer.<ApplicationSummary>of(
                                "<div style='line-height:1.4;white-space:normal'>${item.programme}"
                                        + "<div style='font-size:var(--lumo-font-size-s);"
                                        + "color:var(--lumo-secondary-text-color)'>${item.year}</div></div>")
                        .withProperty("programme", ApplicationSummary::programmeTitle)
                        .withProperty("year", a -> labels.fiscalYear(a.fiscalYear())))
                .setHeader(t("funding.application.programme"))
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<ApplicationSummary>of("<span theme='badge ${item.theme}'>${item.status}</span>")
                        .withProperty("status", a -> labels.of(a.status()))
                        .withProperty("theme", a -> Badges.theme(a.status())))
                .setHeader(t("funding.status"))
                .setSortProperty("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> labels.yen(a.requestedYen()))
                .setHeader(t("funding.application.requested"))
                .setSortProperty(SORT_REQUESTED)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> labels.yen(a.grantedYen()))
                .setHeader(t("funding.application.granted"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.paidYen() == 0 ? "" : labels.yen(a.paidYen()))
                .setHeader(t("funding.application.paid"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> labels.dateTime(a.updatedAt()))
                .setHeader(t("funding.updated"))
                .setSortProperty(SORT_UPDATED)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected void open(ApplicationSummary a) {
        Navigation.navigate(Routes.application(a.id()));
    }

    @Override
    protected String emptyText() {
        return t("funding.applications.empty");
    }

    @Override
    protected CsvTable<ApplicationSummary> csv() {
        return null;
    }

    /** The service writes the file (and audits it). */
    @Override
    protected void writeCsv(OutputStream out, ApplicationQuery query, List<Sort> sortedBy) throws IOException {
        services.applications().export(query, out);
    }

    @Override
    protected String exportName() {
        return t("funding.applications.exportName");
    }
}
