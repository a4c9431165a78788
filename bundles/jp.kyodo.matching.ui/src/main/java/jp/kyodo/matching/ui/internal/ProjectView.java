package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.matching.Indicator;
import jp.kyodo.matching.Judgement;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;
import jp.kyodo.web.Ui;

/**
 * A project's page ({@code matching/project?id=N}): form, department, purpose, the judgement checklist,
 * partners and their roles, period and budget, indicators against their targets, evaluation and the exit
 * strategy — flagged when the end is near and none is decided.
 */
final class ProjectView extends MatchingRecordView<Project> {

    private static final long serialVersionUID = 1L;

    ProjectView(MatchingServices services) {
        super(services);
    }

    @Override
    protected Project load(long id) {
        return services.projects().get(id);
    }

    @Override
    protected void render(Project p) {
        ProjectDraft d = p.details();
        List<Component> actions = new ArrayList<>();
        if (staff) {
            Button edit = new Button(
                    t("matching.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> Routes.navigate(Routes.edit(Routes.PROJECT_EDIT, p.id())));
            edit.setId("matching-project-edit");
            actions.add(edit);
        }
        add(Ui.header(d.title(), actions.toArray(Component[]::new)));
        Div badges = new Div(Ui.badge(labels.of(d.form()), "contrast"), new Span(p.departmentName()));
        if (p.exitDue()) {
            badges.add(Ui.badge(t("matching.project.exitDueLong"), "error"));
        }
        badges.setId("matching-project-badges");
        badges.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("flex-wrap", "wrap");
        add(badges);

        Ui.Facts overview = new Ui.Facts()
                .line(t("matching.project.department"), p.departmentName())
                .line(t("matching.project.purpose"), d.purpose())
                .line(t("matching.project.period"), Schedules.period(d.startsOn(), d.endsOn(), labels))
                .line(t("matching.project.budget"), labels.yen(d.budgetYen()));
        if (d.agendaId() != null) {
            overview.line(
                    t("matching.project.agenda"),
                    new Anchor(Routes.PROJECTS + "?" + Routes.AGENDA_ID + "=" + d.agendaId(), p.agendaTitle()));
        }
        if (d.matchId() != null) {
            overview.line(
                    t("matching.project.match"), new Anchor(Routes.match(d.matchId()), t("matching.case.toMatch")));
        }
        overview.line(t("matching.project.source"), d.source());

        Judgement j = d.judgement();
        Div checklist = new Div(
                criterion(t("matching.judgement.publicBenefit"), j.publicBenefit(), j.publicBenefitNote()),
                criterion(t("matching.judgement.nonProfit"), j.nonProfit(), j.nonProfitNote()),
                criterion(t("matching.judgement.synergy"), j.synergy(), j.synergyNote()));
        checklist.setId("matching-project-checklist");

        Ui.Facts partners = new Ui.Facts();
        for (ProjectPartner partner : d.partners()) {
            partners.line(partner.name(), partner.role().isEmpty() ? "–" : partner.role());
        }
        Div indicators = new Div();
        indicators
                .getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
        for (Indicator i : d.indicators()) {
            indicators.add(Progress.bar(i, labels));
        }
        Ui.Facts outcome = new Ui.Facts()
                .line(t("matching.project.evaluation"), d.evaluation())
                .line(
                        t("matching.project.exit"),
                        d.exit() == null ? t("matching.project.exitUndecided") : labels.of(d.exit()));
        add(Ui.cards(
                Ui.card(t("matching.project.overview"), overview),
                Ui.card(t("matching.project.checklist"), checklist),
                Ui.card(
                        t("matching.project.partners"),
                        partners.hasLines() ? partners : Ui.muted(t("matching.project.noPartners"))),
                Ui.card(
                        t("matching.project.indicators"),
                        d.indicators().isEmpty() ? Ui.muted(t("matching.project.noIndicators")) : indicators),
                Ui.card(t("matching.project.outcome"), outcome)));
        add(Ui.muted(t("matching.record.updatedAt", labels.dateTime(p.updatedAt()))));
    }

    private Div criterion(String name, boolean met, String note) {
        Icon icon = (met ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        icon.setColor(met ? "var(--lumo-success-color)" : "var(--lumo-contrast-30pct)");
        icon.getElement().setAttribute("aria-label", t(met ? "matching.judgement.met" : "matching.judgement.notMet"));
        Span label = new Span(name);
        label.getStyle().set("font-weight", "600");
        Div line = new Div(icon, label);
        line.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        Div box = new Div(line);
        if (!note.isEmpty()) {
            Div n = new Div(Ui.muted(note));
            n.getStyle().set("margin-inline-start", "calc(var(--lumo-icon-size-m) + var(--lumo-space-s))");
            box.add(n);
        }
        box.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return box;
    }
}
