package jp.kyodo.core.municipality;

import java.util.Objects;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;

/**
 * A 全国地方公共団体コード: the 6-digit code that identifies a prefecture or municipality in Japan —
 * the 5-digit JIS X 0402 code (2 digits prefecture, 3 digits municipality) followed by a check digit.
 * Kyodo uses it to say which city a record belongs to, for exchange between cities and in the national
 * open-data layouts.
 *
 * <p>The check digit: multiply the five digits by 6, 5, 4, 3, 2 and add; with r the sum modulo 11, the
 * check digit is (11 − r) mod 10. 川口市 11203 → 112038. A value of this type always has a correct check
 * digit, so a mistyped code cannot enter the system.
 *
 * @param value the six ASCII digits
 */
public record LocalGovernmentCode(String value) implements Comparable<LocalGovernmentCode> {

    private static final String FIELD = "localGovernmentCode";
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};
    private static final int PREFECTURE_COUNT = 47;
    private static final String PREFECTURE_SUFFIX = "000";

    /**
     * @throws ValidationException unless the value is six ASCII digits with a valid prefecture (01–47)
     *     and a correct check digit
     */
    public LocalGovernmentCode {
        Objects.requireNonNull(value, "value");
        if (!isAsciiDigits(value, 6)) {
            throw ValidationException.of(FIELD, "団体コードは6桁の数字です（入力: 「" + value + "」）");
        }
        int prefecture = Integer.parseInt(value.substring(0, 2));
        if (prefecture < 1 || prefecture > PREFECTURE_COUNT) {
            throw ValidationException.of(FIELD, "団体コード " + value + " の先頭2桁（都道府県コード）は01〜47でなければなりません");
        }
        char expected = checkDigit(value.substring(0, 5));
        if (value.charAt(5) != expected) {
            throw ValidationException.of(
                    FIELD,
                    "団体コード " + value + " のチェックディジット（6桁目）が正しくありません。正しくは " + expected + " で、団体コードは "
                            + value.substring(0, 5) + expected + " です");
        }
    }

    /**
     * Reads a code as a person types it: surrounding spaces and 全角 digits are accepted
     * (「 １１２０３８ 」 → 112038).
     *
     * @throws ValidationException when the text is empty, not six digits (a five-digit JIS code gets a
     *     hint with the full code) or the check digit is wrong (the message names the right one)
     */
    public static LocalGovernmentCode parse(String text) {
        String s = JapaneseText.normalizeWidth(text);
        if (s.isEmpty()) {
            throw ValidationException.of(FIELD, "団体コードを入力してください");
        }
        if (isAsciiDigits(s, 5)) {
            throw ValidationException.of(
                    FIELD, "団体コードは6桁です。5桁のコード " + s + " にチェックディジットを付けた団体コードは " + s + checkDigit(s) + " です");
        }
        return new LocalGovernmentCode(s);
    }

    /**
     * The code for a 5-digit JIS X 0402 code (as in many statistics files), with the check digit computed.
     * Surrounding spaces and 全角 digits are accepted.
     *
     * @throws ValidationException unless the text is five digits of a valid prefecture
     */
    public static LocalGovernmentCode fromJisCode(String fiveDigits) {
        String s = JapaneseText.normalizeWidth(fiveDigits);
        return new LocalGovernmentCode(s + checkDigit(s));
    }

    /**
     * The check digit of a 5-digit JIS code: weights 6, 5, 4, 3, 2, sum mod 11 = r, digit = (11 − r) mod 10.
     *
     * @throws ValidationException unless the argument is five ASCII digits
     */
    public static char checkDigit(String fiveDigits) {
        if (fiveDigits == null || !isAsciiDigits(fiveDigits, 5)) {
            throw ValidationException.of(FIELD, "5桁の数字を指定してください（入力: 「" + fiveDigits + "」）");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int r = sum % 11;
        return (char) ('0' + (11 - r) % 10);
    }

    /** The 2-digit prefecture code (JIS X 0401), e.g. {@code 11} for 埼玉県. */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    /** The 5-digit JIS X 0402 code without the check digit, e.g. {@code 11203}. */
    public String jisCode() {
        return value.substring(0, 5);
    }

    /** Whether this is the code of a prefecture itself (municipality part {@code 000}), e.g. 110001. */
    public boolean isPrefecture() {
        return value.startsWith(PREFECTURE_SUFFIX, 2);
    }

    /** The code of the prefecture this code lies in (itself for a prefecture). */
    public LocalGovernmentCode prefecture() {
        return isPrefecture() ? this : fromJisCode(prefectureCode() + PREFECTURE_SUFFIX);
    }

    @Override
    public int compareTo(LocalGovernmentCode other) {
        return value.compareTo(other.value);
    }

    /** The six digits, as written in documents and files. */
    @Override
    public String toString() {
        return value;
    }

    private static boolean isAsciiDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
