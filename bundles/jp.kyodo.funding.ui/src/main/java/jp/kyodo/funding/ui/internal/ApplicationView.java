package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.funding.Agreement;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.Decision;
import jp.kyodo.funding.Disbursement;
import jp.kyodo.funding.DisbursementDraft;
import jp.kyodo.funding.Evaluation;
import jp.kyodo.funding.ExitDecision;
import jp.kyodo.funding.ExitStrategy;
import jp.kyodo.funding.Indicator;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ResultsReport;
import jp.kyodo.funding.Review;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.ReviewDraft;
import jp.kyodo.funding.ScreeningReason;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.Ui;
import jp.kyodo.web.YenField;

/**
 * An application's page ({@code funding/application?id=N}) and its pipeline: the steps its state allows are
 * buttons (要件確認, 採点, 審査終了, 決定, 協定締結, 支払, 実績報告, 評価, 完了), each asking for what it needs;
 * screening reasons are shown in full; reviewers score each criterion or declare a conflict; attachments are
 * uploaded and downloaded by those the service lets.
 */
final class ApplicationView extends FundingRecordView<Application> {

    private static final long serialVersionUID = 1L;

    ApplicationView(FundingServices services) {
        super(services);
    }

    @Override
    protected Application load(long id) {
        return services.applications().get(id);
    }

    @Override
    protected void render(Application a) {
        ApplicationDraft d = a.details();
        Programme programme = services.programmes().get(d.programmeId());
        add(Ui.header(d.title(), steps(a, programme).toArray(Component[]::new)));
        Div sub = new Div(
                Ui.badge(labels.of(a.status()), Badges.theme(a.status())),
                new Span(a.organisationName()),
                new Anchor(Routes.programme(programme.id()), a.programmeTitle()),
                Ui.muted(labels.fiscalYear(a.fiscalYear())));
        sub.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        sub.setId("funding-application-status");
        add(sub);
        if (!a.reasons().isEmpty()) {
            add(reasons(a.reasons()));
        }
        Ui.Facts money = new Ui.Facts()
                .line(t("funding.application.requested"), labels.yen(d.requestedYen()))
                .line(t("funding.application.eligibleCost"), labels.yen(d.eligibleCostYen()))
                .line(t("funding.application.maxGrant"), labels.yen(a.maxGrantYen()))
                .line(t("funding.application.granted"), labels.yen(a.grantedYen()))
                .line(t("funding.application.conditions"), a.conditions())
                .line(t("funding.application.decisionNote"), a.decisionNote())
                .line(t("funding.application.decidedOn"), labels.date(a.decidedOn()))
                .line(t("funding.application.settled"), labels.yen(a.settledYen()))
                .line(t("funding.application.paid"), a.paidYen() == 0 ? "" : labels.yen(a.paidYen()))
                .line(t("funding.application.refundDue"), a.refundDueYen() == 0 ? "" : labels.yen(a.refundDueYen()));
        Ui.Facts plan = new Ui.Facts()
                .line(t("funding.application.plan"), d.plan())
                .line(t("funding.application.effect"), d.expectedEffect())
                .line(
                        t("funding.application.period"),
                        d.startsOn() == null
                                ? ""
                                : t("funding.period", labels.date(d.startsOn()), labels.date(d.endsOn())))
                .line(t("funding.application.submittedOn"), labels.date(d.submittedOn()))
                .line(t("funding.updated"), labels.dateTime(a.updatedAt()));
        add(Ui.cards(
                Ui.card(t("funding.application.money"), money),
                Ui.card(t("funding.applicationForm.plan"), plan),
                Ui.card(t("funding.applicationForm.budget"), budget(d.budget()))));
        List<Component> later = new ArrayList<>();
        later.add(agreementAndPayments(a));
        if (a.report() != null) {
            later.add(report(a.report()));
        }
        if (a.evaluation() != null || a.exit() != null) {
            Ui.Facts outcome = new Ui.Facts();
            if (a.evaluation() != null) {
                outcome.line(
                                t("funding.evaluation.rating"),
                                t("funding.evaluation.stars", a.evaluation().rating()))
                        .line(t("funding.evaluation.text"), a.evaluation().text())
                        .line(
                                t("funding.evaluation.on"),
                                labels.date(a.evaluation().evaluatedOn()));
            }
            if (a.exit() != null) {
                outcome.line(t("funding.exit.strategy"), labels.of(a.exit().strategy()))
                        .line(t("funding.exit.note"), a.exit().note());
            }
            later.add(Ui.card(t("funding.application.outcome"), outcome));
        }
        add(Ui.cards(later.toArray(Component[]::new)));
        if (a.status().ordinal() >= ApplicationStatus.SCREENED.ordinal()
                && a.status() != ApplicationStatus.INELIGIBLE) {
            add(Ui.card(t("funding.reviews.title"), reviews(a, programme)));
        }
        add(Ui.card(t("funding.attachments.title"), new Attachments(services, labels, a, programme, this::reload)));
    }

    // ---- the steps -----------------------------------------------------------------------------

    private List<Component> steps(Application a, Programme programme) {
        List<Component> steps = new ArrayList<>();
        ApplicationStatus s = a.status();
        if (staff && s == ApplicationStatus.SUBMITTED) {
            steps.add(button(
                    "edit",
                    VaadinIcon.EDIT,
                    false,
                    () -> Navigation.navigate(Routes.edit(Routes.APPLICATION_EDIT, a.id()))));
        }
        if (coordinator && s == ApplicationStatus.SUBMITTED) {
            steps.add(button("screen", VaadinIcon.CHECK_SQUARE_O, true, () -> screen(a)));
        }
        if (s == ApplicationStatus.SCREENED && isReviewer(programme)) {
            steps.add(button("review", VaadinIcon.STAR_HALF_LEFT_O, true, () -> review(a, programme)));
        }
        if (coordinator && s == ApplicationStatus.SCREENED) {
            steps.add(button(
                    "completeReview",
                    VaadinIcon.FLAG_CHECKERED,
                    false,
                    () -> Ui.confirm(
                            t("funding.step.completeReview"),
                            t("funding.step.completeReview.text"),
                            t("funding.step.completeReview"),
                            () -> change(
                                    () -> services.applications().completeReview(a.id(), a.version()),
                                    "funding.step.completeReview.done"))));
        }
        if (coordinator && s == ApplicationStatus.REVIEWED) {
            steps.add(button("decide", VaadinIcon.GAVEL, true, () -> decide(a)));
        }
        if (coordinator && s == ApplicationStatus.GRANTED) {
            steps.add(button("agree", VaadinIcon.HANDSHAKE, true, () -> agree(a)));
        }
        if (coordinator && s.payable() && unpaid(a) > 0) {
            steps.add(button(
                    "disburse",
                    VaadinIcon.MONEY_WITHDRAW,
                    s == ApplicationStatus.AGREED && a.paidYen() == 0,
                    () -> disburse(a)));
        }
        if (staff && s == ApplicationStatus.AGREED) {
            steps.add(button("report", VaadinIcon.CLIPBOARD_TEXT, a.paidYen() > 0, () -> report(a)));
        }
        if (coordinator && s == ApplicationStatus.REPORTED) {
            steps.add(button("evaluate", VaadinIcon.STAR, true, () -> evaluate(a)));
        }
        if (coordinator && s == ApplicationStatus.EVALUATED) {
            steps.add(button("exit", VaadinIcon.EXIT, true, () -> exit(a)));
        }
        if (staff && s.next().contains(ApplicationStatus.WITHDRAWN)) {
            Button withdraw = button("withdraw", VaadinIcon.BAN, false, () -> withdraw(a));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            steps.add(withdraw);
        }
        return steps;
    }

    private Button button(String step, VaadinIcon icon, boolean primary, Runnable action) {
        Button b = new Button(t("funding.step." + step), icon.create(), e -> action.run());
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        b.setId("funding-step-" + step);
        return b;
    }

    private boolean isReviewer(Programme programme) {
        String me = SecurityContext.current().map(actor -> actor.userName()).orElse("");
        return services.programmes().reviewers(programme.id()).contains(me);
    }

    private void done(String key) {
        Ui.success(t(key));
        reload();
    }

    /** 要件確認: the rules are checked at once; an ineligible application says why, rule by rule. */
    private void screen(Application a) {
        try {
            Application screened = services.applications().screen(a.id(), a.version());
            if (screened.status() == ApplicationStatus.INELIGIBLE) {
                Ui.error(t("funding.step.screen.ineligible", screened.reasons().size()));
            } else {
                Ui.success(t("funding.step.screen.done"));
            }
        } catch (DomainException e) {
            Ui.error(e.message(getLocale()));
        }
        reload();
    }

    /** 採点: a score per criterion (0 to its maximum), or a declared conflict of interest (利害関係). */
    private void review(Application a, Programme programme) {
        StepDialog dialog = new StepDialog(
                t("funding.step.review"), t("funding.step.review.text"), t("funding.step.review.save"), false);
        Checkbox conflict = new Checkbox(t("funding.review.conflict"));
        conflict.setId("funding-review-conflict");
        TextField conflictNote = FormFields.text(t("funding.review.conflictNote"), 500, "funding-review-conflict-note");
        conflictNote.setVisible(false);
        Map<String, IntegerField> scores = new LinkedHashMap<>();
        List<Component> fields = new ArrayList<>();
        for (ReviewCriterion c : programme.details().criteria()) {
            IntegerField score = FormFields.integer(
                    t("funding.review.score", c.name(), c.weight(), c.maxScore()), "funding-review-score-" + c.code());
            score.setMin(0);
            score.setMax(c.maxScore());
            score.setStepButtonsVisible(true);
            dialog.errors().bind("scores." + c.code(), score);
            scores.put(c.code(), score);
            fields.add(score);
        }
        TextArea comment = FormFields.area(t("funding.review.comment"), 4000, "funding-review-comment");
        conflict.addValueChangeListener(e -> {
            conflictNote.setVisible(e.getValue());
            scores.values().forEach(f -> f.setEnabled(!e.getValue()));
        });
        services.applications().reviews(a.id()).stream()
                .filter(r -> r.reviewer().equals(SecurityContext.require().userName()))
                .findFirst()
                .ifPresent(mine -> {
                    conflict.setValue(mine.conflictOfInterest());
                    conflictNote.setValue(mine.conflictNote());
                    mine.scores().forEach((code, value) -> {
                        if (scores.containsKey(code)) {
                            scores.get(code).setValue(value);
                        }
                    });
                    comment.setValue(mine.comment());
                });
        dialog.errors().bind("conflictNote", conflictNote).bind("comment", comment);
        dialog.fields(fields.toArray(Component[]::new));
        dialog.fields(comment, conflict, conflictNote);
        dialog.open(
                () -> {
                    ReviewDraft draft;
                    if (conflict.getValue()) {
                        draft = ReviewDraft.conflict(conflictNote.getValue());
                    } else {
                        Map<String, Integer> values = new LinkedHashMap<>();
                        scores.forEach((code, f) -> {
                            if (f.getValue() != null) {
                                values.put(code, f.getValue());
                            }
                        });
                        draft = ReviewDraft.scores(values, comment.getValue());
                    }
                    services.applications().saveReview(a.id(), draft);
                },
                () -> done("funding.step.review.done"));
    }

    /** 決定: grant an amount within the limit (with conditions), or reject with a reason. */
    private void decide(Application a) {
        StepDialog dialog = new StepDialog(
                t("funding.step.decide"),
                t("funding.step.decide.text", labels.yen(a.maxGrantYen())),
                t("funding.step.decide"),
                false);
        RadioButtonGroup<Boolean> grant = new RadioButtonGroup<>(t("funding.decision.kind"));
        grant.setItems(true, false);
        grant.setItemLabelGenerator(g -> t(g ? "funding.decision.grant" : "funding.decision.reject"));
        grant.setValue(true);
        grant.setId("funding-decision-kind");
        YenField amount = FormFields.yen(t("funding.decision.amount"), "funding-decision-amount");
        amount.setAmount(a.maxGrantYen());
        TextArea conditions = FormFields.area(t("funding.decision.conditions"), 2000, "funding-decision-conditions");
        TextArea reason = FormFields.area(t("funding.decision.reason"), 2000, "funding-decision-reason");
        reason.setVisible(false);
        grant.addValueChangeListener(e -> {
            amount.setVisible(e.getValue());
            conditions.setVisible(e.getValue());
            reason.setVisible(!e.getValue());
        });
        dialog.errors()
                .bind("grantedYen", amount)
                .bind("conditions", conditions)
                .bind("note", reason);
        dialog.fields(grant, amount, conditions, reason);
        dialog.open(
                () -> {
                    if (grant.getValue() && !amount.check()) {
                        return;
                    }
                    Decision decision = grant.getValue()
                            ? Decision.grant(amount.amount() == null ? 0 : amount.amount(), conditions.getValue())
                            : Decision.reject(reason.getValue());
                    services.applications().decide(a.id(), a.version(), decision);
                },
                () -> done("funding.step.decide.done"));
    }

    /** 協定締結: the date and the notice's number (指令番号). */
    private void agree(Application a) {
        StepDialog dialog = new StepDialog(t("funding.step.agree"), "", t("funding.step.agree"), false);
        DatePicker on = date("funding.agreement.on", "funding-agreement-on");
        TextField number = FormFields.text(t("funding.agreement.number"), 100, "funding-agreement-number");
        TextArea note = FormFields.area(t("funding.note"), 2000, "funding-agreement-note");
        dialog.errors().bind("agreedOn", on).bind("number", number).bind("note", note);
        dialog.fields(on, number, note);
        dialog.open(
                () -> services.applications()
                        .agree(a.id(), a.version(), new Agreement(on.getValue(), number.getValue(), note.getValue())),
                () -> done("funding.step.agree.done"));
    }

    /** 支払: a payment of (part of) the grant; the rest is proposed. */
    private void disburse(Application a) {
        long rest = unpaid(a);
        StepDialog dialog = new StepDialog(
                t("funding.step.disburse"),
                t("funding.step.disburse.text", labels.yen(Math.max(0, rest))),
                t("funding.step.disburse"),
                false);
        DatePicker on = date("funding.disbursement.on", "funding-disbursement-on");
        YenField amount = FormFields.yen(t("funding.disbursement.amount"), "funding-disbursement-amount");
        amount.setAmount(Math.max(0, rest));
        TextArea note = FormFields.area(t("funding.note"), 2000, "funding-disbursement-note");
        dialog.errors().bind("paidOn", on).bind("amountYen", amount).bind("note", note);
        dialog.fields(on, amount, note);
        dialog.open(
                () -> {
                    if (amount.check()) {
                        services.applications()
                                .disburse(
                                        a.id(),
                                        a.version(),
                                        new DisbursementDraft(
                                                on.getValue(),
                                                amount.amount() == null ? 0 : amount.amount(),
                                                note.getValue()));
                    }
                },
                () -> done("funding.step.disburse.done"));
    }

    /** What is granted (or settled, after the report) and not paid yet. */
    static long unpaid(Application a) {
        long due = a.settledYen() != null ? a.settledYen() : a.grantedYen() == null ? 0 : a.grantedYen();
        return Math.max(0, due - a.paidYen());
    }

    /** 実績報告: the summary, actual income and expenses, and the indicators' results. */
    private void report(Application a) {
        StepDialog dialog = new StepDialog(
                t("funding.step.report"), t("funding.step.report.text"), t("funding.step.report"), false);
        dialog.setWidth("min(60rem, 95vw)");
        DatePicker on = date("funding.report.on", "funding-report-on");
        TextArea summary = FormFields.area(t("funding.report.summary"), 8000, "funding-report-summary");
        EditableRows<BudgetLine> actual = Rows.budget(dialog.errors(), labels, "actual");
        actual.setValue(a.details().budget());
        EditableRows<Indicator> indicators = Rows.indicators(dialog.errors(), labels);
        indicators.setValue(List.of(new Indicator("", "", null, null)));
        dialog.errors().bind("reportedOn", on).bind("summary", summary);
        actual.getElement().setAttribute("data-wide", true);
        indicators.getElement().setAttribute("data-wide", true);
        dialog.fields(
                on,
                summary,
                Ui.muted(t("funding.report.actual")),
                actual,
                Ui.muted(t("funding.report.indicators")),
                indicators);
        dialog.open(
                () -> services.applications()
                        .report(
                                a.id(),
                                a.version(),
                                new ResultsReport(
                                        on.getValue(),
                                        summary.getValue(),
                                        actual.getValue().stream()
                                                .filter(l -> !l.item().isBlank())
                                                .toList(),
                                        indicators.getValue().stream()
                                                .filter(i -> !i.name().isBlank())
                                                .toList())),
                () -> done("funding.step.report.done"));
    }

    /** 評価: a rating from 1 to 5 and the evaluation's text (成果志向). */
    private void evaluate(Application a) {
        StepDialog dialog = new StepDialog(t("funding.step.evaluate"), "", t("funding.step.evaluate"), false);
        Select<Integer> rating = new Select<>();
        rating.setLabel(t("funding.evaluation.rating"));
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(r -> t("funding.evaluation.stars", r));
        rating.setId("funding-evaluation-rating");
        TextArea text = FormFields.area(t("funding.evaluation.text"), 8000, "funding-evaluation-text");
        DatePicker on = date("funding.evaluation.on", "funding-evaluation-on");
        dialog.errors()
                .require("rating", rating, t("funding.form.required"))
                .bind("text", text)
                .bind("evaluatedOn", on);
        dialog.fields(rating, on, text);
        dialog.open(
                () -> services.applications()
                        .evaluate(
                                a.id(), a.version(), new Evaluation(rating.getValue(), text.getValue(), on.getValue())),
                () -> done("funding.step.evaluate.done"));
    }

    /** 出口戦略: what becomes of the activity (制度化, 政策化, 事業化, 自主継続, 終了). */
    private void exit(Application a) {
        StepDialog dialog =
                new StepDialog(t("funding.step.exit"), t("funding.step.exit.text"), t("funding.step.exit"), false);
        Select<ExitStrategy> strategy =
                FormFields.select(t("funding.exit.strategy"), ExitStrategy.class, labels::of, "funding-exit-strategy");
        TextArea note = FormFields.area(t("funding.exit.note"), 4000, "funding-exit-note");
        DatePicker on = date("funding.exit.on", "funding-exit-on");
        dialog.errors()
                .require("strategy", strategy, t("funding.form.required"))
                .bind("note", note)
                .bind("decidedOn", on);
        dialog.fields(strategy, on, note);
        dialog.open(
                () -> services.applications()
                        .decideExit(
                                a.id(),
                                a.version(),
                                new ExitDecision(strategy.getValue(), note.getValue(), on.getValue())),
                () -> done("funding.step.exit.done"));
    }

    /** 取下げ: with the reason, after confirming (it cannot be undone). */
    private void withdraw(Application a) {
        StepDialog dialog = new StepDialog(
                t("funding.step.withdraw.title", a.details().title()),
                t("funding.step.withdraw.text"),
                t("funding.step.withdraw"),
                true);
        TextArea reason = FormFields.area(t("funding.step.withdraw.reason"), 2000, "funding-withdraw-reason");
        dialog.errors().require("reason", reason, t("funding.form.required"));
        dialog.fields(reason);
        dialog.open(
                () -> services.applications().withdraw(a.id(), a.version(), reason.getValue()),
                () -> done("funding.step.withdraw.done"));
    }

    private DatePicker date(String labelKey, String id) {
        DatePicker d = FormFields.date(t(labelKey), labels.locale(), id);
        d.setValue(LocalDate.now(Formats.ZONE));
        return d;
    }

    // ---- what is shown -------------------------------------------------------------------------

    private Component reasons(List<ScreeningReason> reasons) {
        UnorderedList list = new UnorderedList();
        for (ScreeningReason r : reasons) {
            list.add(new ListItem(r.message(getLocale())));
        }
        list.setId("funding-application-reasons");
        Div box = Ui.card(t("funding.application.reasons"), list);
        box.getStyle()
                .set("border-color", "var(--lumo-error-color-50pct)")
                .set("background", "var(--lumo-error-color-10pct)");
        return box;
    }

    private Component budget(List<BudgetLine> lines) {
        Grid<BudgetLine> grid = Tables.dense(false);
        grid.addColumn(l -> labels.of(l.side()))
                .setHeader(t("funding.budget.side"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(BudgetLine::item).setHeader(t("funding.budget.item")).setFlexGrow(2);
        grid.addColumn(l -> labels.yen(l.amountYen()))
                .setHeader(t("funding.budget.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(l -> l.eligible() ? "✓" : "")
                .setHeader(t("funding.budget.eligibleShort"))
                .setAutoWidth(true);
        grid.setItems(lines);
        grid.setEmptyStateText(t("funding.budget.empty"));
        return grid;
    }

    private Component agreementAndPayments(Application a) {
        Ui.Facts facts = new Ui.Facts();
        if (a.agreement() != null) {
            facts.line(t("funding.agreement.on"), labels.date(a.agreement().agreedOn()))
                    .line(t("funding.agreement.number"), a.agreement().number())
                    .line(t("funding.note"), a.agreement().note());
        }
        List<Disbursement> payments = services.applications().disbursements(a.id());
        Div content = new Div(facts);
        if (payments.isEmpty()) {
            content.add(Ui.muted(t("funding.disbursement.none")));
        } else {
            Grid<Disbursement> grid = Tables.dense(false);
            grid.addColumn(p -> labels.date(p.paidOn()))
                    .setHeader(t("funding.disbursement.on"))
                    .setAutoWidth(true);
            grid.addColumn(p -> labels.yen(p.amountYen()))
                    .setHeader(t("funding.disbursement.amount"))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
            grid.addColumn(Disbursement::note).setHeader(t("funding.note")).setFlexGrow(2);
            grid.setItems(payments);
            grid.setId("funding-disbursements");
            content.add(grid);
        }
        return Ui.card(t("funding.application.agreementAndPayments"), content);
    }

    private Component report(ResultsReport r) {
        Ui.Facts facts = new Ui.Facts()
                .line(t("funding.report.on"), labels.date(r.reportedOn()))
                .line(t("funding.report.summary"), r.summary())
                .line(t("funding.report.actualCost"), labels.yen(r.actualEligibleCostYen()));
        for (var i : r.indicators()) {
            facts.line(
                    i.name(),
                    t(
                            "funding.indicator.line",
                            i.target() == null ? "—" : labels.number(i.target()),
                            i.result() == null ? "—" : labels.number(i.result()),
                            i.unit()));
        }
        return Ui.card(t("funding.application.report"), facts);
    }

    private Component reviews(Application a, Programme programme) {
        List<Review> reviews = services.applications().reviews(a.id());
        if (reviews.isEmpty()) {
            return Ui.muted(t("funding.reviews.none"));
        }
        Grid<Review> grid = Tables.dense(false);
        grid.addColumn(Review::reviewer)
                .setHeader(t("funding.reviews.reviewer"))
                .setAutoWidth(true);
        for (ReviewCriterion c : programme.details().criteria()) {
            grid.addColumn(r -> r.conflictOfInterest() || !r.scores().containsKey(c.code())
                            ? ""
                            : r.scores().get(c.code()).toString())
                    .setHeader(c.name())
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.addColumn(r -> r.conflictOfInterest() ? t("funding.review.conflicted") : labels.number(r.weightedTotal()))
                .setHeader(t("funding.reviews.total"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> r.conflictOfInterest() ? r.conflictNote() : r.comment())
                .setHeader(t("funding.review.comment"))
                .setFlexGrow(2);
        grid.setItems(reviews);
        grid.setId("funding-reviews");
        return grid;
    }
}
