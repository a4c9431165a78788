package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.NeedQuery;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.Needs;
import jp.kyodo.web.CsvTable;

/** ニーズ: the needs of organisations and departments, newest first, with status, kind and field filters. */
final class NeedListView extends MatchingList<NeedQuery, Need> {

    private static final long serialVersionUID = 1L;

    private final MultiSelectComboBox<NeedStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<NeedKind> kind;
    private final ComboBox<String> field;

    NeedListView(MatchingServices services) {
        super(services, "matching-needs");
        statuses.setLabel(t("matching.status"));
        statuses.setItems(NeedStatus.values());
        statuses.setItemLabelGenerator(labels::of);
        statuses.setValue(Set.of(NeedStatus.OPEN));
        statuses.setId("matching-needs-status");
        statuses.setAutoExpand(MultiSelectComboBox.AutoExpandMode.HORIZONTAL);
        statuses.addValueChangeListener(e -> refresh());
        kind = Fields.filter(t("matching.need.kinds"), NeedKind.class, labels, "matching-needs-kind");
        kind.addValueChangeListener(e -> refresh());
        field = Fields.activityField(t("matching.field"), labels, "matching-needs-field");
        field.addValueChangeListener(e -> refresh());
        List<Component> actions = List.of();
        if (Permissions.hasRole(Role.COORDINATOR)) {
            Button add = new Button(
                    t("matching.needs.new"), VaadinIcon.PLUS.create(), e -> Routes.navigate(Routes.NEED_EDIT));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("matching-needs-new");
            actions = List.of(add);
        }
        layout(t("matching.needs.title"), t("matching.needs.placeholder"), actions, List.of(statuses, kind, field));
    }

    @Override
    protected NeedQuery currentQuery() {
        EnumSet<NeedStatus> s = EnumSet.noneOf(NeedStatus.class);
        s.addAll(statuses.getSelectedItems());
        return new NeedQuery(search.getValue(), s, kind.getValue(), field.getValue(), null);
    }

    @Override
    protected Page<Need> search(NeedQuery query, PageRequest page) {
        return services.needs().search(query, page);
    }

    @Override
    protected void columns(Grid<Need> grid) {
        grid.addColumn(LitRenderer.<Need>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.title}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.owner}</div></div>")
                        .withProperty("title", n -> n.details().title())
                        .withProperty("owner", Need::ownerName))
                .setHeader(t("matching.need.title"))
                .setSortProperty(Needs.SORT_TITLE)
                .setFlexGrow(3);
        grid.addColumn(n -> labels.join(labels.of(n.details().kinds())))
                .setHeader(t("matching.need.kinds"))
                .setFlexGrow(2);
        grid.addColumn(n -> labels.join(labels.fields(n.details().fieldCodes())))
                .setHeader(t("matching.field"))
                .setFlexGrow(2);
        grid.addColumn(n -> labels.area(n.details().areaCode()))
                .setHeader(t("matching.area"))
                .setFlexGrow(1);
        grid.addColumn(n -> labels.date(n.details().dueOn()))
                .setHeader(t("matching.need.dueOn"))
                .setSortProperty(Needs.SORT_DUE)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<Need>of("<span theme='badge ${item.theme}'>${item.status}</span>")
                        .withProperty("status", n -> labels.of(n.status()))
                        .withProperty("theme", n -> Badges.theme(n.status())))
                .setHeader(t("matching.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.openMatches() == 0 ? "" : labels.number(n.openMatches()))
                .setHeader(t("matching.need.openMatches"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected void open(Need need) {
        Routes.navigate(Routes.need(need.id()));
    }

    @Override
    protected String emptyText() {
        return t("matching.needs.empty");
    }

    @Override
    protected CsvTable<Need> csv() {
        return CsvLayouts.of(services).needs();
    }

    @Override
    protected String exportName() {
        return t("matching.needs.exportName");
    }
}
