package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.web.Formats;

/** 同意を記録: what the person agreed to, with whom, for what, on which day. */
final class ConsentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Records the consent; returns whether it was recorded (the dialog then closes). */
    @FunctionalInterface
    interface Recorder {
        boolean record(ConsentScope scope, String recipient, String purpose, LocalDate givenOn);
    }

    ConsentDialog(Labels labels, Recorder recorder) {
        setHeaderTitle(labels.text("registry.consent.record"));
        setWidth("min(34rem, 95vw)");
        RadioButtonGroup<ConsentScope> scope = new RadioButtonGroup<>(labels.text("registry.consent.scope"));
        scope.setItems(ConsentScope.values());
        scope.setItemLabelGenerator(labels::consentScope);
        scope.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        scope.setValue(ConsentScope.PROFILE);
        TextField recipient = Forms.text(labels.text("registry.consent.recipient"), 200);
        recipient.setPlaceholder(labels.text("registry.consent.recipient.placeholder"));
        TextField purpose = Forms.text(labels.text("registry.consent.purpose"), 200);
        purpose.setPlaceholder(labels.text("registry.consent.purpose.placeholder"));
        DatePicker givenOn = Forms.date(labels.text("registry.consent.givenOn"), labels);
        givenOn.setValue(LocalDate.now(Formats.ZONE));
        givenOn.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(scope, recipient, purpose, givenOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button(labels.text("registry.cancel"), e -> close());
        Button save = new Button(labels.text("registry.consent.save"), e -> {
            if (givenOn.getValue() == null) {
                givenOn.setErrorMessage(labels.text("registry.consent.givenOn.required"));
                givenOn.setInvalid(true);
                return;
            }
            if (recorder.record(scope.getValue(), recipient.getValue(), purpose.getValue(), givenOn.getValue())) {
                close();
            }
        });
        save.setId("registry-consent-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
