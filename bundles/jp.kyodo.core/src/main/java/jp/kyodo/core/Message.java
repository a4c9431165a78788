package jp.kyodo.core;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text for the user that is not yet in a language: a key of a {@link MessageCatalog} and its
 * arguments. {@link #in(Locale)} gives the text; {@link #toString()} the Japanese one.
 */
public final class Message implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ENGLISH = "en";

    private final transient MessageCatalog catalog;
    private final String key;
    private final Object[] args;
    private final String japanese;

    Message(MessageCatalog catalog, String key, Object[] args) {
        this.catalog = catalog;
        this.key = key;
        this.args = args.clone();
        this.japanese = catalog.format(key, Locale.JAPANESE, this.args);
    }

    /** The key in its catalog, e.g. {@code organisation.notFound}. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return Arrays.asList(args.clone());
    }

    /** The text in the language (English for {@code en}, Japanese for anything else). */
    public String in(Locale locale) {
        if (catalog == null || !ENGLISH.equals(language(locale))) {
            return japanese;
        }
        return catalog.format(key, locale, args);
    }

    /** {@code en} or {@code ja}: the languages Kyodo speaks. */
    static String language(Locale locale) {
        return locale != null && ENGLISH.equals(locale.getLanguage()) ? ENGLISH : "ja";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m
                && key.equals(m.key)
                && Arrays.equals(args, m.args)
                && japanese.equals(m.japanese);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + japanese.hashCode();
    }

    /** The Japanese text. */
    @Override
    public String toString() {
        return japanese;
    }
}
