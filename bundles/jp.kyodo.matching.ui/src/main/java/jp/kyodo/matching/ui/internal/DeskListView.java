package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.ConsultationDesk;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskQuery;
import jp.kyodo.matching.DeskStatus;
import jp.kyodo.web.CsvTable;

/**
 * ワンストップ窓口: the desk's inbox, open items first (oldest first), overdue and escalated ones marked; by
 * state, department, overdue-only and text. Staff and above.
 */
final class DeskListView extends MatchingList<DeskQuery, DeskItem> implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final MultiSelectComboBox<DeskStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<PartnerRef> department;
    private final Checkbox overdueOnly = new Checkbox();

    DeskListView(MatchingServices services) {
        super(services, "matching-desk");
        statuses.setLabel(t("matching.status"));
        statuses.setItems(DeskStatus.values());
        statuses.setItemLabelGenerator(labels::of);
        statuses.setValue(Set.of(DeskStatus.RECEIVED, DeskStatus.ROUTED));
        statuses.setId("matching-desk-status");
        statuses.setAutoExpand(MultiSelectComboBox.AutoExpandMode.HORIZONTAL);
        statuses.addValueChangeListener(e -> refresh());
        department = Fields.department(t("matching.desk.department"), services, labels, "matching-desk-department");
        department.setWidth("18rem");
        department.addValueChangeListener(e -> refresh());
        overdueOnly.setLabel(t("matching.desk.overdueOnly"));
        overdueOnly.setId("matching-desk-overdue");
        overdueOnly.addValueChangeListener(e -> refresh());
        List<Component> actions = new ArrayList<>();
        if (Permissions.hasRole(Role.COORDINATOR)) {
            Button receive = new Button(
                    t("matching.desk.receive"), VaadinIcon.PLUS.create(), e -> Routes.navigate(Routes.DESK_RECEIVE));
            receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            receive.setId("matching-desk-receive");
            actions.add(receive);
        }
        Button stats = new Button(
                t("matching.deskStats.title"), VaadinIcon.CHART.create(), e -> Routes.navigate(Routes.DESK_STATISTICS));
        stats.setId("matching-desk-statistics");
        actions.add(stats);
        layout(
                t("matching.desk.title"),
                t("matching.desk.placeholder"),
                actions,
                List.of(statuses, department, overdueOnly));
    }

    /** {@code ?overdue=true}: the overdue items only (the dashboard card links here). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault(Routes.OVERDUE, List.of())
                .contains("true")) {
            overdueOnly.setValue(true);
        }
    }

    @Override
    protected DeskQuery currentQuery() {
        EnumSet<DeskStatus> s = EnumSet.noneOf(DeskStatus.class);
        s.addAll(statuses.getSelectedItems());
        return new DeskQuery(
                s,
                department.getValue() == null ? null : department.getValue().id(),
                overdueOnly.getValue(),
                search.getValue());
    }

    @Override
    protected Page<DeskItem> search(DeskQuery query, PageRequest page) {
        return services.desk().search(query, page);
    }

    @Override
    protected void columns(Grid<DeskItem> grid) {
        grid.addColumn(LitRenderer.<DeskItem>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.subject}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.kind} · ${item.from}</div></div>")
                        .withProperty("subject", d -> d.details().subject())
                        .withProperty("kind", d -> labels.of(d.details().kind()))
                        .withProperty("from", d -> d.details().fromName()))
                .setHeader(t("matching.desk.subject"))
                .setFlexGrow(3);
        grid.addColumn(d -> labels.date(d.details().receivedOn()))
                .setHeader(t("matching.desk.receivedOn"))
                .setSortProperty(ConsultationDesk.SORT_RECEIVED)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<DeskItem>of("<div style='line-height:1.4'><div>${item.department}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.owner}</div></div>")
                        .withProperty("department", DeskItem::departmentName)
                        .withProperty("owner", DeskItem::owner))
                .setHeader(t("matching.desk.department"))
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<DeskItem>of("<span style='${item.style}'>${item.due}</span>")
                        .withProperty("due", d -> labels.date(d.dueOn()))
                        .withProperty(
                                "style", d -> d.overdue() ? "color:var(--lumo-error-text-color);font-weight:600" : ""))
                .setHeader(t("matching.desk.dueOn"))
                .setSortProperty(ConsultationDesk.SORT_DUE)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<DeskItem>of("<span theme='badge ${item.theme}'>${item.status}</span>"
                                + "<span theme='badge error small' ?hidden=${!item.overdue}"
                                + " style='margin-inline-start:var(--lumo-space-xs)'>${item.overdueText}</span>"
                                + "<span theme='badge error primary small' ?hidden=${!item.escalated}"
                                + " style='margin-inline-start:var(--lumo-space-xs)'>${item.escalatedText}</span>")
                        .withProperty("status", d -> labels.of(d.status()))
                        .withProperty("theme", d -> Badges.theme(d.status()))
                        .withProperty("overdue", DeskItem::overdue)
                        .withProperty("overdueText", d -> t("matching.desk.overdue"))
                        .withProperty(
                                "escalated",
                                d -> d.escalatedAt() != null && d.status().open())
                        .withProperty("escalatedText", d -> t("matching.desk.escalated")))
                .setHeader(t("matching.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected void open(DeskItem item) {
        Routes.navigate(Routes.deskItem(item.id()));
    }

    @Override
    protected String emptyText() {
        return t("matching.desk.empty");
    }

    @Override
    protected CsvTable<DeskItem> csv() {
        return CsvLayouts.of(services).deskItems();
    }

    @Override
    protected String exportName() {
        return t("matching.desk.exportName");
    }
}
