package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.funding.EligibilityRules;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.YenField;

/**
 * A grant programme's form, new or {@code ?id=N}: fiscal year and kind, budget, application period, maximum
 * amount and subsidy rate, eligibility rules, required documents, review criteria with weights. Coordinators.
 */
final class ProgrammeForm extends FundingForm<Programme> {

    private static final long serialVersionUID = 1L;

    final IntegerField fiscalYear;
    final Select<ProgrammeKind> kind;
    final TextField title;
    final TextField titleKana;
    final TextArea summary;
    final TextArea target;
    final ComboBox<String> ward;
    final ComboBox<PartnerSummary> department;
    final YenField budget;
    final YenField maxAmount;
    final TextField rate;
    final DatePicker opensOn;
    final DatePicker closesOn;
    final CheckboxGroup<PartnerType> types;
    final CheckboxGroup<OrganisationStatus> statuses;
    final Checkbox certifiedOnly;
    final ComboBox<String> area;
    final Checkbox firstTimeOnly;
    final IntegerField minMonths;
    final TextArea documents;
    final EditableRows<ReviewCriterion> criteria;
    final TextField contact;
    final TextField url;

    ProgrammeForm(FundingServices services) {
        super(services, "funding.programmeForm.new", "funding.programmeForm.edit", "funding-programme-form");
        String required = t("funding.form.required");
        fiscalYear = FormFields.integer(t("funding.fiscalYear"), "funding-programme-year");
        fiscalYear.setValue(FiscalYear.of(LocalDate.now(Formats.ZONE)).startYear());
        fiscalYear.setHelperText(t("funding.programmeForm.yearHelp"));
        fiscalYear.addValueChangeListener(
                e -> fiscalYear.setHelperText(e.getValue() == null ? "" : labels.fiscalYear(e.getValue())));
        kind = FormFields.select(
                t("funding.programme.kind"), ProgrammeKind.class, labels::of, "funding-programme-kind");
        title = FormFields.text(t("funding.programme.title"), 200, "funding-programme-title");
        titleKana = FormFields.text(t("funding.programme.titleKana"), 200, "funding-programme-kana");
        summary = FormFields.area(t("funding.programme.summary"), 4000, "funding-programme-summary");
        target = FormFields.area(t("funding.programme.target"), 2000, "funding-programme-target");
        ward = areaPicker(t("funding.programme.ward"), true, "funding-programme-ward");
        ward.setHelperText(t("funding.programmeForm.wardHelp"));
        department = FormFields.lookup(
                t("funding.programme.department"),
                Partners.find(services, EnumSet.of(PartnerType.CITY)),
                PartnerSummary::name,
                PartnerSummary::nameReading,
                "funding-programme-department");
        department.setHelperText(t("funding.programmeForm.departmentHelp"));
        budget = FormFields.yen(t("funding.programme.budget"), "funding-programme-budget");
        maxAmount = FormFields.yen(t("funding.programme.maxAmount"), "funding-programme-max");
        maxAmount.setHelperText(t("funding.programmeForm.maxHelp"));
        rate = FormFields.text(t("funding.programme.rate"), 20, "funding-programme-rate");
        rate.setValue("1/1");
        rate.setHelperText(t("funding.programmeForm.rateHelp"));
        opensOn = FormFields.date(t("funding.programme.opensOn"), labels.locale(), "funding-programme-opens");
        closesOn = FormFields.date(t("funding.programme.closesOn"), labels.locale(), "funding-programme-closes");
        types = new CheckboxGroup<>(t("funding.rules.types"));
        types.setItems(PartnerType.organisationTypes().stream()
                .filter(p -> p != PartnerType.CITY)
                .toList());
        types.setItemLabelGenerator(labels::of);
        types.setHelperText(t("funding.rules.anyType"));
        types.setId("funding-programme-types");
        statuses = FormFields.checkboxes(
                t("funding.rules.statuses"), OrganisationStatus.class, labels::of, "funding-programme-statuses");
        statuses.setValue(Set.of(OrganisationStatus.REGISTERED));
        certifiedOnly = new Checkbox(t("funding.rules.certifiedOnly"));
        certifiedOnly.setId("funding-programme-certified");
        area = areaPicker(t("funding.rules.area"), false, "funding-programme-area");
        firstTimeOnly = new Checkbox(t("funding.rules.firstTimeOnly"));
        firstTimeOnly.setId("funding-programme-first");
        minMonths = FormFields.integer(t("funding.rules.minMonthsActive"), "funding-programme-months");
        minMonths.setMin(1);
        documents = FormFields.area(t("funding.programme.documents"), 4000, "funding-programme-documents");
        documents.setHelperText(t("funding.programmeForm.documentsHelp"));
        criteria = Rows.criteria(errors, labels);
        criteria.setValue(ReviewCriterion.standard());
        contact = FormFields.text(t("funding.programme.contact"), 200, "funding-programme-contact");
        url = FormFields.text(t("funding.programme.url"), 500, "funding-programme-url");
        errors.require("fiscalYear", fiscalYear, required)
                .require("kind", kind, required)
                .require("title", title, required)
                .bind("titleKana", titleKana)
                .bind("summary", summary)
                .bind("target", target)
                .bind("wardCode", ward)
                .bind("departmentId", department)
                .require("budgetYen", budget, required)
                .bind("maxAmountYen", maxAmount)
                .require("subsidyRate", rate, required)
                .require("opensOn", opensOn, required)
                .require("closesOn", closesOn, required)
                .bind("eligibility.organisationTypes", types)
                .bind("eligibility.statuses", statuses)
                .bind("eligibility.areaCode", area)
                .bind("eligibility.minMonthsActive", minMonths)
                .bind("requiredDocuments", documents)
                .bind("contact", contact)
                .bind("url", url);
        layout(
                section(
                        t("funding.programmeForm.what"),
                        fiscalYear,
                        kind,
                        title,
                        titleKana,
                        wide(summary),
                        wide(target)),
                section(t("funding.programmeForm.terms"), budget, maxAmount, rate, opensOn, closesOn, ward, department),
                section(
                        t("funding.programmeForm.eligibility"),
                        wide(types),
                        wide(statuses),
                        certifiedOnly,
                        firstTimeOnly,
                        area,
                        minMonths,
                        wide(documents)),
                section(t("funding.programmeForm.criteria"), wide(criteria)),
                section(t("funding.programmeForm.contact"), contact, url));
    }

    private ComboBox<String> areaPicker(String label, boolean wardsOnly, String id) {
        ComboBox<String> box = new ComboBox<>(label);
        List<String> codes = services.areas()
                .map(h -> h.all().stream()
                        .filter(a -> !wardsOnly || a.kind() == AreaKind.WARD)
                        .map(Area::code)
                        .toList())
                .orElse(List.of());
        box.setItems((code, filter) -> FormFields.matches(labels.area(code), filter), codes);
        box.setItemLabelGenerator(labels::area);
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setId(id);
        return box;
    }

    @Override
    protected Programme load(long id) {
        return services.programmes().get(id);
    }

    @Override
    protected long idOf(Programme p) {
        return p.id();
    }

    @Override
    protected int versionOf(Programme p) {
        return p.version();
    }

    @Override
    protected void fill(Programme p) {
        ProgrammeDraft d = p.details();
        fiscalYear.setValue(d.fiscalYear());
        kind.setValue(d.kind());
        title.setValue(d.title());
        titleKana.setValue(d.titleKana());
        summary.setValue(d.summary());
        target.setValue(d.target());
        ward.setValue(d.wardCode().isEmpty() ? null : d.wardCode());
        if (d.departmentId() != null) {
            department.setValue(Partners.known(d.departmentId(), PartnerType.CITY, p.departmentName()));
        }
        budget.setAmount(d.budgetYen());
        maxAmount.setAmount(d.maxAmountYen());
        rate.setValue(d.subsidyRate().toString());
        opensOn.setValue(d.opensOn());
        closesOn.setValue(d.closesOn());
        EligibilityRules r = d.eligibility();
        types.setValue(r.organisationTypes());
        statuses.setValue(r.statuses());
        certifiedOnly.setValue(r.certifiedOnly());
        area.setValue(r.areaCode().isEmpty() ? null : r.areaCode());
        firstTimeOnly.setValue(r.firstTimeOnly());
        minMonths.setValue(r.minMonthsActive());
        documents.setValue(String.join("\n", d.requiredDocuments()));
        criteria.setValue(d.criteria());
        contact.setValue(d.contact());
        url.setValue(d.url());
    }

    ProgrammeDraft draft() {
        return new ProgrammeDraft(
                fiscalYear.getValue() == null ? 0 : fiscalYear.getValue(),
                kind.getValue(),
                title.getValue(),
                titleKana.getValue(),
                summary.getValue(),
                target.getValue(),
                ward.getValue(),
                department.getValue() == null ? null : department.getValue().id(),
                budget.amount() == null ? 0 : budget.amount(),
                maxAmount.amount(),
                SubsidyRate.parse(rate.getValue()),
                opensOn.getValue(),
                closesOn.getValue(),
                new EligibilityRules(
                        types.getValue(),
                        statuses.getValue(),
                        certifiedOnly.getValue(),
                        area.getValue(),
                        firstTimeOnly.getValue(),
                        minMonths.getValue()),
                documents
                        .getValue()
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                criteria.getValue(),
                contact.getValue(),
                url.getValue());
    }

    @Override
    protected int checkFields() {
        return (budget.check() ? 0 : 1) + (maxAmount.check() ? 0 : 1);
    }

    @Override
    protected Programme store(Long id, int version) {
        return id == null
                ? services.programmes().create(draft())
                : services.programmes().update(id, version, draft());
    }

    @Override
    protected String pageOf(long id) {
        return Routes.programme(id);
    }

    @Override
    protected String backRoute() {
        return Routes.PROGRAMMES;
    }

    @Override
    protected Component firstField() {
        return kind;
    }
}
