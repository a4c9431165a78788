package jp.kyodo.matching;

import java.util.Set;
import jp.kyodo.core.Records;

/**
 * Which desk items to list.
 *
 * @param statuses only these; empty = all
 * @param departmentId only this department's; null = all
 * @param overdueOnly only items past their due date without an answer
 * @param text words in the subject, body or the sender's name
 */
public record DeskQuery(Set<DeskStatus> statuses, Long departmentId, boolean overdueOnly, String text) {

    public DeskQuery {
        statuses = Records.sorted(statuses);
        text = Records.text(text);
    }

    public static DeskQuery all() {
        return new DeskQuery(Set.of(), null, false, "");
    }

    public static DeskQuery open() {
        return new DeskQuery(Set.of(DeskStatus.RECEIVED, DeskStatus.ROUTED), null, false, "");
    }
}
