package jp.kyodo.registry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * What staff enter for an individual (citizen, volunteer, expert). Strings are never null.
 *
 * @param name full name, required
 * @param nameReading reading in kana, required
 * @param birthYear year of birth (for age-based programmes such as 盛人大学 50+), null when unknown
 * @param areaCode area of residence (core area hierarchy); empty when outside the city
 * @param contact address, phone, e-mail — personal data
 * @param skills what they can do (特技・スキル)
 * @param availableDays weekdays they are available
 * @param availableTimes time bands they are available
 * @param volunteer registered as a volunteer
 * @param volunteerSince when they registered as a volunteer
 * @param expert the expert profile, null when not an expert
 * @param notes the coordinator's notes
 */
public record PersonDraft(
        String name,
        String nameReading,
        Integer birthYear,
        String areaCode,
        Contact contact,
        String skills,
        Set<DayOfWeek> availableDays,
        Set<TimeBand> availableTimes,
        boolean volunteer,
        LocalDate volunteerSince,
        ExpertProfile expert,
        String notes) {

    public PersonDraft {
        name = Records.text(name);
        nameReading = Records.text(nameReading);
        areaCode = Records.text(areaCode);
        contact = contact == null ? Contact.EMPTY : contact;
        skills = Records.text(skills);
        availableDays = Records.sorted(availableDays);
        availableTimes = Records.sorted(availableTimes);
        notes = Records.text(notes);
    }

    public static PersonDraft of(String name, String nameReading) {
        return new PersonDraft(name, nameReading, null, "", null, "", Set.of(), Set.of(), false, null, null, "");
    }

    public PersonDraft withContact(Contact newContact) {
        return new PersonDraft(
                name,
                nameReading,
                birthYear,
                areaCode,
                newContact,
                skills,
                availableDays,
                availableTimes,
                volunteer,
                volunteerSince,
                expert,
                notes);
    }

    public PersonDraft withArea(String newAreaCode, Integer newBirthYear) {
        return new PersonDraft(
                name,
                nameReading,
                newBirthYear,
                newAreaCode,
                contact,
                skills,
                availableDays,
                availableTimes,
                volunteer,
                volunteerSince,
                expert,
                notes);
    }

    public PersonDraft withExpert(ExpertProfile profile) {
        return new PersonDraft(
                name,
                nameReading,
                birthYear,
                areaCode,
                contact,
                skills,
                availableDays,
                availableTimes,
                volunteer,
                volunteerSince,
                profile,
                notes);
    }

    public PersonDraft withVolunteer(boolean registered, LocalDate since, String newSkills) {
        return new PersonDraft(
                name,
                nameReading,
                birthYear,
                areaCode,
                contact,
                newSkills,
                availableDays,
                availableTimes,
                registered,
                since,
                expert,
                notes);
    }

    public PersonDraft withAvailability(Set<DayOfWeek> days, Set<TimeBand> times) {
        return new PersonDraft(
                name,
                nameReading,
                birthYear,
                areaCode,
                contact,
                skills,
                days,
                times,
                volunteer,
                volunteerSince,
                expert,
                notes);
    }
}
