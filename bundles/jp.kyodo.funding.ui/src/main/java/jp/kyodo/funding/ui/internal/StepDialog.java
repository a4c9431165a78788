package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.Ui;

/**
 * A step of the pipeline that asks for something first (an amount, a date, scores, a reason): its fields in a
 * dialog, the service's validation errors shown at them, a refused step said plainly; the dialog stays open
 * until the step succeeded, so nothing typed is lost. Enter confirms (Ctrl+Enter where a text area takes
 * Enter), Escape cancels.
 */
final class StepDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** The step; throws the service's exceptions. */
    @FunctionalInterface
    interface Step {
        void run();
    }

    private final FieldErrors errors = new FieldErrors(this::getLocale);
    private final FormLayout form = new FormLayout();
    private final Button confirm;

    /** @param dangerous the confirming button in red (it takes something away or cannot be undone) */
    StepDialog(String header, String explanation, String confirmText, boolean dangerous) {
        setHeaderTitle(header);
        setWidth("min(40rem, 95vw)");
        if (explanation != null && !explanation.isEmpty()) {
            Paragraph p = new Paragraph(explanation);
            p.getStyle().set("margin-top", "0");
            add(p);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        confirm = new Button(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (dangerous) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId("funding-step-confirm");
        Button cancel = new Button(getTranslation("kyodo.cancel"), e -> close());
        cancel.setId("funding-step-cancel");
        getFooter().add(cancel, confirm);
    }

    FieldErrors errors() {
        return errors;
    }

    /** Adds fields (or anything else) to the dialog's form; a component marked wide takes both columns. */
    StepDialog fields(Component... components) {
        for (Component c : components) {
            form.add(c);
            if (c.getElement().hasAttribute("data-wide") || c instanceof TextArea) {
                form.setColspan(c, 2);
            }
        }
        return this;
    }

    /** Opens the dialog; on confirm runs the step, then {@code done} and closes. */
    void open(Step step, Runnable done) {
        confirm.addClickListener(e -> {
            if (errors.checkRequired() > 0) {
                return;
            }
            try {
                step.run();
                close();
                done.run();
            } catch (ValidationException ex) {
                List<FieldError> unplaced = errors.show(ex);
                if (!unplaced.isEmpty()) {
                    List<String> lines = new ArrayList<>();
                    unplaced.forEach(u -> lines.add(u.message(getLocale())));
                    Ui.error(lines.toArray(String[]::new));
                }
            } catch (DomainException ex) {
                Ui.error(ex.message(getLocale()));
            }
        });
        // Enter confirms; where a text area takes Enter for new lines, Ctrl+Enter does
        boolean multiline = form.getChildren().anyMatch(c -> c instanceof TextArea);
        if (multiline) {
            confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        } else {
            confirm.addClickShortcut(Key.ENTER).listenOn(this);
        }
        open();
        form.getChildren().filter(c -> c instanceof Focusable<?>).findFirst().ifPresent(c -> ((Focusable<?>) c)
                .focus());
    }
}
