package jp.kyodo.events;

import java.util.List;

/** Recurring series (定例のイベント). Staff and above create; anyone signed in reads. */
public interface EventSeries {

    /** The dates the draft gives, with holidays and exceptions applied; nothing is saved. */
    List<Occurrence> preview(SeriesDraft draft);

    /**
     * Creates the series and one event per occurrence, in one transaction.
     *
     * @throws jp.kyodo.core.ValidationException for a bad rule or template (every problem), or no date at all
     */
    Series create(SeriesDraft draft);

    Series get(long id);

    /** The rule in Japanese, as {@link Series#ruleText()}. */
    String describe(SeriesRule rule);
}
