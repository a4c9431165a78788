package jp.kyodo.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * An event as staff enter it. Strings are never null; times are local to the city (Asia/Tokyo).
 *
 * @param category e.g. 講座・教室, フォーラム, 見本市 (courses are published as events with a category)
 * @param organisers at least one, one of them {@link CollaborationForm#HOST} or {@link CollaborationForm#COMMITTEE}
 * @param roomId the booked room of a venue, or null when held elsewhere ({@code place})
 * @param place where, when not in a room of a venue (a park, a school)
 * @param capacity how many may register; null for no limit and no registration
 * @param audience who it is for, in words (小学生と保護者, どなたでも)
 * @param minAge youngest participant, or null
 * @param maxAge oldest participant, or null
 * @param languages the languages it is held in or interpreted to (ISO 639-1: ja, en, zh, ko …)
 * @param feeYen participation fee in whole yen, 0 for free
 * @param feeNote what the fee covers or who pays less (資料代, 中学生以下無料)
 * @param publicEvent published in the feed and the open-data event list
 */
public record EventDraft(
        Titles title,
        String description,
        String category,
        List<Organiser> organisers,
        Long roomId,
        String place,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Integer capacity,
        String audience,
        Integer minAge,
        Integer maxAge,
        Set<String> languages,
        long feeYen,
        String feeNote,
        boolean publicEvent) {

    public EventDraft {
        description = Records.text(description);
        category = Records.text(category);
        organisers = Records.list(organisers);
        place = Records.text(place);
        audience = Records.text(audience);
        languages = Records.sorted(languages);
        feeNote = Records.text(feeNote);
    }

    /** A free public event without a capacity, at a place, in Japanese. */
    public static EventDraft of(
            Titles title, List<Organiser> organisers, String place, LocalDateTime startsAt, LocalDateTime endsAt) {
        return new EventDraft(
                title,
                "",
                "",
                organisers,
                null,
                place,
                startsAt,
                endsAt,
                null,
                "",
                null,
                null,
                Set.of("ja"),
                0,
                "",
                true);
    }

    public EventDraft withCapacity(Integer newCapacity) {
        return new EventDraft(
                title,
                description,
                category,
                organisers,
                roomId,
                place,
                startsAt,
                endsAt,
                newCapacity,
                audience,
                minAge,
                maxAge,
                languages,
                feeYen,
                feeNote,
                publicEvent);
    }

    public EventDraft withRoom(Long newRoomId) {
        return new EventDraft(
                title,
                description,
                category,
                organisers,
                newRoomId,
                place,
                startsAt,
                endsAt,
                capacity,
                audience,
                minAge,
                maxAge,
                languages,
                feeYen,
                feeNote,
                publicEvent);
    }

    public EventDraft withText(String newDescription, String newCategory, String newAudience) {
        return new EventDraft(
                title,
                newDescription,
                newCategory,
                organisers,
                roomId,
                place,
                startsAt,
                endsAt,
                capacity,
                newAudience,
                minAge,
                maxAge,
                languages,
                feeYen,
                feeNote,
                publicEvent);
    }

    public EventDraft withFee(long newFeeYen, String newFeeNote) {
        return new EventDraft(
                title,
                description,
                category,
                organisers,
                roomId,
                place,
                startsAt,
                endsAt,
                capacity,
                audience,
                minAge,
                maxAge,
                languages,
                newFeeYen,
                newFeeNote,
                publicEvent);
    }

    public EventDraft withAudience(Integer newMinAge, Integer newMaxAge, Set<String> newLanguages) {
        return new EventDraft(
                title,
                description,
                category,
                organisers,
                roomId,
                place,
                startsAt,
                endsAt,
                capacity,
                audience,
                newMinAge,
                newMaxAge,
                newLanguages,
                feeYen,
                feeNote,
                publicEvent);
    }

    public EventDraft at(LocalDateTime newStartsAt, LocalDateTime newEndsAt) {
        return new EventDraft(
                title,
                description,
                category,
                organisers,
                roomId,
                place,
                newStartsAt,
                newEndsAt,
                capacity,
                audience,
                minAge,
                maxAge,
                languages,
                feeYen,
                feeNote,
                publicEvent);
    }

    public EventDraft withPublic(boolean newPublic) {
        return new EventDraft(
                title,
                description,
                category,
                organisers,
                roomId,
                place,
                startsAt,
                endsAt,
                capacity,
                audience,
                minAge,
                maxAge,
                languages,
                feeYen,
                feeNote,
                newPublic);
    }
}
