package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.web.Ui;

/**
 * Asks for a text before a change: a reason (見送り, 取り下げ), an answer, or a note. The dialog stays open
 * when the service refuses, with its message at the text, so nothing typed is lost.
 */
final class NoteDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** The change; throws the service's exceptions. */
    @FunctionalInterface
    interface Action {
        void run(String text);
    }

    private final TextArea text;

    /**
     * @param required whether the text must be given ({@code requiredMessage} otherwise)
     * @param dangerous the confirming button in red (it takes something away or cannot be undone)
     * @param done called after the change succeeded, with the text; the dialog is closed then
     */
    NoteDialog(
            Labels labels,
            String header,
            String explanation,
            String fieldLabel,
            boolean required,
            String confirmText,
            boolean dangerous,
            Action action,
            Consumer<String> done) {
        setHeaderTitle(header);
        setWidth("min(36rem, 95vw)");
        text = Fields.area(fieldLabel, 2000, "matching-note");
        text.setRequiredIndicatorVisible(required);
        if (explanation != null && !explanation.isEmpty()) {
            Paragraph p = new Paragraph(explanation);
            p.getStyle().set("margin-top", "0");
            add(p);
        }
        add(text);
        Button cancel = new Button(labels.text("kyodo.cancel"), e -> close());
        cancel.setId("matching-note-cancel");
        Button confirm = new Button(confirmText, e -> {
            String value = text.getValue().strip();
            if (required && value.isEmpty()) {
                text.setErrorMessage(labels.text("matching.form.required"));
                text.setInvalid(true);
                text.focus();
                return;
            }
            try {
                action.run(value);
                close();
                done.accept(value);
            } catch (ValidationException ex) {
                text.setErrorMessage(messages(ex, labels));
                text.setInvalid(true);
            } catch (DomainException ex) {
                Ui.error(ex.message(labels.locale()));
            }
        });
        confirm.setId("matching-note-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (dangerous) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(cancel, confirm);
        text.addValueChangeListener(e -> text.setInvalid(false));
    }

    /** The messages of the service's errors without the field names (they all concern this one text). */
    static String messages(ValidationException e, Labels labels) {
        return e.errors().stream()
                .map(f -> f.message(labels.locale()))
                .distinct()
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    @Override
    public void open() {
        super.open();
        text.focus();
    }
}
