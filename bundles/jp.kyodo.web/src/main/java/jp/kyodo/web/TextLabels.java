package jp.kyodo.web;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What a module's screens show for its constants, dates, amounts and counts, in the user's language: every
 * enum of the module's API by the key {@code <prefix><EnumType>.<CONSTANT>} (e.g. {@code
 * matching.NeedStatus.OPEN}), and the shell's {@link Formats}. Modules extend it with their own codes.
 */
public class TextLabels {

    /** Translates a key with {@link java.text.MessageFormat} arguments, e.g. {@code Component::getTranslation}. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private final String prefix;
    private final Locale locale;
    private final Texts texts;

    /** @param prefix the module's key prefix, e.g. {@code "funding."} */
    public TextLabels(String prefix, Locale locale, Texts texts) {
        this.prefix = prefix;
        this.locale = locale == null ? Locale.JAPANESE : locale;
        this.texts = texts;
    }

    /**
     * The shell's translations outside a component (a search provider, a REST resource): inside a Vaadin
     * request the shell's translations; without one (unit tests) the key itself.
     */
    public static Texts shellTexts(Locale locale) {
        return (key, args) -> VaadinService.getCurrent() == null ? key : I18NProvider.translate(locale, key, args);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isJapanese() {
        return "ja".equals(locale.getLanguage());
    }

    public String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The label of a constant of the module's API; empty for null. */
    public String of(Enum<?> constant) {
        return constant == null
                ? ""
                : texts.get(prefix + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    public List<String> of(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(this::of).toList();
    }

    /** Several values in one line, the way the language lists them. */
    public String join(Collection<String> values) {
        return String.join(isJapanese() ? "、" : ", ", values);
    }

    public String date(LocalDate date) {
        return Formats.date(date, locale);
    }

    public String dateTime(Instant instant) {
        return Formats.dateTime(instant, locale);
    }

    /** 12,000円 / ¥12,000; empty for null. */
    public String yen(Long amount) {
        return amount == null ? "" : Formats.yen(amount, locale);
    }

    public String number(Number n) {
        return Formats.number(n, locale);
    }
}
