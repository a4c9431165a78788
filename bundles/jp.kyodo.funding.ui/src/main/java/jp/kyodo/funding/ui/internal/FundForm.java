package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.YenField;

/**
 * A reserve fund's form, new or {@code ?id=N}: code, name, purpose, and the first fiscal year kept here with
 * its opening balance (from the old ledger; fixed once a year is closed). Coordinators.
 */
final class FundForm extends FundingForm<Fund> {

    private static final long serialVersionUID = 1L;

    final TextField code;
    final TextField name;
    final TextArea purpose;
    final IntegerField openedYear;
    final YenField opening;

    FundForm(FundingServices services) {
        super(services, "funding.fundForm.new", "funding.fundForm.edit", "funding-fund-form");
        String required = t("funding.form.required");
        code = FormFields.text(t("funding.fund.code"), 32, "funding-fund-code");
        code.setHelperText(t("funding.fundForm.codeHelp"));
        name = FormFields.text(t("funding.fund.name"), 200, "funding-fund-name");
        purpose = FormFields.area(t("funding.fund.purpose"), 2000, "funding-fund-purpose");
        openedYear = FormFields.integer(t("funding.fund.openedYear"), "funding-fund-year");
        openedYear.setValue(FiscalYear.of(LocalDate.now(Formats.ZONE)).startYear());
        openedYear.setHelperText(labels.fiscalYear(openedYear.getValue()));
        openedYear.addValueChangeListener(
                e -> openedYear.setHelperText(e.getValue() == null ? "" : labels.fiscalYear(e.getValue())));
        opening = FormFields.yen(t("funding.fund.opening"), "funding-fund-opening");
        opening.setAmount(0L);
        errors.require("code", code, required)
                .require("name", name, required)
                .bind("purpose", purpose)
                .require("openedFiscalYear", openedYear, required)
                .require("openingBalanceYen", opening, required);
        layout(section(t("funding.fundForm.what"), code, name, wide(purpose), openedYear, opening));
    }

    @Override
    protected Fund load(long id) {
        return services.funds().get(id);
    }

    @Override
    protected long idOf(Fund f) {
        return f.id();
    }

    @Override
    protected int versionOf(Fund f) {
        return f.version();
    }

    @Override
    protected void fill(Fund f) {
        FundDraft d = f.details();
        code.setValue(d.code());
        code.setReadOnly(true);
        name.setValue(d.name());
        purpose.setValue(d.purpose());
        openedYear.setValue(d.openedFiscalYear());
        opening.setAmount(d.openingBalanceYen());
    }

    FundDraft draft() {
        return new FundDraft(
                code.getValue(),
                name.getValue(),
                purpose.getValue(),
                openedYear.getValue() == null ? 0 : openedYear.getValue(),
                opening.amount() == null ? 0 : opening.amount());
    }

    @Override
    protected int checkFields() {
        return opening.check() ? 0 : 1;
    }

    @Override
    protected Fund store(Long id, int version) {
        return id == null ? services.funds().open(draft()) : services.funds().update(id, version, draft());
    }

    @Override
    protected String pageOf(long id) {
        return Routes.fund(id);
    }

    @Override
    protected String backRoute() {
        return Routes.FUNDS;
    }

    @Override
    protected Component firstField() {
        return id() == null ? code : name;
    }
}
