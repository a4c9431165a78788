package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.AttachmentContent;
import jp.kyodo.funding.AttachmentInfo;
import jp.kyodo.funding.GrantApplications;
import jp.kyodo.funding.Programme;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Ui;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application's documents: the list (download by those the service lets read them, audited there),
 * upload under a required document's name (size and type checked by the service, by content), removal
 * after confirming. Staff and above; viewers never reach an application.
 */
final class Attachments extends Div {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

    private final transient FundingServices services;
    private final transient Labels labels;
    private final long applicationId;
    private final transient Runnable changed;
    private final ComboBox<String> document = new ComboBox<>();

    Attachments(FundingServices services, Labels labels, Application a, Programme programme, Runnable changed) {
        this.services = services;
        this.labels = labels;
        this.applicationId = a.id();
        this.changed = changed;
        setWidthFull();
        List<AttachmentInfo> files = services.applications().attachments(a.id());
        if (files.isEmpty()) {
            add(Ui.muted(labels.text("funding.attachments.none")));
        } else {
            add(list(files));
        }
        if (Permissions.hasRole(Role.STAFF) && !a.status().ended()) {
            add(uploader(programme));
        }
    }

    private Grid<AttachmentInfo> list(List<AttachmentInfo> files) {
        Grid<AttachmentInfo> grid = Tables.dense(false);
        grid.addColumn(AttachmentInfo::documentName)
                .setHeader(labels.text("funding.attachments.document"))
                .setFlexGrow(1);
        grid.addComponentColumn(f -> {
                    Anchor link = new Anchor(download(f), f.fileName());
                    link.getElement().setAttribute("download", true);
                    return link;
                })
                .setHeader(labels.text("funding.attachments.file"))
                .setFlexGrow(2);
        grid.addColumn(f -> labels.text("funding.attachments.size", labels.number(Math.max(1, f.sizeBytes() / 1024))))
                .setHeader(labels.text("funding.attachments.sizeHeader"))
                .setAutoWidth(true);
        grid.addColumn(f -> labels.dateTime(f.uploadedAt()) + " " + f.uploadedBy())
                .setHeader(labels.text("funding.attachments.uploaded"))
                .setAutoWidth(true);
        grid.addComponentColumn(f -> {
                    Button remove = new Button(
                            VaadinIcon.TRASH.create(),
                            e -> Ui.confirm(
                                    labels.text("funding.attachments.removeTitle", f.fileName()),
                                    labels.text("funding.attachments.removeText"),
                                    labels.text("funding.attachments.remove"),
                                    () -> {
                                        try {
                                            services.applications().removeAttachment(f.id());
                                            Ui.success(labels.text("funding.attachments.removed"));
                                        } catch (DomainException ex) {
                                            Ui.error(ex.message(labels.locale()));
                                        }
                                        changed.run();
                                    }));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.getElement()
                            .setAttribute("aria-label", labels.text("funding.attachments.removeTitle", f.fileName()));
                    return remove;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(files);
        grid.setId("funding-attachments");
        return grid;
    }

    /** The file as the service gives it to this user (it refuses, and audits, otherwise). */
    private DownloadHandler download(AttachmentInfo f) {
        return event -> {
            try {
                AttachmentContent content = services.applications().readAttachment(f.id());
                event.setFileName(content.info().fileName());
                event.setContentType(content.info().mediaType());
                event.getOutputStream().write(content.content());
            } catch (DomainException e) {
                LOG.info("Attachment {} refused: {}", f.id(), e.getMessage());
                event.getResponse().setStatus(403);
            } catch (IOException e) {
                LOG.warn("Attachment {} interrupted: {}", f.id(), e.getMessage());
            }
        };
    }

    private HorizontalLayout uploader(Programme programme) {
        List<String> names = new ArrayList<>(programme.details().requiredDocuments());
        names.add(labels.text("funding.attachments.other"));
        document.setLabel(labels.text("funding.attachments.document"));
        document.setItems(names);
        document.setAllowCustomValue(true);
        document.addCustomValueSetListener(e -> document.setValue(e.getDetail()));
        document.setValue(names.get(0));
        document.setId("funding-attachment-document");
        Upload upload = new Upload();
        upload.setId("funding-attachment-upload");
        upload.setAcceptedFileTypes(".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".jpg", ".jpeg", ".png");
        Uploads.inMemory(
                upload,
                (int) GrantApplications.MAX_ATTACHMENT_BYTES,
                labels.text("funding.attachments.tooLarge"),
                (fileName, bytes) -> {
                    try {
                        services.applications().attach(applicationId, document.getValue(), fileName, bytes);
                        Ui.success(labels.text("funding.attachments.added", fileName));
                        changed.run();
                    } catch (DomainException e) {
                        Ui.error(e.message(labels.locale()));
                    }
                });
        upload.setI18n(FormFields.uploadTexts(
                upload, labels.text("funding.attachments.tooLarge"), labels.text("funding.attachments.wrongType")));
        HorizontalLayout line = new HorizontalLayout(document, upload);
        line.setAlignItems(FlexComponent.Alignment.END);
        line.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-s)");
        return line;
    }
}
