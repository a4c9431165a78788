package jp.kyodo.training.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.calendar.Wareki;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.Events;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Titles;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseDraft;

/**
 * The events module's event list seen through {@link CoursePublisher}. The only class of the bundle that names
 * events' types: {@link EventsLink} creates it when the service appears, so that nothing else loads an events
 * class — training starts, runs and stays {@code Active} without events.
 */
final class EventsCourses implements CoursePublisher {

    private final Events events;

    /** @param service a {@code jp.kyodo.events.Events} */
    EventsCourses(Object service) {
        this.events = (Events) service;
    }

    @Override
    public long publish(Course course, long hostDepartmentId, String category) {
        CourseDraft d = course.details();
        String description = d.description()
                + (d.description().isEmpty() ? "" : "\n")
                + "全" + d.sessions() + "回（" + Wareki.formatDate(d.startsOn()) + "〜" + Wareki.formatDate(d.endsOn())
                + "）。申込期間 " + Wareki.formatDate(d.applyFrom()) + "〜" + Wareki.formatDate(d.applyUntil())
                + "、定員 " + d.capacity() + " 名（多数の場合は抽選）。";
        EventDraft draft = EventDraft.of(
                        Titles.of(d.title()),
                        List.of(Organiser.of(hostDepartmentId, CollaborationForm.HOST)),
                        d.place(),
                        LocalDateTime.of(d.startsOn(), d.sessionStart()),
                        LocalDateTime.of(d.startsOn(), d.sessionEnd()))
                .withText(description, category, d.kind().labelJa())
                .withAudience(d.minAge(), d.maxAge(), Set.of("ja"));
        return events.create(draft).id();
    }
}
