package jp.kyodo.core.contact;

import java.util.Optional;
import java.util.regex.Pattern;
import jp.kyodo.core.Message;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.text.JapaneseText;

/**
 * Japanese postal codes, telephone numbers, e-mail and web addresses: the checks behind every contact
 * field, and the form they are stored in. Input typed with a Japanese input method (全角 digits, the
 * long hyphen 「ー」) is accepted and normalised first. Each {@code …Error} method returns why a value is
 * not acceptable, or empty when it is; an empty value is acceptable (whether a field is required is the
 * caller's decision).
 */
public final class ContactFormats {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(ContactFormats.class, "jp.kyodo.core.messages");

    private static final Pattern POSTAL = Pattern.compile("(\\d{3})-?(\\d{4})");
    private static final Pattern PHONE = Pattern.compile("0[\\d\\-()]{8,14}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s/$.?#][^\\s]*");

    private ContactFormats() {}

    /** Width normalised, the Japanese long hyphens turned into {@code -}, surrounding space removed. */
    public static String clean(String text) {
        return JapaneseText.normalizeWidth(text).replaceAll("[‐−ー－]", "-");
    }

    /** 〒 123-4567 form ({@code 1234567} and {@code １２３ー４５６７} become {@code 123-4567}); unchanged if invalid. */
    public static String postalCode(String text) {
        String s = clean(text).replace("〒", "").strip();
        var m = POSTAL.matcher(s);
        return m.matches() ? m.group(1) + "-" + m.group(2) : s;
    }

    public static Optional<Message> postalCodeError(String text) {
        String s = postalCode(text);
        if (s.isEmpty() || POSTAL.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(MESSAGES.get("contact.postalCode"));
    }

    /** A telephone number as typed, width normalised, without spaces. */
    public static String phone(String text) {
        return clean(text).replaceAll("\\s", "");
    }

    public static Optional<Message> phoneError(String text) {
        String s = phone(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        long digits = s.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(s).matches() || digits < 10 || digits > 11) {
            return Optional.of(MESSAGES.get("contact.phone"));
        }
        return Optional.empty();
    }

    /** An e-mail address, width normalised; the domain part in lower case. */
    public static String email(String text) {
        String s = clean(text);
        int at = s.lastIndexOf('@');
        return at < 0 ? s : s.substring(0, at) + s.substring(at).toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Message> emailError(String text) {
        String s = email(text);
        if (s.isEmpty() || (s.length() <= 254 && EMAIL.matcher(s).matches())) {
            return Optional.empty();
        }
        return Optional.of(MESSAGES.get("contact.email"));
    }

    public static Optional<Message> urlError(String text) {
        String s = clean(text);
        if (s.isEmpty() || (s.length() <= 500 && URL.matcher(s).matches())) {
            return Optional.empty();
        }
        return Optional.of(MESSAGES.get("contact.url"));
    }
}
