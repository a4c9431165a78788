package jp.kyodo.web;

/**
 * How a bundle adds its texts to the shell's translations.
 *
 * <p>Name the base name of a resource bundle inside the bundle in the manifest header {@value
 * #HEADER} (with bnd: a line {@code Kyodo-I18n: OSGI-INF/l10n/messages} in {@code bnd.bnd}), and
 * ship {@code OSGI-INF/l10n/messages.properties} (Japanese, the default) and {@code
 * messages_en.properties} (English), UTF-8 encoded. Several base names may be given, separated by
 * commas. While the bundle is active its keys are available to {@code Component.getTranslation(key,
 * params…)} in every view; parameters use {@link java.text.MessageFormat} syntax.
 *
 * <p>All bundles share one key space: prefix keys with the module name ({@code events.booking.title}).
 * When two bundles define the same key, the one that started first wins, and the shell's own keys
 * ({@code kyodo.*}) always win. A missing key shows as {@code !key!}.
 */
public final class Translations {

    /** The manifest header naming a bundle's resource bundle base names. */
    public static final String HEADER = "Kyodo-I18n";

    private Translations() {}
}
