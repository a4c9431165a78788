package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.funding.GrantProgrammes;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Navigation;

/** 助成制度: the grant programmes of a fiscal year (this one first), with budget, commitments and remainder. */
final class ProgrammeListView extends FundingList<ProgrammeQuery, Programme> {

    private static final long serialVersionUID = 1L;

    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<ProgrammeKind> kind;
    private final ComboBox<ProgrammeStatus> status;

    ProgrammeListView(FundingServices services) {
        super(services, "funding-programmes");
        int current = FiscalYear.of(LocalDate.now(Formats.ZONE)).startYear();
        year.setLabel(t("funding.fiscalYear"));
        year.setItems(IntStream.rangeClosed(current - 5, current + 1)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setItemLabelGenerator(labels::fiscalYear);
        year.setValue(current);
        year.setClearButtonVisible(true);
        year.setWidth("16rem");
        year.setId("funding-programmes-year");
        year.addValueChangeListener(e -> refresh());
        kind = FormFields.filter(
                t("funding.programme.kind"), ProgrammeKind.class, labels::of, "funding-programmes-kind");
        kind.addValueChangeListener(e -> refresh());
        status = FormFields.filter(t("funding.status"), ProgrammeStatus.class, labels::of, "funding-programmes-status");
        status.addValueChangeListener(e -> refresh());
        List<Component> actions = List.of();
        if (Permissions.hasRole(Role.COORDINATOR)) {
            Button add = new Button(
                    t("funding.programmes.new"),
                    VaadinIcon.PLUS.create(),
                    e -> Navigation.navigate(Routes.PROGRAMME_EDIT));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("funding-programmes-new");
            actions = List.of(add);
        }
        layout(
                t("funding.programmes.title"),
                t("funding.programmes.placeholder"),
                actions,
                List.of(year, kind, status));
    }

    @Override
    protected ProgrammeQuery currentQuery() {
        return new ProgrammeQuery(search.getValue(), year.getValue(), kind.getValue(), status.getValue(), "", null);
    }

    @Override
    protected Page<Programme> search(ProgrammeQuery query, PageRequest page) {
        return services.programmes().search(query, page);
    }

    @Override
    protected void columns(Grid<Programme> grid) {
        grid.addColumn(LitRenderer.<Programme>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.title}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.kind}</div></div>")
                        .withProperty("title", p -> p.details().title())
                        .withProperty("kind", p -> labels.of(p.details().kind())))
                .setHeader(t("funding.programme.title"))
                .setSortProperty(GrantProgrammes.SORT_TITLE)
                .setFlexGrow(3);
        grid.addColumn(p -> labels.fiscalYear(p.details().fiscalYear()))
                .setHeader(t("funding.fiscalYear"))
                .setSortProperty(GrantProgrammes.SORT_FISCAL_YEAR)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<Programme>of("<div style='line-height:1.4'>${item.from} 〜<br>${item.until}</div>")
                        .withProperty("from", p -> labels.date(p.details().opensOn()))
                        .withProperty("until", p -> labels.date(p.details().closesOn())))
                .setHeader(t("funding.programme.period"))
                .setSortProperty(GrantProgrammes.SORT_CLOSES_ON)
                .setFlexGrow(2);
        grid.addColumn(p -> labels.yen(p.details().budgetYen()))
                .setHeader(t("funding.programme.budget"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> labels.yen(p.remainingYen()))
                .setHeader(t("funding.programme.remaining"))
                .setSortProperty(GrantProgrammes.SORT_REMAINING)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> labels.number(p.applications()))
                .setHeader(t("funding.programme.applications"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<Programme>of("<span theme='badge ${item.theme}'>${item.status}</span>")
                        .withProperty("status", p -> labels.of(p.status()))
                        .withProperty("theme", p -> Badges.theme(p.status())))
                .setHeader(t("funding.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected void open(Programme p) {
        Navigation.navigate(Routes.programme(p.id()));
    }

    @Override
    protected String emptyText() {
        return t("funding.programmes.empty");
    }

    @Override
    protected CsvTable<Programme> csv() {
        return Exports.programmes();
    }

    @Override
    protected String exportName() {
        return t("funding.programmes.exportName");
    }
}
