package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.Ui;

/**
 * 事例: the case studies written from completed matches, newest first; a row opens to show what happened and
 * the outcome. Viewers see the published ones only (the service decides).
 */
final class CaseListView extends MatchingList<Boolean, CaseStudy> {

    private static final long serialVersionUID = 1L;

    private final Checkbox publishedOnly = new Checkbox();
    private final boolean coordinator = Permissions.hasRole(Role.COORDINATOR);

    CaseListView(MatchingServices services) {
        super(services, "matching-cases");
        publishedOnly.setLabel(t("matching.cases.publishedOnly"));
        publishedOnly.setId("matching-cases-published");
        publishedOnly.addValueChangeListener(e -> refresh());
        search.setVisible(false);
        layout(t("matching.cases.title"), "", List.of(), List.of(publishedOnly, Ui.muted(t("matching.cases.lead"))));
    }

    @Override
    protected Boolean currentQuery() {
        return publishedOnly.getValue();
    }

    @Override
    protected Page<CaseStudy> search(Boolean published, PageRequest page) {
        return services.pipeline().cases(Boolean.TRUE.equals(published), page);
    }

    @Override
    protected void columns(Grid<CaseStudy> grid) {
        // a neighbour's case says whose it is: 「川口市の事例」
        grid.addColumn(LitRenderer.<CaseStudy>of(
                                "${item.title} <span theme='badge contrast small' ?hidden=${!item.from}>${item.from}</span>")
                        .withProperty("title", c -> c.details().title())
                        .withProperty("from", c -> c.received() ? t("matching.case.from", c.sourceCity()) : ""))
                .setHeader(t("matching.case.title"))
                .setFlexGrow(3);
        grid.addColumn(c -> labels.join(labels.fields(c.fieldCodes())))
                .setHeader(t("matching.field"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.received() ? c.areaName() : labels.area(c.areaCode()))
                .setHeader(t("matching.area"))
                .setFlexGrow(1);
        grid.addColumn(LitRenderer.<CaseStudy>of("<span theme='badge ${item.theme}'>${item.label}</span>")
                        .withProperty("theme", c -> c.publishedOn() != null ? "success" : "contrast")
                        .withProperty(
                                "label",
                                c -> c.publishedOn() != null
                                        ? t("matching.case.publishedOn", labels.date(c.publishedOn()))
                                        : t("matching.case.unpublished")))
                .setHeader(t("matching.case.publication"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(false);
    }

    private Div details(CaseStudy c) {
        Ui.Facts facts = new Ui.Facts()
                .line(t("matching.case.summary"), c.details().summary())
                .line(t("matching.case.outcome"), c.details().outcome());
        if (c.received()) {
            // no match here: it was written in the city it came from
            facts.line(t("matching.case.source"), t("matching.case.from", c.sourceCity()));
        } else {
            facts.line(t("matching.case.match"), new Anchor(Routes.match(c.matchId()), t("matching.case.toMatch")));
        }
        Div d = new Div(facts);
        if (coordinator) {
            Button edit = new Button(
                    t("matching.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> Routes.navigate(Routes.edit(Routes.CASE_EDIT, c.id())));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("matching-case-edit-" + c.id());
            d.add(edit);
        }
        d.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return d;
    }

    @Override
    protected void open(CaseStudy c) {
        grid.setDetailsVisible(c, !grid.isDetailsVisible(c));
    }

    @Override
    protected String emptyText() {
        return t("matching.cases.empty");
    }

    @Override
    protected CsvTable<CaseStudy> csv() {
        return CsvLayouts.of(services).cases();
    }

    @Override
    protected String exportName() {
        return t("matching.cases.exportName");
    }
}
