package jp.kyodo.funding;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;

/**
 * The subsidy rate (補助率) as an exact fraction, e.g. 2/3: the grant is {@code floor(eligible cost × rate)},
 * never a floating-point product. Between 0 and 1.
 *
 * @param numerator 0 or more
 * @param denominator 1 or more, at most 1,000,000
 */
public record SubsidyRate(long numerator, long denominator) {
    private static final MessageCatalog MESSAGES =
            MessageCatalog.of(SubsidyRate.class, "jp.kyodo.funding.internal.messages");

    /** 10/10: the whole eligible cost. */
    public static final SubsidyRate FULL = new SubsidyRate(1, 1);

    private static final Pattern FRACTION = Pattern.compile("(\\d{1,7})/(\\d{1,7})");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");
    private static final Pattern TENTHS = Pattern.compile("(\\d{1,2})/10|(\\d{1,2})割");

    public SubsidyRate {
        if (denominator < 1 || denominator > 1_000_000 || numerator < 0 || numerator > denominator) {
            throw ValidationException.of("subsidyRate", MESSAGES.get("rate.range"));
        }
    }

    /**
     * Reads a rate as written in programme guidelines: 2/3, 1/2, 10/10, 80%, 8割 (全角 accepted).
     *
     * @throws ValidationException for anything else or a rate above 1
     */
    public static SubsidyRate parse(String text) {
        String s = JapaneseText.normalizeWidth(text == null ? "" : text).replace(" ", "");
        Matcher m = TENTHS.matcher(s);
        if (m.matches() && m.group(2) != null) {
            return new SubsidyRate(Long.parseLong(m.group(2)), 10);
        }
        m = FRACTION.matcher(s);
        if (m.matches()) {
            return new SubsidyRate(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        }
        m = PERCENT.matcher(s);
        if (m.matches()) {
            return new SubsidyRate(Long.parseLong(m.group(1)), 100);
        }
        throw ValidationException.of("subsidyRate", MESSAGES.get("rate.format", text));
    }

    /** {@code floor(amount × numerator / denominator)}, exact for any amount (no overflow). */
    public long apply(long amountYen) {
        if (amountYen < 0) {
            throw new IllegalArgumentException("negative amount: " + amountYen);
        }
        return BigInteger.valueOf(amountYen)
                .multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator))
                .longValueExact();
    }

    /** 「2/3」, or 「10/10」 for the whole cost. */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
