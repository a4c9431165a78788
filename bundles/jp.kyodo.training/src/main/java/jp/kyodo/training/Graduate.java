package jp.kyodo.training;

import java.time.LocalDate;

/**
 * A person who completed a course, with what they did afterwards.
 *
 * @param volunteerMinutesSince volunteering recorded for them (volunteer points) after completion, in minutes
 * @param registeredVolunteer registered as a volunteer in the registry now
 */
public record Graduate(
        long personId,
        String personName,
        long courseId,
        String courseTitle,
        LocalDate completedOn,
        long volunteerMinutesSince,
        boolean registeredVolunteer) {}
