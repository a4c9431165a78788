package jp.kyodo.training.ui.internal;

import java.util.Locale;

/** Activity time as people read it: 2時間30分 / 2 h 30 min. */
final class CertificateTexts {

    private CertificateTexts() {}

    static String hours(long minutes, Locale locale) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (locale.getLanguage().equals("en")) {
            return m == 0 ? h + " h" : h + " h " + m + " min";
        }
        return m == 0 ? h + "時間" : h + "時間" + m + "分";
    }
}
