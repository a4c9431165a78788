package jp.kyodo.web.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MergedTranslationsTest {

    private final ClassLoader loader = getClass().getClassLoader();
    private final MergedTranslations translations = new MergedTranslations();

    @Test
    void japaneseIsTheRootAndEnglishItsOwnFile() {
        translations.add(new MergedTranslations.Source("shell", "l10n/shell", loader));

        assertEquals("ホーム", translations.translate("home", Locale.JAPANESE));
        assertEquals("ホーム", translations.translate("home", Locale.JAPAN));
        assertEquals("Home", translations.translate("home", Locale.ENGLISH));
        assertEquals("Home", translations.translate("home", Locale.UK));
    }

    @Test
    void unsupportedLanguagesGetJapanese() {
        translations.add(new MergedTranslations.Source("shell", "l10n/shell", loader));

        assertEquals("ホーム", translations.translate("home", Locale.GERMAN));
        assertEquals("ホーム", translations.translate("home", null));
    }

    @Test
    void keysOfEveryBundleAreFoundAndTheFirstSourceWins() {
        translations.add(new MergedTranslations.Source("shell", "l10n/shell", loader));
        translations.add(new MergedTranslations.Source("plugin", "l10n/plugin", loader));

        assertEquals("イベント", translations.translate("plugin.events", Locale.JAPANESE));
        assertEquals("Events", translations.translate("plugin.events", Locale.ENGLISH));
        // the plugin also defines "home"; the shell, added first, keeps it
        assertEquals("ホーム", translations.translate("home", Locale.JAPANESE));
    }

    @Test
    void anEnglishTextMissingFallsBackToTheJapaneseRootOfTheSameBundle() {
        translations.add(new MergedTranslations.Source("plugin", "l10n/plugin", loader));

        assertEquals("日本語だけ", translations.translate("plugin.onlyJapanese", Locale.ENGLISH));
    }

    @Test
    void parametersAreFormattedPerLocale() {
        translations.add(new MergedTranslations.Source("shell", "l10n/shell", loader));

        assertEquals("全 1,234 件", translations.translate("total", Locale.JAPANESE, 1234));
        assertEquals("1,234 entries", translations.translate("total", Locale.ENGLISH, 1234));
    }

    @Test
    void missingKeysAreMarkedAndRemovedOwnersAreForgotten() {
        translations.add(new MergedTranslations.Source("plugin", "l10n/plugin", loader));
        translations.add(new MergedTranslations.Source("missing", "l10n/does-not-exist", loader));

        assertEquals("!nope!", translations.translate("nope", Locale.JAPANESE));
        translations.removeOwner("plugin");
        assertEquals("!plugin.events!", translations.translate("plugin.events", Locale.JAPANESE));
        assertEquals(
                List.of("missing"),
                translations.sources().stream()
                        .map(MergedTranslations.Source::owner)
                        .toList());
    }

    @Test
    void headerValuesAreSplitAndTrimmed() {
        assertEquals(
                List.of("OSGI-INF/l10n/a", "OSGI-INF/l10n/b"),
                TranslationTracker.baseNames(" OSGI-INF/l10n/a , OSGI-INF/l10n/b.properties,"));
        assertTrue(TranslationTracker.baseNames("").isEmpty());
    }
}
