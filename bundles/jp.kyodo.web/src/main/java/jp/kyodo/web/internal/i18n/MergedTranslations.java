package jp.kyodo.web.internal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resource bundles of every bundle that declares {@code Kyodo-I18n}, looked up as one: the
 * first source (in the order they were added) that has a key wins. The root file of each base
 * name ({@code messages.properties}) is Japanese; {@code messages_en.properties} is English. There
 * is no fallback to the JVM's default locale.
 */
public final class MergedTranslations {

    /** The languages the UI offers; the first is the default. */
    public static final List<Locale> LOCALES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private static final Logger LOG = LoggerFactory.getLogger(MergedTranslations.class);
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * One resource bundle family.
     *
     * @param owner who added it (a bundle symbolic name), to remove it again
     * @param baseName e.g. {@code OSGI-INF/l10n/messages}
     * @param loader where the files are
     */
    public record Source(String owner, String baseName, ClassLoader loader) {
        public Source {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(baseName, "baseName");
            Objects.requireNonNull(loader, "loader");
        }
    }

    private final List<Source> sources = new CopyOnWriteArrayList<>();

    /** Adds a source after the existing ones (so existing keys keep their texts). */
    public void add(Source source) {
        sources.add(source);
    }

    /** Removes every source of {@code owner}. */
    public void removeOwner(String owner) {
        for (Source s : sources) {
            if (s.owner().equals(owner)) {
                sources.remove(s);
                ResourceBundle.clearCache(s.loader());
            }
        }
    }

    /** The sources, in lookup order. */
    public List<Source> sources() {
        return List.copyOf(sources);
    }

    /** One of {@link #LOCALES}: the requested language if offered, else Japanese. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale l : LOCALES) {
                if (l.getLanguage().equals(locale.getLanguage())) {
                    return l;
                }
            }
        }
        return LOCALES.get(0);
    }

    /** The text for {@code key}, from the first source that has it. */
    public Optional<String> find(String key, Locale locale) {
        if (key == null) {
            return Optional.empty();
        }
        Locale l = supported(locale);
        for (Source s : sources) {
            ResourceBundle bundle = bundle(s, l);
            if (bundle != null && bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /**
     * The text for {@code key} with {@link MessageFormat} parameters, or {@code !key!} when no source
     * has it.
     */
    public String translate(String key, Locale locale, Object... params) {
        Optional<String> text = find(key, locale);
        if (text.isEmpty()) {
            LOG.debug("No translation for '{}' ({})", key, locale);
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return text.get();
        }
        return new MessageFormat(text.get(), supported(locale)).format(params);
    }

    private static ResourceBundle bundle(Source s, Locale locale) {
        try {
            return ResourceBundle.getBundle(s.baseName(), locale, s.loader(), CONTROL);
        } catch (MissingResourceException e) {
            LOG.debug("{} has no resource bundle {}", s.owner(), s.baseName());
            return null;
        }
    }
}
