package jp.kyodo.events.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.BookingDraft;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventSeries;
import jp.kyodo.events.Events;
import jp.kyodo.events.Exhibitors;
import jp.kyodo.events.FeeExemption;
import jp.kyodo.events.HolidayPolicy;
import jp.kyodo.events.JapaneseHolidays;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.RegistrationDraft;
import jp.kyodo.events.Registrations;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomBookings;
import jp.kyodo.events.RoomDraft;
import jp.kyodo.events.Series;
import jp.kyodo.events.SeriesDraft;
import jp.kyodo.events.SeriesRule;
import jp.kyodo.events.Titles;
import jp.kyodo.events.Venue;
import jp.kyodo.events.VenueDraft;
import jp.kyodo.events.Venues;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo-data switch of events: when {@code KYODO_DEMO=true} and no venue is recorded yet, waits for the
 * registry's demo partners and then enters, through the services as staff would, a year of the demo cities'
 * events (川口市 and 蕨市: the volunteer fair on the third Sunday of October with exhibitors and booths, the
 * volunteer plaza about five times a year, eco-life day on the second Sunday of June co-hosted with an NPO, a
 * multilingual forum with a waiting list, monthly and fortnightly series), venues with rooms, and four weeks of
 * room bookings by groups. A production start never sets the switch.
 */
@Component(
        immediate = true,
        service = {})
public final class DemoDataLoader {

    static final String SWITCH = "KYODO_DEMO";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor DEMO = Actor.system("demo-data");

    private final ExecutorService worker;

    @Activate
    public DemoDataLoader(
            @Reference EventsBackend backend,
            @Reference Venues venues,
            @Reference Events events,
            @Reference EventSeries series,
            @Reference Registrations registrations,
            @Reference Exhibitors exhibitors,
            @Reference RoomBookings bookings) {
        if (!"true".equalsIgnoreCase(System.getenv(SWITCH))) {
            worker = null;
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kyodo-events-demo-data"));
        Stories stories = new Stories(backend, venues, events, series, registrations, exhibitors, bookings);
        worker.execute(() -> SecurityContext.runAs(DEMO, () -> {
            try {
                if (stories.awaitPartners()) {
                    stories.load();
                } else {
                    LOG.info("Demo data: no registry partners to build on; events demo data not loaded");
                }
            } catch (RuntimeException e) {
                LOG.error("Events demo data could not be loaded", e);
            }
        }));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            worker.shutdownNow();
            worker.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** The stories, on the registry's demo partners. */
    record Stories(
            EventsBackend b,
            Venues venues,
            Events events,
            EventSeries series,
            Registrations registrations,
            Exhibitors exhibitors,
            RoomBookings bookings) {

        /** Waits until the registry's demo data stopped growing. */
        boolean awaitPartners() {
            long previous = -1;
            for (int i = 0; i < 120; i++) {
                long[] count = {0};
                b.partners().forEach(x -> count[0]++);
                if (count[0] > 0 && count[0] == previous) {
                    return true;
                }
                previous = count[0];
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return previous > 0;
        }

        /** @return the number of events created, 0 when there was data already */
        int load() {
            if (!venues.venues().isEmpty()) {
                LOG.info("Demo data: events already has venues; nothing loaded");
                return 0;
            }
            long start = System.nanoTime();
            List<PartnerProfile> all = new ArrayList<>();
            b.partners().forEach(all::add);
            Partners p = new Partners(all);
            LocalDate today = b.today();
            LocalDate yearEnd = today.plusYears(1);
            Set<LocalDate> newYear = new HashSet<>();
            for (LocalDate d = LocalDate.of(today.getYear(), 12, 29);
                    !d.isAfter(LocalDate.of(today.getYear() + 1, 1, 3));
                    d = d.plusDays(1)) {
                newYear.add(d);
            }

            // venues and rooms
            Venue station = venues.createVenue(
                    VenueDraft.of("川口市 市民活動センター", "埼玉県川口市川口1-1-1 キュポ・ラ本館棟4階", LocalTime.of(9, 0), LocalTime.of(21, 30))
                            .closed(Set.of(DayOfWeek.MONDAY), true, newYear));
            Room meetingA = venues.addRoom(new RoomDraft(station.id(), "会議室A", 24, Set.of("プロジェクター", "ホワイトボード"), 600));
            Room meetingB = venues.addRoom(new RoomDraft(station.id(), "会議室B", 12, Set.of("ホワイトボード"), 400));
            Room hall =
                    venues.addRoom(new RoomDraft(station.id(), "多目的室", 60, Set.of("音響設備", "プロジェクター", "可動式机"), 1500));
            Room kitchen = venues.addRoom(new RoomDraft(station.id(), "調理実習室", 20, Set.of("調理台4台", "冷蔵庫"), 900));
            Venue shiba =
                    venues.createVenue(VenueDraft.of("芝公民館", "埼玉県川口市芝5-1-1", LocalTime.of(9, 0), LocalTime.of(21, 0))
                            .closed(Set.of(DayOfWeek.MONDAY), false, newYear));
            Room shibaHall = venues.addRoom(new RoomDraft(shiba.id(), "講堂", 120, Set.of("音響設備", "ステージ"), 2000));
            Room shibaWa = venues.addRoom(new RoomDraft(shiba.id(), "和室", 20, Set.of("座卓"), 300));
            Venue warabi =
                    venues.createVenue(VenueDraft.of("蕨市 市民会館", "埼玉県蕨市中央5-1-1", LocalTime.of(9, 0), LocalTime.of(22, 0))
                            .closed(Set.of(DayOfWeek.TUESDAY), true, newYear));
            Room warabiRoom = venues.addRoom(new RoomDraft(warabi.id(), "第1会議室", 40, Set.of("プロジェクター"), 800));
            List<Room> rooms = List.of(meetingA, meetingB, hall, kitchen, shibaHall, shibaWa, warabiRoom);

            PartnerProfile kyodo = p.department("川口市", "協働推進課");
            PartnerProfile environment = p.department("川口市", "環境政策課");
            PartnerProfile international = p.department("川口市", "国際交流室");
            PartnerProfile disaster = p.department("川口市", "防災課");
            PartnerProfile warabiKyodo = p.department("蕨市", "協働推進課");
            PartnerProfile ecoNpo = p.group("environment", 0);
            PartnerProfile exchange = p.group("multicultural", 0);
            PartnerProfile community = p.group("community", 0);
            PartnerProfile children = p.group("children", 0);
            int created = 0;

            // the volunteer fair: third Sunday of October, in a park, run by a committee with the city
            Series fair = series.create(SeriesDraft.of(
                    EventDraft.of(
                                    new Titles("ボランティア見本市", "Volunteer Fair", "志愿者博览会", "자원봉사 박람회", "ボランティアの おまつり"),
                                    List.of(
                                            Organiser.of(kyodo.id(), CollaborationForm.COMMITTEE),
                                            Organiser.of(community.id(), CollaborationForm.COMMITTEE)),
                                    "青木町公園 (埼玉県川口市西青木4-1)",
                                    LocalDateTime.of(2000, 1, 1, 10, 0),
                                    LocalDateTime.of(2000, 1, 1, 15, 0))
                            .withText("市内で活動する団体がブースで活動を紹介します。ボランティア体験コーナーもあります。", "見本市", "どなたでも")
                            .withAudience(null, null, Set.of("ja", "en", "zh")),
                    new SeriesRule.NthWeekday(3, DayOfWeek.SUNDAY, Set.of(Month.OCTOBER)),
                    today,
                    yearEnd));
            created += fair.eventIds().size();
            if (!fair.eventIds().isEmpty()) {
                long fairId = fair.eventIds().get(0);
                List<PartnerProfile> groups = p.all(x -> x.type() == PartnerType.CIVIC);
                for (int i = 0; i < Math.min(16, groups.size()); i++) {
                    String booth = i < 12 ? (char) ('A' + i / 6) + "-" + (1 + i % 6) : "";
                    exhibitors.add(fairId, groups.get(i).id(), booth, i % 3 == 0 ? "電源を使用" : "");
                }
            }

            // the volunteer plaza: about five times a year at the partner station, support lectures for groups
            List<LocalDate> plazaDays = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                plazaDays.add(today.plusWeeks(i * 10L).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
            }
            created += series.create(SeriesDraft.of(
                                    EventDraft.of(
                                                    Titles.of("ボランティア広場"),
                                                    List.of(Organiser.of(kyodo.id(), CollaborationForm.HOST)),
                                                    "",
                                                    LocalDateTime.of(2000, 1, 1, 13, 30),
                                                    LocalDateTime.of(2000, 1, 1, 16, 0))
                                            .withRoom(hall.id())
                                            .withCapacity(50)
                                            .withText("団体運営の相談会と、会計・広報の講座。", "講座・教室", "市民活動団体の方"),
                                    new SeriesRule.PickedDates(plazaDays),
                                    today,
                                    yearEnd)
                            .withExceptions(HolidayPolicy.NEXT_DAY, Set.of(), Map.of()))
                    .eventIds()
                    .size();

            // eco-life day: second Sunday of June, co-hosted with the environmental NPO
            created += series.create(SeriesDraft.of(
                            EventDraft.of(
                                            new Titles("エコライフDAY", "Eco-life Day", "环保生活日", "에코라이프 데이", "エコな くらしの ひ"),
                                            List.of(
                                                    Organiser.of(environment.id(), CollaborationForm.HOST),
                                                    Organiser.of(ecoNpo.id(), CollaborationForm.CO_HOST)),
                                            "市内全域（チェックシートで参加）",
                                            LocalDateTime.of(2000, 1, 1, 0, 0),
                                            LocalDateTime.of(2000, 1, 1, 23, 59))
                                    .withText("一日、省エネに取り組み、チェックシートで報告します。CO2削減量は後日公表します。", "環境", "どなたでも"),
                            new SeriesRule.NthWeekday(2, DayOfWeek.SUNDAY, Set.of(Month.JUNE)),
                            today,
                            yearEnd))
                    .eventIds()
                    .size();

            // monthly disaster-prevention lecture, second Saturday; fortnightly children's cafeteria
            created += series.create(SeriesDraft.of(
                                    EventDraft.of(
                                                    Titles.of("防災講座"),
                                                    List.of(
                                                            Organiser.of(disaster.id(), CollaborationForm.HOST),
                                                            Organiser.of(
                                                                    community.id(), CollaborationForm.ENDORSEMENT)),
                                                    "",
                                                    LocalDateTime.of(2000, 1, 1, 10, 0),
                                                    LocalDateTime.of(2000, 1, 1, 12, 0))
                                            .withRoom(shibaHall.id())
                                            .withCapacity(100),
                                    new SeriesRule.NthWeekday(2, DayOfWeek.SATURDAY, Set.of()),
                                    today,
                                    yearEnd)
                            .withExceptions(HolidayPolicy.SKIP, Set.of(), Map.of()))
                    .eventIds()
                    .size();
            created += series.create(SeriesDraft.of(
                                    EventDraft.of(
                                                    new Titles(
                                                            "こども食堂",
                                                            "Children's Cafeteria",
                                                            "儿童食堂",
                                                            "어린이 식당",
                                                            "こどもの しょくどう"),
                                                    List.of(Organiser.of(children.id(), CollaborationForm.HOST)),
                                                    "",
                                                    LocalDateTime.of(2000, 1, 1, 17, 0),
                                                    LocalDateTime.of(2000, 1, 1, 19, 0))
                                            .withRoom(kitchen.id())
                                            .withCapacity(20)
                                            .withFee(100, "中学生以下無料")
                                            .withAudience(0, 15, Set.of("ja", "zh")),
                                    new SeriesRule.Weekly(DayOfWeek.WEDNESDAY, 2),
                                    today,
                                    today.plusMonths(6))
                            .withExceptions(HolidayPolicy.SKIP, Set.of(), Map.of()))
                    .eventIds()
                    .size();

            // a multilingual forum, full with a waiting list
            LocalDateTime forumAt = today.plusWeeks(3)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                    .atTime(14, 0);
            var forum = events.create(EventDraft.of(
                            new Titles(
                                    "多文化共生フォーラム",
                                    "Forum: Living Together in a Multicultural City",
                                    "多元文化共生论坛",
                                    "다문화 공생 포럼",
                                    "いろいろな くにの ひとと いっしょに くらす"),
                            List.of(
                                    Organiser.of(international.id(), CollaborationForm.HOST),
                                    Organiser.of(exchange.id(), CollaborationForm.CO_HOST)),
                            "",
                            forumAt,
                            forumAt.plusHours(2))
                    .withRoom(meetingA.id())
                    .withCapacity(20)
                    .withText("団地の自治会と学生ボランティアの取り組みを紹介します。中国語の通訳があります。", "フォーラム", "どなたでも")
                    .withAudience(null, null, Set.of("ja", "zh")));
            created++;
            String[] names = {"王", "李", "張", "山田", "佐藤", "鈴木", "高橋", "田中", "劉", "陳", "伊藤", "渡辺"};
            for (int i = 0; i < 14; i++) {
                registrations.register(new RegistrationDraft(
                        forum.id(),
                        names[i % names.length] + "（" + (i + 1) + "）",
                        "",
                        1 + i % 3,
                        i % 4 == 0 ? "zh" : "ja"));
            }
            created += series.create(SeriesDraft.of(
                            EventDraft.of(
                                            Titles.of("わらびボランティア講座"),
                                            List.of(Organiser.of(warabiKyodo.id(), CollaborationForm.HOST)),
                                            "",
                                            LocalDateTime.of(2000, 1, 1, 19, 0),
                                            LocalDateTime.of(2000, 1, 1, 20, 30))
                                    .withRoom(warabiRoom.id())
                                    .withCapacity(30),
                            new SeriesRule.NthWeekday(-1, DayOfWeek.THURSDAY, Set.of()),
                            today,
                            yearEnd))
                    .eventIds()
                    .size();

            // four weeks of room bookings by groups
            Random random = new Random(20261129L);
            List<PartnerProfile> groups =
                    p.all(x -> x.type() == PartnerType.CIVIC || x.type() == PartnerType.NEIGHBOURHOOD);
            LocalTime[][] blocks = {
                {LocalTime.of(9, 30), LocalTime.of(12, 0)},
                {LocalTime.of(13, 0), LocalTime.of(16, 30)},
                {LocalTime.of(18, 0), LocalTime.of(21, 0)}
            };
            int booked = 0;
            for (LocalDate day = today.plusDays(1); day.isBefore(today.plusWeeks(4)); day = day.plusDays(1)) {
                for (Room room : rooms) {
                    for (LocalTime[] block : blocks) {
                        if (groups.isEmpty() || random.nextInt(3) == 0) {
                            continue;
                        }
                        PartnerProfile g = groups.get(random.nextInt(groups.size()));
                        boolean reduced = random.nextInt(3) == 0;
                        BookingDraft d = BookingDraft.of(
                                        room.id(),
                                        g.id(),
                                        day,
                                        block[0],
                                        block[1],
                                        pick(random, "定例会", "練習", "講座の準備", "役員会", "勉強会"),
                                        Math.max(1, room.draft().capacity() / 2))
                                .withExemption(
                                        reduced ? FeeExemption.HALF : FeeExemption.NONE, reduced ? "登録市民活動団体" : "");
                        try {
                            bookings.book(d);
                            booked++;
                        } catch (ValidationException | ConflictException e) {
                            // a closed day, a holiday, an event's room: the desk would have said no too
                        }
                    }
                }
            }
            LOG.info(
                    "Demo data: events loaded in {} ms ({} events, {} room bookings, holidays this year: {})",
                    (System.nanoTime() - start) / 1_000_000,
                    created,
                    booked,
                    JapaneseHolidays.of(today.getYear()).size());
            return created;
        }

        private static String pick(Random random, String... values) {
            return values[random.nextInt(values.length)];
        }
    }

    /** The registry's demo partners by kind. */
    private record Partners(List<PartnerProfile> all) {

        /** The city's department ending with the name, or any department of the city, or any department. */
        PartnerProfile department(String city, String suffix) {
            return find(x -> x.type() == PartnerType.CITY
                            && x.name().startsWith(city)
                            && x.name().endsWith(suffix))
                    .or(() -> find(x -> x.type() == PartnerType.CITY && x.name().startsWith(city)))
                    .or(() -> find(x -> x.type() == PartnerType.CITY))
                    .orElseThrow(() -> new IllegalStateException("no department in the registry"));
        }

        /** A civic group in the field, or any civic group. */
        PartnerProfile group(String field, int skip) {
            return all(x -> x.type() == PartnerType.CIVIC && x.fieldCodes().contains(field)).stream()
                    .skip(skip)
                    .findFirst()
                    .or(() -> find(x -> x.type() == PartnerType.CIVIC))
                    .orElseThrow(() -> new IllegalStateException("no civic group in the registry"));
        }

        List<PartnerProfile> all(Predicate<PartnerProfile> test) {
            return all.stream().filter(PartnerProfile::active).filter(test).toList();
        }

        private Optional<PartnerProfile> find(Predicate<PartnerProfile> test) {
            return all.stream().filter(PartnerProfile::active).filter(test).findFirst();
        }
    }
}
