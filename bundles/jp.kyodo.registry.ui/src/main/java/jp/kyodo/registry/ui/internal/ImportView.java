package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.ImportReport;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSVインポート in two steps: a dry run that checks every row and lists the problems (nothing is
 * written), then, only when the file is clean, the import itself. Both run in the page component's
 * executor with the user's identity, the progress pushed to the browser.
 */
final class ImportView extends VerticalLayout {

    /** Larger files are refused before they are read (the registry holds thousands, not millions). */
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final transient RegistryServices services;
    private final transient ExecutorService executor;
    private final transient Labels labels;
    private final RadioButtonGroup<PartnerKind> kind = new RadioButtonGroup<>();
    private final Paragraph columns = new Paragraph();
    private final Upload upload = new Upload();
    private final Button check = new Button();
    private final Button commit = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span fileLabel = new Span();
    private final Div report = new Div();
    private final Grid<ImportReport.RowError> errors = new Grid<>();

    private transient byte[] file;
    private String fileName;
    private transient ImportReport dryRun;
    private boolean running;

    ImportView(RegistryServices services, ExecutorService executor) {
        this.services = services;
        this.executor = executor;
        this.labels = Labels.of(this, services);
        setPadding(false);
        report.setWidthFull();
        H2 title = new H2(t("registry.import.title"));
        title.getStyle().set("margin", "0");
        add(title, step1(), report, step2());
        errorColumns();
        showColumns();
        reset();
    }

    private Component step1() {
        kind.setLabel(t("registry.import.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(labels::kind);
        kind.setValue(PartnerKind.ORGANISATION);
        kind.setId("registry-import-kind");
        kind.addValueChangeListener(e -> {
            showColumns();
            reset();
        });
        columns.getStyle()
                .set("font-size", "var(--lumo-font-size-s)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin", "0");
        columns.setId("registry-import-columns");
        Paragraph encoding = new Paragraph(t("registry.import.encoding"));
        encoding.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        upload.setId("registry-import-upload");
        upload.setUploadHandler(new CsvUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "application/vnd.ms-excel");
        upload.addFileRejectedListener(e -> Notices.error(t("registry.import.rejected", e.getErrorMessage())));
        upload.setI18n(FormFields.uploadTexts(upload, t("registry.import.tooLarge"), t("registry.upload.wrongType")));
        fileLabel.setId("registry-import-file");
        fileLabel.getStyle().set("font-weight", "600");
        check.setText(t("registry.import.check"));
        check.setId("registry-import-check");
        check.setIcon(VaadinIcon.CHECK.create());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> run(false));
        VerticalLayout step = new VerticalLayout(
                heading(t("registry.import.step1")), kind, columns, encoding, upload, fileLabel, check);
        step.setPadding(false);
        return step;
    }

    private Component step2() {
        commit.setId("registry-import-commit");
        commit.setIcon(VaadinIcon.DATABASE.create());
        commit.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> run(true));
        progress.setWidth("20rem");
        HorizontalLayout line = new HorizontalLayout(commit, progress, progressText);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout step = new VerticalLayout(heading(t("registry.import.step2")), line);
        step.setPadding(false);
        return step;
    }

    private static H3 heading(String text) {
        H3 h = new H3(text);
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 0");
        return h;
    }

    private void showColumns() {
        columns.setText(t(
                "registry.import.columns", String.join(", ", services.transfer().columns(kind.getValue()))));
    }

    /** Back to the state before the dry run: nothing checked, nothing to commit. */
    private void reset() {
        dryRun = null;
        report.removeAll();
        check.setEnabled(file != null && !running);
        commit.setText(t("registry.import.commitNone"));
        commit.setEnabled(false);
        progress.setVisible(false);
        progressText.setText("");
    }

    /** Runs the dry run or the import in the background; the result comes back by push. */
    private void run(boolean write) {
        if (file == null || running || (write && (dryRun == null || dryRun.hasErrors()))) {
            return;
        }
        UI current = UI.getCurrent();
        Actor actor = SecurityContext.require();
        PartnerKind k = kind.getValue();
        byte[] content = file;
        int expected = dryRun == null ? 0 : dryRun.rows();
        setRunning(true, expected);
        try {
            executor.execute(() -> {
                try {
                    ImportReport result = SecurityContext.callAs(actor, () -> {
                        try (InputStream in = new ByteArrayInputStream(content)) {
                            return services.transfer()
                                    .importCsv(k, in, write, n -> push(current, () -> progressed(n, expected)));
                        }
                    });
                    push(current, () -> finished(result, write));
                } catch (DomainException e) {
                    push(current, () -> failed(e.message(current.getLocale())));
                } catch (RuntimeException e) {
                    LOG.error("Registry CSV import of {} failed", fileName, e);
                    push(current, () -> failed(t("registry.import.failed")));
                }
            });
        } catch (RejectedExecutionException e) {
            setRunning(false, 0);
            Notices.error(t("registry.import.failed"));
        }
    }

    private static void push(UI target, Runnable change) {
        try {
            target.access(change::run);
        } catch (UIDetachedException gone) {
            // the user left the page; the import itself went on or ended regardless
        }
    }

    private void setRunning(boolean now, int expected) {
        running = now;
        kind.setEnabled(!now);
        upload.getElement().setEnabled(!now);
        check.setEnabled(!now && file != null);
        commit.setEnabled(false);
        progress.setVisible(now);
        progress.setIndeterminate(expected == 0);
        progress.setMin(0);
        progress.setMax(Math.max(1, expected));
        progress.setValue(0);
        progressText.setText(now ? t("registry.import.running") : "");
    }

    private void progressed(int rows, int expected) {
        if (expected > 0) {
            progress.setValue(Math.min(rows, expected));
            progressText.setText(t("registry.import.progress", rows, expected));
        } else {
            progressText.setText(t("registry.import.progressRows", rows));
        }
    }

    private void finished(ImportReport result, boolean written) {
        setRunning(false, 0);
        report.removeAll();
        if (written) {
            dryRun = null;
            file = null;
            fileLabel.setText("");
            check.setEnabled(false);
            commit.setText(t("registry.import.commitNone"));
            Anchor search = new Anchor(Routes.SEARCH, t("registry.import.toSearch"));
            Paragraph done = new Paragraph(t("registry.import.done", result.imported()));
            done.setId("registry-import-done");
            done.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
            report.add(done, search);
            Notices.success(t("registry.import.done", result.imported()));
            return;
        }
        dryRun = result;
        Paragraph summary = new Paragraph(t("registry.import.summary", result.rows(), result.encoding()));
        summary.setId("registry-import-summary");
        report.add(summary);
        if (result.hasErrors()) {
            Paragraph message =
                    new Paragraph(t("registry.import.hasErrors", result.errors().size()));
            message.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            Anchor download = new Anchor(errorReport(result), t("registry.import.errorReport"));
            download.getElement().setAttribute("download", true);
            download.setId("registry-import-error-report");
            errors.setItems(result.errors());
            report.add(message, errors, download);
            report.scrollIntoView();
            commit.setText(t("registry.import.commitNone"));
            commit.setEnabled(false);
        } else if (result.rows() == 0) {
            report.add(new Paragraph(t("registry.import.empty")));
        } else {
            Paragraph ok = new Paragraph(t("registry.import.clean", result.rows()));
            ok.getStyle().set("color", "var(--lumo-success-text-color)");
            report.add(ok);
            commit.setText(t("registry.import.commit", result.rows()));
            commit.setEnabled(true);
        }
    }

    private void failed(String message) {
        setRunning(false, 0);
        Notices.error(message);
    }

    private void errorColumns() {
        errors.setId("registry-import-errors");
        errors.setWidthFull();
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(ImportReport.RowError::row)
                .setHeader(getTranslation("registry.import.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ImportReport.RowError::column)
                .setHeader(getTranslation("registry.import.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(e -> e.message(getLocale()))
                .setHeader(getTranslation("registry.import.message"))
                .setFlexGrow(1);
        errors.setHeight("20rem");
    }

    /** The errors as CSV (行, 列, 内容; in English: Row, Column, Problem) to fix the file in Excel. */
    private DownloadHandler errorReport(ImportReport result) {
        String name = t("registry.import.errorFile") + "_" + LocalDate.now(Formats.ZONE) + ".csv";
        Locale locale = getLocale(); // the download runs outside the UI: the language is taken now
        return event -> {
            event.setFileName(name);
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                result.writeErrors(out, locale);
            } catch (IOException e) {
                LOG.warn("Import error report download interrupted: {}", e.getMessage());
            }
        };
    }

    /** Keeps the uploaded file in memory, up to {@link #MAX_FILE_BYTES}; runs outside the UI lock. */
    private final class CsvUpload implements UploadHandler {

        private static final long serialVersionUID = 1L;

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            String name = event.getFileName();
            UI target = event.getUI();
            push(target, () -> {
                if (bytes.length > MAX_FILE_BYTES) {
                    Notices.error(t("registry.import.tooLarge"));
                    return;
                }
                file = bytes;
                fileName = name;
                // the file is kept here; the list is emptied so that another file can be chosen
                upload.clearFileList();
                fileLabel.setText(
                        t("registry.import.file", name, Formats.number(Math.max(1, bytes.length / 1024), getLocale())));
                reset();
            });
        }

        @Override
        public long getFileSizeMax() {
            return MAX_FILE_BYTES;
        }
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
