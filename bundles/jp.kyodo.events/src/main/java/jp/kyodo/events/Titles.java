package jp.kyodo.events;

import java.util.Locale;
import jp.kyodo.core.Records;

/**
 * An event's title in the languages of a multicultural city. Only Japanese is required; the others are
 * empty when not given.
 *
 * @param easyJapanese やさしい日本語: short words, kana over kanji, for residents learning Japanese
 */
public record Titles(String ja, String en, String zh, String ko, String easyJapanese) {

    public Titles {
        ja = Records.text(ja);
        en = Records.text(en);
        zh = Records.text(zh);
        ko = Records.text(ko);
        easyJapanese = Records.text(easyJapanese);
    }

    public static Titles of(String ja) {
        return new Titles(ja, "", "", "", "");
    }

    /** The title for a reader of the language, Japanese when there is none in it. */
    public String in(Locale locale) {
        String wanted =
                switch (locale.getLanguage()) {
                    case "en" -> en;
                    case "zh" -> zh;
                    case "ko" -> ko;
                    default -> ja;
                };
        return wanted.isEmpty() ? ja : wanted;
    }
}
