package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.LedgerKind;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;
import jp.kyodo.web.YenField;

/**
 * A line of a fund's ledger: 積立 (city transfer), 寄附 (donation: donor, address, receipt number), 利子
 * (interest) or 取崩 (withdrawal: what it financed). The fields shown follow the kind.
 */
final class EntryDialog {

    private final StepDialog dialog;
    private final Runnable open;

    EntryDialog(FundingServices services, Labels labels, Fund fund, Runnable done) {
        dialog = new StepDialog(
                labels.text("funding.ledger.newTitle", fund.details().name()),
                "",
                labels.text("funding.ledger.record"),
                false);
        Select<LedgerKind> kind = FormFields.select(
                labels.text("funding.ledger.kind"), LedgerKind.class, labels::of, "funding-entry-kind");
        kind.setValue(LedgerKind.CITY_TRANSFER);
        DatePicker date = FormFields.date(labels.text("funding.ledger.date"), labels.locale(), "funding-entry-date");
        date.setValue(LocalDate.now(Formats.ZONE));
        YenField amount = FormFields.yen(labels.text("funding.ledger.amount"), "funding-entry-amount");
        TextField description =
                FormFields.text(labels.text("funding.ledger.description"), 200, "funding-entry-description");
        TextField donor = FormFields.text(labels.text("funding.ledger.donor"), 200, "funding-entry-donor");
        TextField address = FormFields.text(labels.text("funding.ledger.donorAddress"), 300, "funding-entry-address");
        TextField receipt = FormFields.text(labels.text("funding.ledger.receipt"), 50, "funding-entry-receipt");
        TextField financed = FormFields.text(labels.text("funding.ledger.financed"), 200, "funding-entry-financed");
        Runnable follow = () -> {
            LedgerKind k = kind.getValue();
            donor.setVisible(k == LedgerKind.DONATION);
            address.setVisible(k == LedgerKind.DONATION);
            receipt.setVisible(k == LedgerKind.DONATION);
            financed.setVisible(k == LedgerKind.WITHDRAWAL);
        };
        kind.addValueChangeListener(e -> follow.run());
        follow.run();
        String required = labels.text("funding.form.required");
        dialog.errors()
                .require("kind", kind, required)
                .require("entryDate", date, required)
                .require("amountYen", amount, required)
                .bind("description", description)
                .bind("donorName", donor)
                .bind("donorAddress", address)
                .bind("receiptNumber", receipt)
                .bind("financed", financed);
        dialog.fields(kind, date, amount, description, donor, address, receipt, financed);
        this.open = () -> dialog.open(
                () -> {
                    if (!amount.check()) {
                        return;
                    }
                    LedgerKind k = kind.getValue();
                    services.funds()
                            .record(new LedgerEntryDraft(
                                    fund.id(),
                                    k,
                                    date.getValue(),
                                    amount.amount() == null ? 0 : amount.amount(),
                                    description.getValue(),
                                    k == LedgerKind.DONATION ? donor.getValue() : "",
                                    k == LedgerKind.DONATION ? address.getValue() : "",
                                    k == LedgerKind.DONATION ? receipt.getValue() : "",
                                    null,
                                    k == LedgerKind.WITHDRAWAL ? financed.getValue() : ""));
                },
                () -> {
                    Ui.success(labels.text("funding.ledger.recorded"));
                    done.run();
                });
    }

    void open() {
        open.run();
    }
}
