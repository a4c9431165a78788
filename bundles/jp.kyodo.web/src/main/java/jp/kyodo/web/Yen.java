package jp.kyodo.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.core.text.JapaneseText;

/**
 * Reads yen amounts the way people type them: {@code 120000}, {@code 120,000円}, {@code ￥120,000},
 * full-width digits, and the units 万 and 億 ({@code 12万}, {@code 1.5万}, {@code 3億2000万}). Whole yen only.
 */
public final class Yen {

    private static final BigDecimal MAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal OKU = BigDecimal.valueOf(100_000_000);

    private Yen() {}

    /**
     * The amount; empty for blank text.
     *
     * @throws IllegalArgumentException when the text is not an amount of whole yen
     */
    public static Optional<Long> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = JapaneseText.normalizeWidth(text).strip();
        s = s.replace(",", "").replace("，", "").replace("、", "").replace(" ", "");
        if (s.startsWith("¥") || s.startsWith("\\") || s.startsWith("￥")) {
            s = s.substring(1);
        }
        if (s.endsWith("円")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no digits");
        }
        BigDecimal total = BigDecimal.ZERO;
        int oku = s.indexOf('億');
        if (oku >= 0) {
            total = total.add(number(s.substring(0, oku)).multiply(OKU));
            s = s.substring(oku + 1);
        }
        int man = s.indexOf('万');
        if (man >= 0) {
            total = total.add(number(s.substring(0, man)).multiply(MAN));
            s = s.substring(man + 1);
        }
        if (!s.isEmpty()) {
            total = total.add(number(s));
        }
        try {
            return Optional.of(total.longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not whole yen: " + text, e);
        }
    }

    /** {@code 120,000} for a form field; empty for null. */
    public static String format(Long amount) {
        return amount == null
                ? ""
                : NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }

    private static BigDecimal number(String digits) {
        if (digits.isEmpty() || !digits.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("not a number: " + digits);
        }
        return new BigDecimal(digits);
    }
}
