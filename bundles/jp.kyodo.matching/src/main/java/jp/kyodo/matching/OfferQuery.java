package jp.kyodo.matching;

import java.util.Set;
import jp.kyodo.core.Records;

/**
 * Which offers to list.
 *
 * @param text words in the title, description or skills
 * @param statuses only these; empty = all
 * @param kind only this kind; null = any
 * @param providerId only this partner's; null = any
 */
public record OfferQuery(String text, Set<OfferStatus> statuses, OfferKind kind, Long providerId) {

    public OfferQuery {
        text = Records.text(text);
        statuses = Records.sorted(statuses);
    }

    public static OfferQuery all() {
        return new OfferQuery("", Set.of(), null, null);
    }
}
