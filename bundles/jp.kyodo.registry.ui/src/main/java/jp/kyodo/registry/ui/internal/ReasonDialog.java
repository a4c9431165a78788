package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks to confirm a change that needs a reason for the record's history (無効化, 個人情報の消去):
 * the explanation, a required reason, and the confirming button.
 */
final class ReasonDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextArea reason = Forms.area("", 500);

    /**
     * @param dangerous shows the confirming button in red (the change cannot be undone)
     * @param onConfirm given the reason; the dialog closes first
     */
    ReasonDialog(
            Labels labels,
            String header,
            String text,
            String confirmText,
            boolean dangerous,
            Consumer<String> onConfirm) {
        setHeaderTitle(header);
        setWidth("min(34rem, 95vw)");
        reason.setLabel(labels.text("registry.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setId("registry-reason");
        Paragraph explanation = new Paragraph(text);
        explanation.getStyle().set("margin-top", "0");
        add(explanation, reason);
        Button cancel = new Button(labels.text("registry.cancel"), e -> close());
        Button confirm = new Button(confirmText, e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(labels.text("registry.reason.required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            close();
            onConfirm.accept(reason.getValue().strip());
        });
        confirm.setId("registry-reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (dangerous) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(cancel, confirm);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
    }

    @Override
    public void open() {
        super.open();
        reason.focus();
    }
}
