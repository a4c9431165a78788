package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.YenField;

/**
 * An application entered by staff for a registered organisation (many groups still apply on paper), new or
 * {@code ?id=N} while it is received: programme, organisation, plan, budget lines and the amount requested.
 * The eligible cost and the grant limit are shown as the budget is typed.
 */
final class ApplicationForm extends FundingForm<Application> {

    private static final long serialVersionUID = 1L;

    final ComboBox<Programme> programme;
    final ComboBox<PartnerSummary> organisation;
    final TextField title;
    final TextArea plan;
    final TextArea effect;
    final DatePicker startsOn;
    final DatePicker endsOn;
    final EditableRows<BudgetLine> budget;
    final YenField requested;
    final DatePicker submittedOn;
    private final Span limit = new Span();

    ApplicationForm(FundingServices services) {
        super(services, "funding.applicationForm.new", "funding.applicationForm.edit", "funding-application-form");
        String required = t("funding.form.required");
        programme = FormFields.lookup(
                t("funding.application.programme"),
                (text, page) -> services
                        .programmes()
                        .search(new ProgrammeQuery(text, null, null, ProgrammeStatus.PUBLISHED, "", null), page)
                        .items()
                        .stream(),
                p -> p.details().title(),
                p -> labels.fiscalYear(p.details().fiscalYear()) + " · "
                        + labels.of(p.details().kind()),
                "funding-application-programme");
        programme.addValueChangeListener(e -> showLimit());
        organisation = FormFields.lookup(
                t("funding.application.organisation"),
                Partners.find(
                        services,
                        EnumSet.copyOf(PartnerType.organisationTypes().stream()
                                .filter(p -> p != PartnerType.CITY)
                                .toList())),
                PartnerSummary::name,
                s -> labels.of(s.type()) + (s.nameReading().isEmpty() ? "" : " · " + s.nameReading()),
                "funding-application-organisation");
        organisation.setPlaceholder(t("funding.form.partnerPlaceholder"));
        title = FormFields.text(t("funding.application.title"), 200, "funding-application-title");
        plan = FormFields.area(t("funding.application.plan"), 8000, "funding-application-plan");
        effect = FormFields.area(t("funding.application.effect"), 4000, "funding-application-effect");
        startsOn = FormFields.date(t("funding.application.startsOn"), labels.locale(), "funding-application-starts");
        endsOn = FormFields.date(t("funding.application.endsOn"), labels.locale(), "funding-application-ends");
        budget = Rows.budget(errors, labels, "budget");
        budget.setValue(List.of(BudgetLine.expense("", 0), BudgetLine.income("", 0)));
        requested = FormFields.yen(t("funding.application.requested"), "funding-application-requested");
        requested.addValueChangeListener(e -> showLimit());
        submittedOn =
                FormFields.date(t("funding.application.submittedOn"), labels.locale(), "funding-application-submitted");
        submittedOn.setValue(LocalDate.now(Formats.ZONE));
        submittedOn.setHelperText(t("funding.applicationForm.submittedHelp"));
        limit.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        limit.setId("funding-application-limit");
        errors.require("programmeId", programme, required)
                .require("organisationId", organisation, required)
                .require("title", title, required)
                .bind("plan", plan)
                .bind("expectedEffect", effect)
                .bind("startsOn", startsOn)
                .bind("endsOn", endsOn)
                .require("requestedYen", requested, required)
                .bind("submittedOn", submittedOn);
        layout(
                section(t("funding.applicationForm.who"), programme, organisation, title, submittedOn),
                section(t("funding.applicationForm.plan"), wide(plan), wide(effect), startsOn, endsOn),
                section(t("funding.applicationForm.budget"), wide(budget), requested, limit));
    }

    /** The grant limit the programme allows for what is typed: min(requested, maximum, eligible × rate). */
    private void showLimit() {
        Programme p = programme.getValue();
        if (p == null) {
            limit.setText("");
            return;
        }
        long eligible = BudgetLine.eligibleCost(budget.getValue());
        long byRate = p.details().subsidyRate().apply(eligible);
        long max = p.details().maxAmountYen() == null
                ? Long.MAX_VALUE
                : p.details().maxAmountYen();
        Long req = requested.amount();
        long grantLimit = Math.min(byRate, Math.min(max, req == null ? Long.MAX_VALUE : req));
        limit.setText(t(
                "funding.applicationForm.limit",
                labels.yen(eligible),
                labels.rate(p.details().subsidyRate()),
                p.details().maxAmountYen() == null
                        ? t("funding.none")
                        : labels.yen(p.details().maxAmountYen()),
                labels.yen(grantLimit)));
    }

    @Override
    protected void prepare(QueryParameters parameters) {
        Navigation.id(parameters, Routes.PROGRAMME_ID).ifPresent(id -> {
            try {
                programme.setValue(services.programmes().get(id));
            } catch (DomainException e) {
                programme.clear();
            }
        });
    }

    @Override
    protected Application load(long id) {
        return services.applications().get(id);
    }

    @Override
    protected long idOf(Application a) {
        return a.id();
    }

    @Override
    protected int versionOf(Application a) {
        return a.version();
    }

    @Override
    protected void fill(Application a) {
        ApplicationDraft d = a.details();
        programme.setValue(services.programmes().get(d.programmeId()));
        programme.setReadOnly(true);
        organisation.setValue(Partners.known(d.organisationId(), PartnerType.CIVIC, a.organisationName()));
        title.setValue(d.title());
        plan.setValue(d.plan());
        effect.setValue(d.expectedEffect());
        startsOn.setValue(d.startsOn());
        endsOn.setValue(d.endsOn());
        budget.setValue(d.budget());
        requested.setAmount(d.requestedYen());
        submittedOn.setValue(d.submittedOn());
        showLimit();
    }

    ApplicationDraft draft() {
        return new ApplicationDraft(
                programme.getValue() == null ? 0 : programme.getValue().id(),
                organisation.getValue() == null ? 0 : organisation.getValue().id(),
                title.getValue(),
                plan.getValue(),
                effect.getValue(),
                startsOn.getValue(),
                endsOn.getValue(),
                budget.getValue().stream()
                        .filter(l -> !l.item().isBlank() || l.amountYen() != 0)
                        .toList(),
                requested.amount() == null ? 0 : requested.amount(),
                submittedOn.getValue());
    }

    @Override
    protected int checkFields() {
        return requested.check() ? 0 : 1;
    }

    @Override
    protected Application store(Long id, int version) {
        return id == null
                ? services.applications().submit(draft())
                : services.applications().update(id, version, draft());
    }

    @Override
    protected String pageOf(long id) {
        return Routes.application(id);
    }

    @Override
    protected String backRoute() {
        return Routes.APPLICATIONS;
    }

    @Override
    protected Component firstField() {
        return programme.isEmpty() ? programme : organisation;
    }
}
