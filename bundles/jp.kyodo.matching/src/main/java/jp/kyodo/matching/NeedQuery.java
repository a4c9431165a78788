package jp.kyodo.matching;

import java.util.Set;
import jp.kyodo.core.Records;

/**
 * Which needs to list.
 *
 * @param text words in the title, description or skills (width and kana insensitive)
 * @param statuses only these; empty = all
 * @param kind only needs asking for this; null = any
 * @param fieldCode only needs in this activity field; empty = any
 * @param ownerId only this organisation's or department's; null = any
 */
public record NeedQuery(String text, Set<NeedStatus> statuses, NeedKind kind, String fieldCode, Long ownerId) {

    public NeedQuery {
        text = Records.text(text);
        statuses = Records.sorted(statuses);
        fieldCode = Records.text(fieldCode);
    }

    public static NeedQuery all() {
        return new NeedQuery("", Set.of(), null, "", null);
    }

    public static NeedQuery open() {
        return new NeedQuery("", Set.of(NeedStatus.OPEN), null, "", null);
    }
}
