package jp.kyodo.funding;

import java.util.Arrays;
import java.util.Optional;
import jp.kyodo.core.text.JapaneseText;

/** The kinds of fund ledger entries. Stored by name: never rename a constant. */
public enum LedgerKind {
    /** The city's transfer into the fund (積立). */
    CITY_TRANSFER("積立", true),
    /** A citizen's or company's donation (寄附), with donor and receipt number. */
    DONATION("寄附", true),
    /** Interest earned (運用益・利子). */
    INTEREST("利子", true),
    /** A withdrawal (取崩) for what the fund finances. */
    WITHDRAWAL("取崩", false);

    private final String labelJa;
    private final boolean deposit;

    LedgerKind(String labelJa, boolean deposit) {
        this.labelJa = labelJa;
        this.deposit = deposit;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether it adds to the balance. */
    public boolean deposit() {
        return deposit;
    }

    /** The kind by label (積立, 寄附, 寄付, 利子, 運用益, 取崩, 取り崩し) or constant name, any width or case. */
    public static Optional<LedgerKind> parse(String text) {
        String s = JapaneseText.normalizeWidth(text == null ? "" : text).strip();
        return switch (s) {
            case "寄付", "寄附金", "寄付金" -> Optional.of(DONATION);
            case "積立金", "繰入", "一般会計繰入" -> Optional.of(CITY_TRANSFER);
            case "運用益", "利息", "運用利子" -> Optional.of(INTEREST);
            case "取り崩し", "取崩し", "取崩額" -> Optional.of(WITHDRAWAL);
            default -> Arrays.stream(values())
                    .filter(k -> k.labelJa.equals(s) || k.name().equalsIgnoreCase(s))
                    .findFirst();
        };
    }
}
