package jp.kyodo.training;

import jp.kyodo.core.Records;

/**
 * Which courses to list.
 *
 * @param text words of the title (Japanese-aware: width, kana and case do not matter); empty for all
 * @param kind null for all kinds
 * @param fiscalYear null for all years
 * @param status null for all
 */
public record CourseQuery(String text, CourseKind kind, Integer fiscalYear, CourseStatus status) {

    public CourseQuery {
        text = Records.text(text);
    }

    public static CourseQuery all() {
        return new CourseQuery("", null, null, null);
    }
}
