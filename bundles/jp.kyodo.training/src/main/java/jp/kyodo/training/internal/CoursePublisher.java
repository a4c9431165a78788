package jp.kyodo.training.internal;

import jp.kyodo.training.Course;

/** Publishes a course as an event, when the events module is there (see {@link EventsLink}). */
interface CoursePublisher {

    /** @return the event's id */
    long publish(Course course, long hostDepartmentId, String category);
}
