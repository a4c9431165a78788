package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsKit.STAFF;
import static jp.kyodo.events.internal.EventsKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.HolidayPolicy;
import jp.kyodo.events.Occurrence;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Series;
import jp.kyodo.events.SeriesDraft;
import jp.kyodo.events.SeriesRule;
import jp.kyodo.events.Titles;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class SeriesTest {

    private final EventsKit kit = new EventsKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private EventDraft template(String title) {
        return EventDraft.of(
                Titles.of(title),
                List.of(
                        Organiser.of(kit.division.id(), CollaborationForm.HOST),
                        Organiser.of(kit.npo.id(), CollaborationForm.CO_HOST)),
                "市民活動センター",
                LocalDateTime.of(2027, 1, 1, 13, 30),
                LocalDateTime.of(2027, 1, 1, 16, 0));
    }

    private static List<LocalDate> dates(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::date).toList();
    }

    @Test
    void theVolunteerFairOnTheThirdSundayOfOctoberForThreeYears() {
        SeriesDraft fair = SeriesDraft.of(
                template("ボランティア見本市"),
                new SeriesRule.NthWeekday(3, DayOfWeek.SUNDAY, Set.of(Month.OCTOBER)),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31));
        Series s = as(STAFF, () -> kit.series.create(fair));
        assertEquals("毎年10月の第3日曜日", s.ruleText());
        List<Event> events = as(
                        STAFF,
                        () -> kit.events.search(new EventQuery("", null, null, false, s.id()), PageRequest.first(10)))
                .items();
        assertEquals(
                List.of(
                        LocalDateTime.of(2026, 10, 18, 13, 30),
                        LocalDateTime.of(2027, 10, 17, 13, 30),
                        LocalDateTime.of(2028, 10, 15, 13, 30)),
                events.stream().map(e -> e.draft().startsAt()).toList());
        assertEquals(
                LocalDateTime.of(2027, 10, 17, 16, 0), events.get(1).draft().endsAt());
        assertEquals("NPO法人かわぐち環境ネット", events.get(0).draft().organisers().get(1).name());
        assertEquals(s.id(), events.get(0).seriesId());
    }

    @Test
    void everyOtherWednesdayCountsFromTheFirstDay() {
        List<Occurrence> o = as(
                STAFF,
                () -> kit.series.preview(SeriesDraft.of(
                        template("子ども食堂"),
                        new SeriesRule.Weekly(DayOfWeek.WEDNESDAY, 2),
                        LocalDate.of(2027, 4, 1),
                        LocalDate.of(2027, 5, 31))));
        assertEquals(
                List.of(
                        LocalDate.of(2027, 4, 7),
                        LocalDate.of(2027, 4, 21),
                        LocalDate.of(2027, 5, 5),
                        LocalDate.of(2027, 5, 19)),
                dates(o));
        assertEquals("隔週水曜日", kit.series.describe(new SeriesRule.Weekly(DayOfWeek.WEDNESDAY, 2)));
    }

    @Test
    void aMondaySeriesMovesOffHolidaysOrSkipsThem() {
        SeriesDraft monthly = SeriesDraft.of(
                template("ボランティア相談会"),
                new SeriesRule.NthWeekday(2, DayOfWeek.MONDAY, Set.of()),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        List<Occurrence> held = as(STAFF, () -> kit.series.preview(monthly));
        assertEquals(12, held.size());
        // 成人の日 and スポーツの日 are second Mondays
        List<Occurrence> moved =
                as(STAFF, () -> kit.series.preview(monthly.withExceptions(HolidayPolicy.NEXT_DAY, Set.of(), Map.of())));
        assertEquals(LocalDate.of(2027, 1, 12), moved.get(0).date());
        assertEquals("成人の日のため翌日に振替", moved.get(0).note());
        assertEquals(LocalDate.of(2027, 10, 12), moved.get(9).date());
        List<Occurrence> skipped = as(
                STAFF,
                () -> kit.series.preview(monthly.withExceptions(
                        HolidayPolicy.SKIP,
                        Set.of(LocalDate.of(2027, 8, 9)),
                        Map.of(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 15)))));
        assertEquals(9, skipped.size());
        assertEquals(LocalDate.of(2027, 3, 15), skipped.get(1).date());
        assertEquals("日程変更", skipped.get(1).note());
        assertEquals("毎月第2月曜日", kit.series.describe(monthly.rule()));
    }

    @Test
    void aboutFiveTimesAYearOnDatesPickedByHand() {
        List<LocalDate> picked = List.of(
                LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 6, 12),
                LocalDate.of(2027, 9, 4),
                LocalDate.of(2027, 11, 13),
                LocalDate.of(2028, 2, 5));
        SeriesDraft plaza = SeriesDraft.of(
                        template("ボランティア広場"),
                        new SeriesRule.PickedDates(picked),
                        LocalDate.of(2027, 4, 1),
                        LocalDate.of(2028, 3, 31))
                .withExceptions(HolidayPolicy.SKIP, Set.of(), Map.of());
        Series s = as(STAFF, () -> kit.series.create(plaza));
        assertEquals("指定日（5回）", s.ruleText());
        assertEquals(4, s.eventIds().size(), "憲法記念日 skipped");
    }

    @Test
    void aRuleWithoutDatesOrABadTemplateIsRefusedAndNothingIsSaved() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> as(
                        STAFF,
                        () -> kit.series.create(SeriesDraft.of(
                                template("x"),
                                new SeriesRule.NthWeekday(5, DayOfWeek.MONDAY, Set.of(Month.FEBRUARY)),
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2027, 12, 31)))));
        assertEquals("series.empty", e.errors().get(0).text().key());
        assertThrows(
                ValidationException.class,
                () -> as(
                        STAFF,
                        () -> kit.series.create(SeriesDraft.of(
                                template("").withCapacity(0),
                                new SeriesRule.Weekly(DayOfWeek.MONDAY, 9),
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2026, 12, 31)))));
        assertEquals(
                0,
                as(STAFF, () -> kit.events.search(EventQuery.between(null, null), PageRequest.first(5)))
                        .total());
    }
}
