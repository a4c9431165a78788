package jp.kyodo.funding;

import java.util.Locale;
import jp.kyodo.core.Message;

/**
 * One eligibility rule an application failed at screening.
 *
 * @param rule the rule's stable code, e.g. {@code organisationType}, {@code period}, {@code document}
 * @param text why, in any language asked for
 */
public record ScreeningReason(String rule, Message text) {

    /** Why, in the language (English for {@code en}, otherwise Japanese). */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** The Japanese text. */
    @Override
    public String toString() {
        return text.toString();
    }
}
