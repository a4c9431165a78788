package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Recently;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventImportReport;
import jp.kyodo.events.EventPublishing;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.EventTopics;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Room;
import jp.kyodo.events.Titles;
import jp.kyodo.events.Venue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = {EventPublishing.class, PublishingService.class})
public final class PublishingService implements EventPublishing {

    /** Excel's "CSV" in Japanese Windows: Shift_JIS with Microsoft's extensions (①, ㈱, 髙 …). */
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private static final int PAGE = 500;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final EventsBackend b;
    private final EventService events;
    private final VenueService venues;
    private final EventStore store = new EventStore();

    @Activate
    public PublishingService(
            @Reference EventsBackend backend, @Reference EventService events, @Reference VenueService venues) {
        this.b = backend;
        this.events = events;
        this.venues = venues;
    }

    /** The layouts of a folder, read at most every few seconds: a neighbour's message brings hundreds of rows. */
    private final Recently<String, Map<String, EventListLayout>> layouts = Recently.keptFor(Duration.ofSeconds(10));

    Map<String, EventListLayout> layoutsByName() {
        return layouts.get(
                b.config().layoutFolder(),
                folder -> java.util.Collections.unmodifiableMap(EventListLayout.load(folder)));
    }

    @Override
    public List<String> layouts() {
        return List.copyOf(layoutsByName().keySet());
    }

    // ---- iCalendar ----------------------------------------------------------------------------

    @Override
    public String icalendar(Long venueId, LocalDate from, LocalDate until) {
        Set<Long> roomIds = null;
        String name = b.config().cityName() + " イベント";
        if (venueId != null) {
            Venue venue = venues.venuesById().get(venueId);
            if (venue == null) {
                throw VenueService.venueNotFound(venueId);
            }
            name = venue.draft().name();
            roomIds = venues.allRooms(venueId).stream().map(Room::id).collect(Collectors.toSet());
        }
        Map<Long, String> rooms = new HashMap<>();
        venues.allRooms(null).forEach(r -> rooms.put(r.id(), r.fullName()));
        ICalendar cal = new ICalendar(name);
        EventQuery query = new EventQuery("", from, until, true, null);
        for (PageRequest page = PageRequest.first(PAGE); ; page = page.next()) {
            var rows = events.rows(query, page);
            for (EventStore.Row r : rows.items()) {
                EventDraft d = r.draft();
                if (roomIds != null && (d.roomId() == null || !roomIds.contains(d.roomId()))) {
                    continue;
                }
                String location = d.roomId() == null ? d.place() : rooms.getOrDefault(d.roomId(), d.place());
                cal.line("BEGIN:VEVENT");
                cal.line("UID:event-" + r.id() + "@" + b.config().cityCode() + ".events.kyodo");
                cal.utc("DTSTAMP", r.updatedAt());
                cal.utc("LAST-MODIFIED", r.updatedAt());
                cal.line("SEQUENCE:" + (r.version() - 1));
                if (allDay(d)) {
                    cal.date("DTSTART", d.startsAt().toLocalDate());
                    cal.date("DTEND", d.endsAt().toLocalDate().plusDays(1));
                } else {
                    cal.local("DTSTART", d.startsAt());
                    cal.local("DTEND", d.endsAt());
                }
                cal.text("SUMMARY", d.title().ja());
                cal.text("LOCATION", location);
                cal.text("DESCRIPTION", description(d, r.organiserText()));
                if (!d.category().isEmpty()) {
                    cal.line("CATEGORIES:" + ICalendar.escape(d.category()));
                }
                cal.line("STATUS:CONFIRMED");
                cal.line("END:VEVENT");
            }
            if (!rows.hasNext()) {
                break;
            }
        }
        return cal.end();
    }

    /** Whole days: from midnight to 23:59, as event lists without times are imported (and eco-life day runs). */
    static boolean allDay(EventDraft d) {
        return d.startsAt().toLocalTime().equals(LocalTime.MIDNIGHT)
                && d.endsAt().toLocalTime().equals(LocalTime.of(23, 59));
    }

    private String description(EventDraft d, String organiserText) {
        List<String> parts = new ArrayList<>();
        if (!d.description().isEmpty()) {
            parts.add(d.description());
        }
        Titles t = d.title();
        if (!t.en().isEmpty()) {
            parts.add("English: " + t.en());
        }
        if (!t.zh().isEmpty()) {
            parts.add("中文: " + t.zh());
        }
        if (!t.ko().isEmpty()) {
            parts.add("한국어: " + t.ko());
        }
        if (!t.easyJapanese().isEmpty()) {
            parts.add("やさしい にほんご: " + t.easyJapanese());
        }
        String organisers = organisers(d, organiserText);
        if (!organisers.isEmpty()) {
            parts.add(organisers);
        }
        parts.add("参加費: " + fee(d));
        return String.join("\n", parts);
    }

    /** 「主催: 市民協働推進課 / 共催: NPO法人…」 */
    private String organisers(EventDraft d, String organiserText) {
        if (d.organisers().isEmpty()) {
            return organiserText.isEmpty() ? "" : "主催: " + organiserText;
        }
        Map<CollaborationForm, List<String>> byForm = new java.util.EnumMap<>(CollaborationForm.class);
        for (Organiser o : d.organisers()) {
            byForm.computeIfAbsent(o.form(), k -> new ArrayList<>()).add(b.partnerName(o.partnerId()));
        }
        return byForm.entrySet().stream()
                .map(e -> e.getKey().labelJa() + ": " + String.join("、", e.getValue()))
                .collect(Collectors.joining(" / "));
    }

    private static String fee(EventDraft d) {
        String basic = d.feeYen() == 0 ? "無料" : d.feeYen() + "円";
        return d.feeNote().isEmpty() ? basic : basic + "（" + d.feeNote() + "）";
    }

    // ---- the national event list: export --------------------------------------------------------

    @Override
    public void exportEventList(EventQuery query, OutputStream out) throws IOException {
        EventListLayout layout = layoutsByName().get(b.config().exportLayout());
        if (layout == null) {
            throw new IllegalStateException("no event-list layout " + b.config().exportLayout());
        }
        Places places = places();
        EventQuery published = new EventQuery(query.text(), query.from(), query.until(), true, query.seriesId());
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)).withByteOrderMark();
        csv.row(layout.columns());
        int count = 0;
        for (PageRequest page = PageRequest.first(PAGE); ; page = page.next()) {
            var rows = events.rows(published, page);
            for (EventStore.Row r : rows.items()) {
                csv.row(line(layout, fields(r, places)));
                count++;
            }
            if (!rows.hasNext()) {
                break;
            }
        }
        csv.flush();
        b.audit(AuditAction.EXPORT, "events.eventList", 0, "イベント一覧（" + layout.name() + "様式）を出力: " + count + "件");
    }

    /** Rooms and venues, read once for a whole list. */
    record Places(Map<Long, Room> roomById, Map<Long, Venue> venueById) {
        /** For events without a room. */
        static final Places NONE = new Places(Map.of(), Map.of());
    }

    Places places() {
        Map<Long, Room> roomById = new HashMap<>();
        venues.allRooms(null).forEach(r -> roomById.put(r.id(), r));
        return new Places(roomById, venues.venuesById());
    }

    /** The layout an event is written in for a neighbouring city (codec version 1): the current one. */
    EventListLayout currentLayout() {
        return layoutsByName().get("current");
    }

    /** One event as the event list carries it: its values by field (see {@link EventListLayout#FIELDS}). */
    Map<String, String> fields(EventStore.Row r, Places places) {
        EventDraft d = r.draft();
        Room room = d.roomId() == null ? null : places.roomById().get(d.roomId());
        Venue venue = room == null ? null : places.venueById().get(room.draft().venueId());
        String address = venue == null ? "" : venue.draft().address();
        Map<String, String> v = new HashMap<>();
        v.put("cityCode", b.config().cityCode());
        v.put("id", Long.toString(r.id()));
        v.put("cityName", b.config().cityName());
        v.put("prefecture", b.config().prefecture());
        v.put("city", b.config().cityName());
        v.put("title", d.title().ja());
        v.put("titleEn", d.title().en());
        v.put("startDate", d.startsAt().toLocalDate().toString());
        v.put("endDate", d.endsAt().toLocalDate().toString());
        v.put("startTime", HH_MM.format(d.startsAt()));
        v.put("endTime", HH_MM.format(d.endsAt()));
        v.put("description", d.description());
        v.put("feeBasic", d.feeYen() == 0 ? "無料" : Long.toString(d.feeYen()));
        v.put("feeDetail", d.feeNote());
        // the column is the organiser: an imported event's text as it came, not 「主催: 」 again on every round
        v.put("organiser", d.organisers().isEmpty() ? r.organiserText() : organisers(d, ""));
        v.put("place", room == null ? d.place() : room.fullName());
        v.put("placeCityCode", address.isEmpty() ? "" : b.config().cityCode());
        v.put("address", address);
        v.put("capacity", d.capacity() == null ? "" : Integer.toString(d.capacity()));
        v.put("note", d.category());
        return v;
    }

    /** The values in the layout's column order. */
    static List<String> line(EventListLayout layout, Map<String, String> fields) {
        List<String> line = new ArrayList<>(layout.columns().size());
        for (String column : layout.columns()) {
            line.add(fields.getOrDefault(layout.fieldOf().get(column), ""));
        }
        return line;
    }

    // ---- the national event list: import --------------------------------------------------------

    /** One row of an imported list, ready to be written. */
    record Imported(String sourceKey, EventDraft draft, String organiserText) {}

    @Override
    public EventImportReport importEventList(byte[] file, boolean commit) {
        Permissions.requireRole(Role.STAFF);
        int max = b.config().maxImportMegabytes();
        if (file.length > max * 1024L * 1024L) {
            throw ValidationException.of("file", MESSAGES.get("import.tooLarge", max));
        }
        Charset charset = detect(file);
        String charsetName = charset.equals(SHIFT_JIS) ? "Shift_JIS" : "UTF-8";
        CsvTable table;
        try {
            table = CsvTable.read(new StringReader(new String(file, charset)));
        } catch (ValidationException e) {
            return new EventImportReport("", charsetName, 0, e.errors(), false, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, EventListLayout> layouts = layoutsByName();
        EventListLayout layout = layoutOf(table.header(), layouts);
        if (layout == null) {
            return new EventImportReport(
                    "",
                    charsetName,
                    table.rows().size(),
                    List.of(new FieldError(
                            "1行目", MESSAGES.get("import.unknownLayout", String.join(", ", layouts.keySet())))),
                    false,
                    0,
                    0);
        }
        EventListLayout l = layout;
        Set<String> keys = new HashSet<>();
        List<Imported> rows;
        try {
            rows = table.mapRows(row -> read(row, l, keys));
        } catch (ValidationException e) {
            return new EventImportReport(l.name(), charsetName, table.rows().size(), e.errors(), false, 0, 0);
        }
        if (!commit) {
            return new EventImportReport(l.name(), charsetName, rows.size(), List.of(), false, 0, 0);
        }
        int[] counts = b.write(c -> {
            int created = 0;
            int updated = 0;
            for (Imported row : rows) {
                var existing = row.sourceKey() == null
                        ? java.util.Optional.<Long>empty()
                        : store.idOfSource(c, row.sourceKey());
                if (existing.isPresent()) {
                    EventStore.Row old = store.get(c, existing.get()).orElseThrow();
                    store.update(c, old.id(), old.version(), row.draft(), old.seriesId(), row.organiserText(), b.now());
                    b.post(EventTopics.EVENT_UPDATED, old.id());
                    updated++;
                } else {
                    long id = store.insert(c, row.draft(), null, row.organiserText(), row.sourceKey(), b.now());
                    b.post(EventTopics.EVENT_CREATED, id);
                    created++;
                }
            }
            b.audit(
                    AuditAction.IMPORT,
                    "events.eventList",
                    0,
                    "イベント一覧（" + l.name() + "様式、" + charsetName + "）を取り込み: 新規" + created + "件、更新" + updated + "件");
            return new int[] {created, updated};
        });
        return new EventImportReport(l.name(), charsetName, rows.size(), List.of(), true, counts[0], counts[1]);
    }

    /** The layout whose every column the header names (the widest when several do), or null. */
    static EventListLayout layoutOf(List<String> header, Map<String, EventListLayout> layouts) {
        EventListLayout layout = null;
        for (EventListLayout candidate : layouts.values()) {
            if (candidate.matched(header) == candidate.columns().size()
                    && (layout == null
                            || candidate.columns().size() > layout.columns().size())) {
                layout = candidate;
            }
        }
        return layout;
    }

    /**
     * One row of an event list as an event: the problems are recorded on the row. Also reads an event a
     * neighbouring city sends (see {@link SharedEvents}). @return null when the row has a problem
     */
    Imported read(CsvRow row, EventListLayout layout, Set<String> keys) {
        java.util.function.Function<String, String> value = field -> {
            String column = layout.columnOf(field);
            return column == null ? "" : row.get(column);
        };
        String titleColumn = layout.columnOf("title");
        String title = value.apply("title");
        if (title.isEmpty()) {
            row.reject(titleColumn, MESSAGES.get("check.required"));
        } else if (title.length() > 200) {
            row.reject(titleColumn, MESSAGES.get("check.tooLong", 200, title.length()));
        }
        String startColumn = layout.columnOf("startDate");
        LocalDate startDate = date(row, startColumn, value.apply("startDate"), true);
        LocalDate endDate = date(row, layout.columnOf("endDate"), value.apply("endDate"), false);
        LocalTime startTime = time(row, layout.columnOf("startTime"), value.apply("startTime"));
        LocalTime endTime = time(row, layout.columnOf("endTime"), value.apply("endTime"));
        String cityCode = JapaneseText.normalizeWidth(value.apply("cityCode"));
        String id = JapaneseText.normalizeWidth(value.apply("id"));
        String key = id.isEmpty() ? null : (cityCode.isEmpty() ? b.config().cityCode() : cityCode) + ":" + id;
        if (key != null && !keys.add(key)) {
            row.reject(layout.columnOf("id"), MESSAGES.get("import.duplicateId", id));
        }
        if (!row.errors().isEmpty() || startDate == null) {
            return null;
        }
        LocalDateTime starts = startDate.atTime(startTime == null ? LocalTime.MIDNIGHT : startTime);
        LocalDate lastDay = endDate == null ? startDate : endDate;
        LocalDateTime ends = lastDay.atTime(endTime == null ? LocalTime.of(23, 59) : endTime);
        if (!ends.isAfter(starts)) {
            row.reject(layout.columnOf(endDate != null ? "endDate" : "endTime"), MESSAGES.get("event.endsBeforeStart"));
            return null;
        }
        String place = spaced(value.apply("place"), value.apply("building"));
        String address = value.apply("address");
        String feeBasic = value.apply("feeBasic");
        String feeDetail = value.apply("feeDetail");
        long fee = digits(feeBasic) == null ? 0 : digits(feeBasic);
        // 「無料」 is the fee 0 itself (Kyodo's own export writes it so): not a note, else it grows on each round trip
        boolean free = "無料".equals(JapaneseText.normalizeWidth(feeBasic).strip());
        String feeNote =
                spaced(digits(feeBasic) == null && !free && !feeDetail.contains(feeBasic) ? feeBasic : "", feeDetail);
        Integer capacity = digits(value.apply("capacity")) == null
                ? null
                : digits(value.apply("capacity")).intValue();
        String description = lines(
                value.apply("description"),
                value.apply("timeNote"),
                value.apply("access"),
                value.apply("applyMethod"),
                value.apply("url"),
                value.apply("note"));
        EventDraft draft = new EventDraft(
                new Titles(title, value.apply("titleEn"), "", "", ""),
                cut(description, 4000),
                "",
                List.of(),
                null,
                cut(spaced(place, address), 400),
                starts,
                ends,
                capacity == null || capacity < 1 ? null : capacity,
                "",
                null,
                null,
                Set.of("ja"),
                fee,
                cut(feeNote, 400),
                true);
        return new Imported(key, draft, cut(value.apply("organiser"), 400));
    }

    private static LocalDate date(CsvRow row, String column, String text, boolean required) {
        String s = JapaneseText.normalizeWidth(text).replace('/', '-');
        if (s.isEmpty()) {
            if (required) {
                row.reject(column, MESSAGES.get("check.required"));
            }
            return null;
        }
        try {
            String[] p = s.split("-");
            if (p.length != 3) {
                throw new DateTimeParseException(s, s, 0);
            }
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            row.reject(column, MESSAGES.get("import.date", text));
            return null;
        }
    }

    private static LocalTime time(CsvRow row, String column, String text) {
        String s = JapaneseText.normalizeWidth(text);
        if (s.isEmpty()) {
            return null;
        }
        try {
            String[] p = s.split(":");
            if (p.length < 2 || p.length > 3) {
                throw new DateTimeParseException(s, s, 0);
            }
            int hour = Integer.parseInt(p[0]);
            int minute = Integer.parseInt(p[1]);
            // 24:00 is the end of the day in some lists
            return hour == 24 && minute == 0 ? LocalTime.of(23, 59) : LocalTime.of(hour, minute);
        } catch (RuntimeException e) {
            row.reject(column, MESSAGES.get("import.time", text));
            return null;
        }
    }

    /** The first number in the text (「先着50名」 → 50, 「1,000円」 → 1000), or null. */
    static Long digits(String text) {
        String s = JapaneseText.normalizeWidth(text).replace(",", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(s);
        if (!m.find() || m.group().length() > 12) {
            return null;
        }
        return Long.parseLong(m.group());
    }

    /** The non-empty parts on lines of their own. */
    private static String lines(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** The non-empty parts separated by a space. */
    private static String spaced(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(" "));
    }

    static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** UTF-8 when the file has a BOM or decodes as UTF-8 without error; otherwise Shift_JIS (CP932). */
    static Charset detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return SHIFT_JIS;
        }
    }
}
