package jp.kyodo.events;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * @param text words of the title (any language), description or place; width, kana and case insensitive
 * @param from first day (inclusive), or null
 * @param until last day (inclusive), or null
 * @param publicOnly only events published in the feed and the event list
 * @param seriesId only the events of a series, or null
 */
public record EventQuery(String text, LocalDate from, LocalDate until, boolean publicOnly, Long seriesId) {

    public EventQuery {
        text = Records.text(text);
    }

    public static EventQuery between(LocalDate from, LocalDate until) {
        return new EventQuery("", from, until, false, null);
    }
}
