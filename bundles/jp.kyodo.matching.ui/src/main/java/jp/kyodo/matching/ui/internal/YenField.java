package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** An amount of whole yen in a text field, read with {@link Yen}: 12万, 120,000円, ￥120000. */
final class YenField extends TextField {

    private static final long serialVersionUID = 1L;

    private final String badInput;

    YenField(String label, String badInput) {
        super(label);
        this.badInput = badInput;
        setManualValidation(true);
        setValueChangeMode(ValueChangeMode.ON_BLUR);
        getElement().setAttribute("inputmode", "numeric");
        addValueChangeListener(e -> {
            if (isBadInput()) {
                setErrorMessage(badInput);
                setInvalid(true);
            } else if (!getValue().isBlank()) {
                // show what was understood: 12万 → 120,000
                String formatted = Yen.format(amount());
                if (!formatted.equals(getValue())) {
                    setValue(formatted);
                }
            }
        });
    }

    /** The amount; null when blank or not an amount (see {@link #isBadInput()}). */
    Long amount() {
        try {
            return Yen.parse(getValue()).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    void setAmount(Long amount) {
        setValue(Yen.format(amount));
    }

    boolean isBadInput() {
        try {
            Yen.parse(getValue());
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Marks the field when its text is not an amount. @return whether it is fine */
    boolean check() {
        if (isBadInput()) {
            setErrorMessage(badInput);
            setInvalid(true);
            return false;
        }
        return true;
    }
}
