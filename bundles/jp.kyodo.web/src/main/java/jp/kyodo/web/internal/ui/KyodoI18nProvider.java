package jp.kyodo.web.internal.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import jp.kyodo.web.internal.i18n.MergedTranslations;

/** Vaadin's view of the merged translations of every bundle. */
final class KyodoI18nProvider implements I18NProvider {

    private static final long serialVersionUID = 1L;

    private final transient MergedTranslations translations;

    KyodoI18nProvider(MergedTranslations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return MergedTranslations.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.translate(key, locale, params);
    }
}
