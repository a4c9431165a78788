package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.kyodo.funding.EligibilityRules;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.funding.RankedApplication;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.WardBudget;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.Ui;
import jp.kyodo.web.YenField;

/**
 * A programme's page ({@code funding/programme?id=N}): its terms, eligibility rules, review criteria with
 * their weights, the budget used; coordinators edit, publish and close it (after confirming), assign
 * reviewers and see the ranking.
 */
final class ProgrammeView extends FundingRecordView<Programme> {

    private static final long serialVersionUID = 1L;

    ProgrammeView(FundingServices services) {
        super(services);
    }

    @Override
    protected Programme load(long id) {
        return services.programmes().get(id);
    }

    @Override
    protected void render(Programme p) {
        ProgrammeDraft d = p.details();
        add(Ui.header(d.title(), actions(p).toArray(Component[]::new)));
        Div sub = new Div(
                Ui.badge(labels.of(p.status()), Badges.theme(p.status())),
                new Span(labels.of(d.kind())),
                new Span(labels.fiscalYear(d.fiscalYear())));
        sub.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        add(sub);
        Ui.Facts terms = new Ui.Facts()
                .line(
                        t("funding.programme.period"),
                        t("funding.period", labels.date(d.opensOn()), labels.date(d.closesOn())))
                .line(
                        t("funding.programme.maxAmount"),
                        d.maxAmountYen() == null ? t("funding.none") : labels.yen(d.maxAmountYen()))
                .line(t("funding.programme.rate"), labels.rate(d.subsidyRate()))
                .line(t("funding.programme.ward"), labels.area(d.wardCode()))
                .line(t("funding.programme.department"), p.departmentName())
                .line(t("funding.programme.target"), d.target())
                .line(t("funding.programme.summary"), d.summary())
                .line(t("funding.programme.contact"), d.contact())
                .line(t("funding.programme.url"), d.url());
        Ui.Facts budget = new Ui.Facts()
                .line(t("funding.programme.budget"), labels.yen(d.budgetYen()))
                .line(t("funding.programme.committed"), labels.yen(p.committedYen()))
                .line(t("funding.programme.paid"), labels.yen(p.paidYen()))
                .line(t("funding.programme.remaining"), labels.yen(p.remainingYen()))
                .line(t("funding.programme.applications"), labels.number(p.applications()));
        Div used = BudgetBar.of(p.committedYen(), d.budgetYen(), labels);
        add(Ui.cards(
                Ui.card(t("funding.programmeForm.terms"), terms),
                Ui.card(t("funding.programme.budgetUsed"), budget, used),
                Ui.card(t("funding.programmeForm.eligibility"), eligibility(d.eligibility(), d.requiredDocuments())),
                Ui.card(t("funding.programmeForm.criteria"), criteria(d.criteria()))));
        if (staff) {
            add(Ui.card(t("funding.programme.reviewers"), new Span(reviewers(p))));
        }
        if (staff && !d.wardCode().isEmpty()) {
            add(wardBudget(p));
        }
        if (coordinator && p.applications() > 0) {
            add(Ui.card(t("funding.ranking.title"), ranking(p)));
        }
    }

    private List<Component> actions(Programme p) {
        List<Component> actions = new ArrayList<>();
        if (staff) {
            Anchor apps = new Anchor(
                    Routes.APPLICATIONS + "?" + Routes.PROGRAMME_ID + "=" + p.id(),
                    t("funding.programme.toApplications"));
            apps.setId("funding-programme-applications");
            actions.add(apps);
        }
        if (staff && p.status() == ProgrammeStatus.PUBLISHED) {
            Button apply = new Button(
                    t("funding.applications.new"),
                    VaadinIcon.PLUS.create(),
                    e -> Navigation.navigate(Routes.APPLICATION_EDIT + "?" + Routes.PROGRAMME_ID + "=" + p.id()));
            apply.setId("funding-programme-apply");
            actions.add(apply);
        }
        if (!coordinator) {
            return actions;
        }
        if (p.status() != ProgrammeStatus.CLOSED) {
            Button edit = new Button(
                    t("funding.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> Navigation.navigate(Routes.edit(Routes.PROGRAMME_EDIT, p.id())));
            edit.setId("funding-programme-edit");
            Button reviewers = new Button(
                    t("funding.programme.assignReviewers"), VaadinIcon.USERS.create(), e -> assignReviewers(p));
            reviewers.setId("funding-programme-reviewers");
            actions.add(edit);
            actions.add(reviewers);
        }
        if (p.status() == ProgrammeStatus.DRAFT) {
            Button publish = new Button(
                    t("funding.programme.publish"),
                    VaadinIcon.GLOBE.create(),
                    e -> change(
                            () -> services.programmes().publish(p.id(), p.version()), "funding.programme.published"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("funding-programme-publish");
            actions.add(publish);
        }
        if (p.status() == ProgrammeStatus.PUBLISHED) {
            Button close = new Button(
                    t("funding.programme.close"),
                    VaadinIcon.STOP.create(),
                    e -> Ui.confirm(
                            t("funding.programme.closeTitle", p.details().title()),
                            t("funding.programme.closeText"),
                            t("funding.programme.close"),
                            () -> change(
                                    () -> services.programmes().close(p.id(), p.version()),
                                    "funding.programme.closed")));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.setId("funding-programme-close");
            actions.add(close);
        }
        return actions;
    }

    private Component eligibility(EligibilityRules r, List<String> documents) {
        return new Ui.Facts()
                .line(
                        t("funding.rules.types"),
                        r.organisationTypes().isEmpty()
                                ? t("funding.rules.anyType")
                                : labels.join(labels.of(r.organisationTypes())))
                .line(t("funding.rules.statuses"), labels.join(labels.of(r.statuses())))
                .line(t("funding.rules.certifiedOnly"), r.certifiedOnly() ? t("funding.yes") : "")
                .line(t("funding.rules.area"), labels.area(r.areaCode()))
                .line(t("funding.rules.firstTimeOnly"), r.firstTimeOnly() ? t("funding.yes") : "")
                .line(
                        t("funding.rules.minMonthsActive"),
                        r.minMonthsActive() == null ? "" : t("funding.months", r.minMonthsActive()))
                .line(t("funding.programme.documents"), String.join("\n", documents));
    }

    private Component criteria(List<ReviewCriterion> criteria) {
        Grid<ReviewCriterion> grid = Tables.dense(false);
        grid.addColumn(ReviewCriterion::name)
                .setHeader(t("funding.criterion.name"))
                .setFlexGrow(2);
        grid.addColumn(ReviewCriterion::weight)
                .setHeader(t("funding.criterion.weight"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ReviewCriterion::maxScore)
                .setHeader(t("funding.criterion.maxScore"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(criteria);
        grid.setId("funding-programme-criteria");
        return grid;
    }

    /** 区の予算: a ward's own budget for proposals, shared by its programmes of the year. */
    private Component wardBudget(Programme p) {
        ProgrammeDraft d = p.details();
        WardBudget ward = services.programmes().wardBudgets(d.fiscalYear()).stream()
                .filter(w -> w.wardCode().equals(d.wardCode()))
                .findFirst()
                .orElse(new WardBudget(0, d.fiscalYear(), d.wardCode(), labels.area(d.wardCode()), 0, 0, 0));
        Ui.Facts facts = new Ui.Facts()
                .line(t("funding.ward.budget"), labels.yen(ward.budgetYen()))
                .line(t("funding.programme.committed"), labels.yen(ward.committedYen()))
                .line(t("funding.programme.paid"), labels.yen(ward.paidYen()))
                .line(t("funding.programme.remaining"), labels.yen(ward.remainingYen()));
        Div card = Ui.card(t("funding.ward.title", ward.wardName()), facts);
        if (coordinator) {
            Button set = new Button(t("funding.ward.set"), VaadinIcon.EDIT.create(), e -> {
                YenField amount = FormFields.yen(t("funding.ward.budget"), "funding-ward-budget");
                amount.setAmount(ward.budgetYen());
                StepDialog dialog = new StepDialog(
                        t("funding.ward.title", ward.wardName()), t("funding.ward.help"), t("kyodo.form.save"), false);
                dialog.errors().require("budgetYen", amount, t("funding.form.required"));
                dialog.fields(amount);
                dialog.open(
                        () -> {
                            if (amount.check()) {
                                services.programmes()
                                        .setWardBudget(
                                                d.fiscalYear(),
                                                d.wardCode(),
                                                amount.amount() == null ? 0 : amount.amount());
                            }
                        },
                        () -> {
                            Ui.success(t("funding.ward.saved"));
                            reload();
                        });
            });
            set.addThemeVariants(ButtonVariant.LUMO_SMALL);
            set.setId("funding-ward-set");
            card.add(set);
        }
        return card;
    }

    private String reviewers(Programme p) {
        List<String> names =
                services.programmes().reviewers(p.id()).stream().sorted().toList();
        return names.isEmpty() ? t("funding.programme.noReviewers") : labels.join(names);
    }

    private Component ranking(Programme p) {
        List<RankedApplication> ranked = services.applications().ranking(p.id());
        if (ranked.isEmpty()) {
            return Ui.muted(t("funding.ranking.empty"));
        }
        Grid<RankedApplication> grid = Tables.dense(true);
        grid.addColumn(RankedApplication::rank)
                .setHeader(t("funding.ranking.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RankedApplication::title)
                .setHeader(t("funding.application.title"))
                .setFlexGrow(3);
        grid.addColumn(RankedApplication::organisationName)
                .setHeader(t("funding.application.organisation"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.score() == null ? "" : r.score().toPlainString())
                .setHeader(t("funding.ranking.score"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> t("funding.ranking.reviews", r.reviewers(), r.conflicted()))
                .setHeader(t("funding.ranking.reviewers"))
                .setAutoWidth(true);
        grid.addColumn(r -> labels.yen(r.maxGrantYen()))
                .setHeader(t("funding.application.maxGrant"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> labels.of(r.status()))
                .setHeader(t("funding.status"))
                .setAutoWidth(true);
        grid.addItemClickListener(
                e -> Navigation.navigate(Routes.application(e.getItem().applicationId())));
        grid.setItems(ranked);
        grid.setId("funding-ranking");
        return grid;
    }

    private void assignReviewers(Programme p) {
        TextArea names = FormFields.area(t("funding.programme.reviewers"), 2000, "funding-reviewers-names");
        names.setHelperText(t("funding.programme.reviewersHelp"));
        names.setValue(String.join(
                ", ", services.programmes().reviewers(p.id()).stream().sorted().toList()));
        StepDialog dialog = new StepDialog(t("funding.programme.assignReviewers"), "", t("kyodo.form.save"), false);
        dialog.errors().bind("userNames", names);
        dialog.fields(names);
        dialog.open(
                () -> services.programmes().assignReviewers(p.id(), Set.copyOf(splitNames(names.getValue()))), () -> {
                    Ui.success(t("funding.programme.reviewersSaved"));
                    reload();
                });
    }

    static List<String> splitNames(String text) {
        return Arrays.stream(text.split("[,、\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
