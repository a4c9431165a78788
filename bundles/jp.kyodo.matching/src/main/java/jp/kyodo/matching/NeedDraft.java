package jp.kyodo.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.Records;
import jp.kyodo.registry.TimeBand;

/**
 * What an organisation or a department needs (ニーズ), as staff enter it. Strings are never null.
 *
 * @param ownerId the registry id of the organisation or department (市の部署) that has the need
 * @param title short title, required
 * @param description what the need is about
 * @param kinds what is asked for; at least one
 * @param skills the skills or things wanted, in the owner's words (matched against candidates' skills)
 * @param fieldCodes activity fields (core taxonomy)
 * @param areaCode where (core area code); empty for the whole city
 * @param days weekdays the help is wanted on; empty = any
 * @param times time bands; empty = any
 * @param startsOn from when; null = now
 * @param endsOn until when; null = open
 * @param peopleNeeded how many people, for {@link NeedKind#PEOPLE}; null when not a number of people
 * @param amountYen how much money in whole yen, for {@link NeedKind#MONEY}; null otherwise
 * @param dueOn by when a match is wanted; null = no deadline
 */
public record NeedDraft(
        long ownerId,
        String title,
        String description,
        Set<NeedKind> kinds,
        String skills,
        Set<String> fieldCodes,
        String areaCode,
        Set<DayOfWeek> days,
        Set<TimeBand> times,
        LocalDate startsOn,
        LocalDate endsOn,
        Integer peopleNeeded,
        Long amountYen,
        LocalDate dueOn) {

    public NeedDraft {
        title = Records.text(title);
        description = Records.text(description);
        kinds = Records.sorted(kinds);
        skills = Records.text(skills);
        fieldCodes = Records.sorted(fieldCodes);
        areaCode = Records.text(areaCode);
        days = Records.sorted(days);
        times = Records.sorted(times);
    }

    /** A need with a title and what it asks for; the rest empty. */
    public static NeedDraft of(long ownerId, String title, Set<NeedKind> kinds) {
        return new NeedDraft(
                ownerId, title, "", kinds, "", Set.of(), "", Set.of(), Set.of(), null, null, null, null, null);
    }

    public NeedDraft withText(String newDescription, String newSkills) {
        return new NeedDraft(
                ownerId,
                title,
                newDescription,
                kinds,
                newSkills,
                fieldCodes,
                areaCode,
                days,
                times,
                startsOn,
                endsOn,
                peopleNeeded,
                amountYen,
                dueOn);
    }

    public NeedDraft withWhere(Set<String> newFieldCodes, String newAreaCode) {
        return new NeedDraft(
                ownerId,
                title,
                description,
                kinds,
                skills,
                newFieldCodes,
                newAreaCode,
                days,
                times,
                startsOn,
                endsOn,
                peopleNeeded,
                amountYen,
                dueOn);
    }

    public NeedDraft withWhen(Set<DayOfWeek> newDays, Set<TimeBand> newTimes, LocalDate from, LocalDate until) {
        return new NeedDraft(
                ownerId,
                title,
                description,
                kinds,
                skills,
                fieldCodes,
                areaCode,
                newDays,
                newTimes,
                from,
                until,
                peopleNeeded,
                amountYen,
                dueOn);
    }

    public NeedDraft withAmounts(Integer people, Long yen, LocalDate due) {
        return new NeedDraft(
                ownerId,
                title,
                description,
                kinds,
                skills,
                fieldCodes,
                areaCode,
                days,
                times,
                startsOn,
                endsOn,
                people,
                yen,
                due);
    }
}
