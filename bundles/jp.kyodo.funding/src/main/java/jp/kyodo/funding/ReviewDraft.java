package jp.kyodo.funding;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodo.core.Records;

/**
 * A reviewer's scores for one application. A reviewer with a conflict of interest (利害関係) declares it:
 * the review is kept with its note but its scores do not count, and none are needed.
 *
 * @param scores criterion code → score (0 to the criterion's maximum); every criterion, unless conflicted
 */
public record ReviewDraft(
        boolean conflictOfInterest, String conflictNote, Map<String, Integer> scores, String comment) {

    public ReviewDraft {
        conflictNote = Records.text(conflictNote);
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(scores));
        comment = Records.text(comment);
    }

    public static ReviewDraft scores(Map<String, Integer> scores, String comment) {
        return new ReviewDraft(false, "", scores, comment);
    }

    public static ReviewDraft conflict(String note) {
        return new ReviewDraft(true, note, Map.of(), "");
    }
}
