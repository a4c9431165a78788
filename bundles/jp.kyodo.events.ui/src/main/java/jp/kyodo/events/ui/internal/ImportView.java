package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.events.EventImportReport;
import jp.kyodo.web.Ui;

/**
 * イベント一覧の取り込み: a city's event list in the current or the 2019 layout (CP932 or UTF-8); 「確認」 reports
 * every row's problem without writing, 「取り込む」 writes only when every row is valid.
 */
final class ImportView extends VerticalLayout {

    /** Event lists are small; larger files are refused by the service too (maxImportMegabytes). */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final EventsServices services;
    private final Upload upload = new Upload();
    private final Paragraph summary = new Paragraph();
    private final Grid<FieldError> errors = new Grid<>();
    private final Button check = new Button();
    private final Button commit = new Button();
    private volatile byte[] file;

    ImportView(EventsServices services) {
        this.services = services;
        upload.setUploadHandler(new FileUpload());
        upload.setAcceptedFileTypes(".csv", "text/csv", "application/vnd.ms-excel");
        upload.setMaxFiles(1);
        upload.setId("events-import-upload");
        check.setText(getTranslation("events.import.check"));
        check.addClickListener(e -> run(false));
        check.setEnabled(false);
        check.setId("events-import-check");
        commit.setText(getTranslation("events.import.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> run(true));
        commit.setEnabled(false);
        commit.setId("events-import-commit");
        summary.setId("events-import-summary");
        errors.addColumn(FieldError::field)
                .setHeader(getTranslation("events.import.where"))
                .setAutoWidth(true);
        errors.addColumn(f -> f.message(getLocale())).setHeader(getTranslation("events.import.problem"));
        errors.setVisible(false);
        errors.setAllRowsVisible(true);
        add(
                new H2(getTranslation("events.import.title")),
                new Paragraph(getTranslation("events.import.help")),
                upload,
                new HorizontalLayout(check, commit),
                summary,
                errors);
    }

    private void run(boolean write) {
        byte[] bytes = file;
        if (bytes == null) {
            return;
        }
        try {
            EventImportReport r = services.publishing().importEventList(bytes, write);
            errors.setItems(r.errors());
            errors.setVisible(!r.errors().isEmpty());
            if (!r.errors().isEmpty()) {
                summary.setText(getTranslation(
                        "events.import.refused",
                        r.layout(),
                        r.charset(),
                        r.rows(),
                        r.errors().size()));
                commit.setEnabled(false);
            } else if (r.committed()) {
                summary.setText(getTranslation("events.import.done", r.created(), r.updated()));
                Ui.success(summary.getText());
                commit.setEnabled(false);
            } else {
                summary.setText(getTranslation("events.import.ok", r.layout(), r.charset(), r.rows()));
                commit.setEnabled(true);
            }
        } catch (DomainException e) {
            Ui.error(e.message(getLocale()));
        }
    }

    /** Keeps the uploaded file in memory; runs outside the UI lock. */
    private final class FileUpload implements UploadHandler {

        private static final long serialVersionUID = 1L;

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            UI ui = event.getUI();
            ui.access(() -> {
                if (bytes.length > MAX_FILE_BYTES) {
                    Ui.error(getTranslation("events.import.tooLarge"));
                    return;
                }
                file = bytes;
                upload.clearFileList();
                summary.setText(getTranslation("events.import.file", event.getFileName()));
                errors.setVisible(false);
                check.setEnabled(true);
                commit.setEnabled(false);
            });
        }

        @Override
        public long getFileSizeMax() {
            return MAX_FILE_BYTES;
        }
    }
}
