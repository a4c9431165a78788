package jp.kyodo.web;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** An amount of whole yen in a text field, read with {@link Yen}: 12万, 120,000円, ￥120000. */
public class YenField extends TextField {

    private static final long serialVersionUID = 1L;

    private String badInput;

    /** @param badInput the message shown when the text is not an amount */
    public YenField(String label, String badInput) {
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

    /** The message shown when the text is not an amount. */
    public void setBadInputMessage(String message) {
        this.badInput = message;
    }

    /** The amount; null when blank or not an amount (see {@link #isBadInput()}). */
    public Long amount() {
        try {
            return Yen.parse(getValue()).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void setAmount(Long amount) {
        setValue(Yen.format(amount));
    }

    public boolean isBadInput() {
        try {
            Yen.parse(getValue());
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Marks the field when its text is not an amount. @return whether it is fine */
    public boolean check() {
        if (isBadInput()) {
            setErrorMessage(badInput);
            setInvalid(true);
            return false;
        }
        return true;
    }
}
