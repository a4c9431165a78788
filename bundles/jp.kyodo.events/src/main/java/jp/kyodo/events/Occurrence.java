package jp.kyodo.events;

import jp.kyodo.core.Records;

/**
 * One date of a series.
 *
 * @param date when it is held
 * @param ruleDate the date the rule gave (differs when moved off a holiday or by an exception)
 * @param note why it moved, e.g. 「スポーツの日のため翌日に振替」; empty when not moved
 */
public record Occurrence(java.time.LocalDate date, java.time.LocalDate ruleDate, String note) {

    public Occurrence {
        note = Records.text(note);
    }

    public boolean moved() {
        return !date.equals(ruleDate);
    }
}
