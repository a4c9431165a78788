package jp.kyodo.core.contact;

import java.util.Optional;
import jp.kyodo.core.Message;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.text.JapaneseText;

/**
 * The 法人番号: the 13-digit number the National Tax Agency gives every registered corporation (and
 * every national and local government body). The <em>first</em> digit is a check digit over the other
 * twelve: with P(n) the n-th of those digits counted from the right and Q(n) = 1 for odd n, 2 for even
 * n, check = 9 − (Σ P(n)·Q(n) mod 9). Example: 7000012050002 (the National Tax Agency itself); local
 * governments are 000020 + their 6-digit code (東京都 8000020130001).
 */
public final class CorporateNumber {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(CorporateNumber.class, "jp.kyodo.core.messages");

    private static final int LENGTH = 13;

    private CorporateNumber() {}

    /**
     * The number as stored: width normalised (全角 digits accepted), hyphens and spaces removed. Does not
     * validate; see {@link #error(String)}.
     */
    public static String normalize(String text) {
        return JapaneseText.normalizeWidth(text).replaceAll("[\\s\\-‐−ー]", "");
    }

    /**
     * Why the text is not a valid 法人番号, or empty when it is (after {@link #normalize}). An empty text is
     * valid here: whether the number is required is the caller's decision.
     */
    public static Optional<Message> error(String text) {
        String digits = normalize(text);
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        if (digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(MESSAGES.get("corporateNumber.length", text.strip()));
        }
        char expected = checkDigit(digits.substring(1));
        if (digits.charAt(0) != expected) {
            return Optional.of(MESSAGES.get("corporateNumber.checkDigit", digits));
        }
        return Optional.empty();
    }

    /** Whether the text is a valid 法人番号 (empty is not). */
    public static boolean isValid(String text) {
        return !normalize(text).isEmpty() && error(text).isEmpty();
    }

    /**
     * The check digit for a 12-digit base.
     *
     * @throws IllegalArgumentException unless the base is 12 ASCII digits
     */
    public static char checkDigit(String base) {
        if (base == null || base.length() != LENGTH - 1 || !base.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a 法人番号 base is 12 digits: " + base);
        }
        int sum = 0;
        for (int n = 1; n <= LENGTH - 1; n++) {
            int digit = base.charAt(base.length() - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return (char) ('0' + 9 - sum % 9);
    }
}
