package jp.kyodo.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.Records;
import jp.kyodo.registry.TimeBand;

/**
 * What a partner offers (申し出): an expert's pro-bono hours, a company's sponsorship or goods, a school's
 * rooms, a volunteer's skills. Strings are never null.
 *
 * @param providerId the registry id of the person or organisation who offers
 * @param kind what is offered
 * @param title short title, required
 * @param description details
 * @param skills the skills or things offered (matched against needs)
 * @param fieldCodes activity fields it suits
 * @param areaCode where it can be given; empty = anywhere in the city
 * @param days weekdays it is available; empty = any
 * @param times time bands; empty = any
 * @param hours hours offered (skills, pro bono); null when not counted in hours
 * @param amountYen whole yen (sponsorship); null otherwise
 * @param validUntil the last day the offer stands; null = until withdrawn
 */
public record OfferDraft(
        long providerId,
        OfferKind kind,
        String title,
        String description,
        String skills,
        Set<String> fieldCodes,
        String areaCode,
        Set<DayOfWeek> days,
        Set<TimeBand> times,
        Integer hours,
        Long amountYen,
        LocalDate validUntil) {

    public OfferDraft {
        title = Records.text(title);
        description = Records.text(description);
        skills = Records.text(skills);
        fieldCodes = Records.sorted(fieldCodes);
        areaCode = Records.text(areaCode);
        days = Records.sorted(days);
        times = Records.sorted(times);
    }

    public static OfferDraft of(long providerId, OfferKind kind, String title, String skills) {
        return new OfferDraft(providerId, kind, title, "", skills, Set.of(), "", Set.of(), Set.of(), null, null, null);
    }

    public OfferDraft withWhere(Set<String> newFieldCodes, String newAreaCode) {
        return new OfferDraft(
                providerId,
                kind,
                title,
                description,
                skills,
                newFieldCodes,
                newAreaCode,
                days,
                times,
                hours,
                amountYen,
                validUntil);
    }

    public OfferDraft withWhen(Set<DayOfWeek> newDays, Set<TimeBand> newTimes, LocalDate until) {
        return new OfferDraft(
                providerId,
                kind,
                title,
                description,
                skills,
                fieldCodes,
                areaCode,
                newDays,
                newTimes,
                hours,
                amountYen,
                until);
    }

    public OfferDraft withAmounts(String newDescription, Integer newHours, Long yen) {
        return new OfferDraft(
                providerId,
                kind,
                title,
                newDescription,
                skills,
                fieldCodes,
                areaCode,
                days,
                times,
                newHours,
                yen,
                validUntil);
    }
}
