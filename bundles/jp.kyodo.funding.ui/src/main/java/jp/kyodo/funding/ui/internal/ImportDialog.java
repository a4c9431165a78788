package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.LedgerImportReport;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Ui;

/**
 * The old Excel ledger into a fund: a CSV (UTF-8 or CP932, detected) one line per entry or one per fiscal
 * year; first checked row by row (the report names each row and column), then imported in one transaction —
 * nothing is written while any row is wrong.
 */
final class ImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Larger than any city's ledger of decades; the service reads it whole. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final transient FundingServices services;
    private final transient Labels labels;
    private final long fundId;
    private final transient Runnable done;
    private final Div result = new Div();
    private final Button commit = new Button();
    private byte[] file;

    ImportDialog(FundingServices services, Labels labels, Fund fund, Runnable done) {
        this.services = services;
        this.labels = labels;
        this.fundId = fund.id();
        this.done = done;
        setHeaderTitle(labels.text("funding.import.titleOf", fund.details().name()));
        setWidth("min(52rem, 95vw)");
        Paragraph help = new Paragraph(labels.text("funding.import.help"));
        help.getStyle().set("margin-top", "0").set("white-space", "pre-line");
        Upload upload = new Upload();
        upload.setId("funding-import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "application/vnd.ms-excel");
        Uploads.inMemory(upload, MAX_FILE_BYTES, labels.text("funding.import.tooLarge"), (name, bytes) -> {
            file = bytes;
            run(false);
        });
        upload.setI18n(FormFields.uploadTexts(
                upload, labels.text("funding.import.tooLarge"), labels.text("funding.import.wrongType")));
        result.setId("funding-import-result");
        result.setWidthFull();
        commit.setText(labels.text("funding.import.commit"));
        commit.setIcon(VaadinIcon.DATABASE.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        commit.setEnabled(false);
        commit.setId("funding-import-commit");
        commit.addClickListener(e -> run(true));
        Button close = new Button(labels.text("funding.close"), e -> close());
        close.setId("funding-import-close");
        add(help, upload, result);
        getFooter().add(close, commit);
    }

    /** Checks the file (dry run) or imports it; shows the report either way. */
    private void run(boolean write) {
        try {
            LedgerImportReport report = services.funds().importLedger(fundId, file, write);
            show(report);
            if (report.committed()) {
                Ui.success(labels.text("funding.import.done", report.imported()));
                commit.setEnabled(false);
                done.run();
            }
        } catch (DomainException e) {
            Ui.error(e.message(labels.locale()));
        }
    }

    private void show(LedgerImportReport report) {
        result.removeAll();
        String summary = labels.text(
                "funding.import.summary",
                report.encoding(),
                labels.text("funding.import.layout." + report.layout()),
                report.rows(),
                report.imported());
        result.add(new Paragraph(summary));
        if (report.hasErrors()) {
            Div warning =
                    new Div(labels.text("funding.import.errors", report.errors().size()));
            warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            Grid<FieldError> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.addColumn(FieldError::field)
                    .setHeader(labels.text("funding.import.where"))
                    .setAutoWidth(true);
            grid.addColumn(e -> e.message(labels.locale()))
                    .setHeader(labels.text("funding.import.problem"))
                    .setFlexGrow(3);
            grid.setItems(report.errors());
            grid.setHeight("16rem");
            grid.setId("funding-import-errors");
            result.add(warning, grid);
            commit.setEnabled(false);
        } else if (!report.committed()) {
            result.add(new Paragraph(
                    labels.text("funding.import.clean", report.years().size())));
            commit.setEnabled(true);
        }
    }
}
