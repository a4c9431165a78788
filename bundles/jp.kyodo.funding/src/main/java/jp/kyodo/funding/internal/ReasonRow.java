package jp.kyodo.funding.internal;

import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import jp.kyodo.funding.ScreeningReason;

/**
 * A row of FUN_SCREENING_REASON: the rule and its message's arguments, so the reason is shown in each
 * reader's language later.
 */
@Embeddable
public class ReasonRow {

    private static final String SEPARATOR = "\u001F";

    /** An argument that is itself a key of the catalog (a label shown in the reader's language). */
    static final String LABEL = "@";

    @Column(name = "RULE_CODE", nullable = false, length = 32)
    String rule;

    @Column(name = "ARGS", nullable = false, length = 1000)
    String args;

    protected ReasonRow() {}

    ReasonRow(String rule, List<String> args) {
        this.rule = rule;
        this.args = String.join(SEPARATOR, args);
    }

    ScreeningReason toReason() {
        Object[] values = args.isEmpty()
                ? new Object[0]
                : Arrays.stream(args.split(SEPARATOR, -1))
                        .map(a -> a.startsWith(LABEL) ? FundingBackend.MESSAGES.get(a.substring(1)) : a)
                        .toArray();
        return new ScreeningReason(rule, FundingBackend.MESSAGES.get("screen." + rule, values));
    }
}
