package jp.kyodo.funding;

import java.util.EnumSet;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * Which applications to list; every part optional. Sorted newest first, or with {@code
 * PageRequest.sortedBy(Sort.asc("title"))} by {@code title}, {@code organisation}, {@code requested}, {@code
 * status} or {@code updated}.
 *
 * @param text words in the title, plan or the organisation's name (width, kana and case insensitive)
 * @param statuses any of these; empty = any
 */
public record ApplicationQuery(
        String text, Long programmeId, Integer fiscalYear, Long organisationId, Set<ApplicationStatus> statuses) {

    public ApplicationQuery {
        text = Records.text(text);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    public static ApplicationQuery all() {
        return new ApplicationQuery("", null, null, null, Set.of());
    }

    public static ApplicationQuery ofProgramme(long programmeId) {
        return new ApplicationQuery("", programmeId, null, null, Set.of());
    }
}
