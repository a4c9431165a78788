package jp.kyodo.matching;

import jp.kyodo.core.Records;

/**
 * Which projects to list.
 *
 * @param text words in the title or purpose
 * @param form only this form; null = any
 * @param departmentId only this department's; null = any
 * @param agendaId only projects of this agenda; null = any
 * @param exitDueOnly only projects ending soon without an exit strategy
 */
public record ProjectQuery(String text, CollaborationForm form, Long departmentId, Long agendaId, boolean exitDueOnly) {

    public ProjectQuery {
        text = Records.text(text);
    }

    public static ProjectQuery all() {
        return new ProjectQuery("", null, null, null, false);
    }
}
