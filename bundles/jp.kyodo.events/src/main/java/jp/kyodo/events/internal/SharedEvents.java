package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.exchange.RowPayload;
import jp.kyodo.core.exchange.ShareableType;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.EventTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Public events offered to neighbouring cities (公開イベント, {@value #TYPE}). The payload of an event is the
 * national standard event list (自治体標準オープンデータセット「イベント一覧」, current layout): its header line and the
 * event's row, exactly as the CSV export writes it, read back by the CSV import's row reader. A received event
 * gets the source key {@code <city code>:<remote id>}, as an imported list's row does, so a later import of
 * the neighbour's list updates the same event; it is public, as imported events are, and its organiser names
 * the city it came from. An update keeps the local decision whether it is public.
 */
@Component(service = ShareableType.class)
public final class SharedEvents implements ShareableType {

    static final String TYPE = "events.event";
    static final int VERSION = 1;
    /** Ids in one query's IN list: within what Derby and PostgreSQL take without trouble. */
    static final int CHUNK = 1000;

    /** The fields naming this city or the local id: left out of the fingerprint, so a received event's stays. */
    private static final Set<String> HERE = Set.of("cityCode", "id", "cityName", "prefecture", "city", "placeCityCode");

    private final EventsBackend b;
    private final EventService events;
    private final PublishingService publishing;
    private final EventStore store = new EventStore();

    @Activate
    public SharedEvents(
            @Reference EventsBackend backend, @Reference EventService events, @Reference PublishingService publishing) {
        this.b = backend;
        this.events = events;
        this.publishing = publishing;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String title(Locale language) {
        return "ja".equals(language.getLanguage()) ? "公開イベント" : "Public events";
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public List<String> changeTopics() {
        // an event is never deleted: a cancelled one is updated (and then withdrawn by the export)
        return List.of(EventTopics.EVENT_CREATED, EventTopics.EVENT_UPDATED);
    }

    @Override
    public String idProperty() {
        return EventTopics.ID;
    }

    /** Public, scheduled events not yet over, the soonest first: what staff would tell a neighbour about. */
    @Override
    public List<Candidate> candidates(String text, int limit) {
        if (limit < 1) {
            return List.of();
        }
        EventQuery query = new EventQuery(text == null ? "" : text, b.today(), null, true, null);
        var rows = events.rows(query, PageRequest.first(Math.min(limit, PageRequest.MAX_LIMIT)));
        PublishingService.Places places = publishing.places();
        List<Candidate> out = new ArrayList<>(rows.items().size());
        for (EventStore.Row r : rows.items()) {
            EventDraft d = r.draft();
            String place = publishing.fields(r, places).get("place");
            out.add(new Candidate(Long.toString(r.id()), d.title().ja(), when(d) + " " + place));
        }
        return out;
    }

    /** 「2026-12-05（土）10:00〜12:00」, 「2027-06-13（日）終日」, 「2027-10-17（日）〜2027-10-18（月）」 */
    static String when(EventDraft d) {
        LocalDateTime s = d.startsAt();
        LocalDateTime e = d.endsAt();
        if (!s.toLocalDate().equals(e.toLocalDate())) {
            return day(s) + " " + s.toLocalTime() + "〜" + day(e) + " " + e.toLocalTime();
        }
        return day(s) + (PublishingService.allDay(d) ? " 終日" : " " + s.toLocalTime() + "〜" + e.toLocalTime());
    }

    private static String day(LocalDateTime t) {
        return t.toLocalDate() + "（" + t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）";
    }

    @Override
    public Map<String, Outgoing> export(Collection<String> localIds) {
        List<EventStore.Row> rows = rows(localIds, true);
        Map<String, Outgoing> out = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        EventListLayout layout = publishing.currentLayout();
        PublishingService.Places places = publishing.places();
        for (EventStore.Row r : rows) {
            Map<String, String> fields = publishing.fields(r, places);
            out.put(
                    Long.toString(r.id()),
                    new Outgoing(r.draft().title().ja(), payload(layout, fields), fingerprint(layout, fields)));
        }
        return out;
    }

    @Override
    public Map<String, String> fingerprints(Collection<String> localIds) {
        List<EventStore.Row> rows = rows(localIds, false);
        Map<String, String> out = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        EventListLayout layout = publishing.currentLayout();
        PublishingService.Places places = publishing.places();
        for (EventStore.Row r : rows) {
            out.put(Long.toString(r.id()), fingerprint(layout, publishing.fields(r, places)));
        }
        return out;
    }

    @Override
    public Received receive(Provenance from, String remoteId, int version, String payload, String localId) {
        if (version != VERSION) {
            throw ValidationException.of("version", MESSAGES.get("shared.version", version, VERSION));
        }
        String sourceKey = from.municipalityCode() + ":" + remoteId;
        Map<String, EventListLayout> layouts = publishing.layoutsByName();
        PublishingService.Imported in = read(payload, layouts);
        String organiser = provenance(in.organiserText(), from.municipalityName());
        EventListLayout layout = layouts.get("current");
        return b.write(c -> {
            // a neighbour's event imported from its list earlier is the same event
            Long id = localId == null ? store.idOfSource(c, sourceKey).orElse(null) : number(localId);
            if (localId != null && id == null) {
                throw ValidationException.of("localId", MESSAGES.get("shared.notFound", localId));
            }
            String done;
            if (id == null) {
                id = store.insert(c, in.draft(), null, organiser, sourceKey, b.now());
                b.post(EventTopics.EVENT_CREATED, id);
                done = "新規";
            } else {
                long existing = id;
                EventStore.Row old = store.get(c, existing)
                        .orElseThrow(() -> ValidationException.of("localId", MESSAGES.get("shared.notFound", localId)));
                EventDraft d = in.draft();
                EventDraft draft = new EventDraft(
                        d.title(),
                        d.description(),
                        d.category(),
                        d.organisers(),
                        d.roomId(),
                        d.place(),
                        d.startsAt(),
                        d.endsAt(),
                        d.capacity(),
                        d.audience(),
                        d.minAge(),
                        d.maxAge(),
                        d.languages(),
                        d.feeYen(),
                        d.feeNote(),
                        old.draft().publicEvent());
                store.update(c, existing, old.version(), draft, old.seriesId(), organiser, b.now());
                b.post(EventTopics.EVENT_UPDATED, existing);
                done = "更新";
            }
            b.audit(
                    AuditAction.IMPORT,
                    EventService.RECORD_TYPE,
                    id,
                    from.municipalityName() + "（" + from.municipalityCode() + "）から公開イベント「"
                            + in.draft().title().ja() + "」（先方ID " + remoteId + "）を受信: " + done);
            // a received event has a place, never a room here: no rooms to read
            EventStore.Row now = store.get(c, id).orElseThrow();
            return new Received(
                    Long.toString(id),
                    now.draft().title().ja(),
                    fingerprint(layout, publishing.fields(now, PublishingService.Places.NONE)));
        });
    }

    /** The payload's columns with their values, without those naming the sending city or the event's id there. */
    @Override
    public Map<String, String> fields(String payload) {
        Map<String, String> columns = RowPayload.columns(payload);
        EventListLayout layout = PublishingService.layoutOf(List.copyOf(columns.keySet()), publishing.layoutsByName());
        if (layout == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        columns.forEach((column, value) -> {
            String field = layout.fieldOf().get(column);
            if (field != null && !HERE.contains(field)) {
                out.put(column, value);
            }
        });
        return out;
    }

    /** The payload's one event, read as a row of an imported list is. */
    private PublishingService.Imported read(String payload, Map<String, EventListLayout> layouts) {
        CsvTable table;
        try {
            table = CsvTable.read(new StringReader(payload == null ? "" : payload.replaceFirst("^\uFEFF", "")));
        } catch (ValidationException e) {
            throw ValidationException.of("payload", MESSAGES.get("shared.notCsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EventListLayout layout = PublishingService.layoutOf(table.header(), layouts);
        if (layout == null) {
            throw ValidationException.of("payload", MESSAGES.get("shared.layout"));
        }
        if (table.rows().size() != 1) {
            throw ValidationException.of(
                    "payload", MESSAGES.get("shared.rows", table.rows().size()));
        }
        try {
            return table.mapRows(row -> publishing.read(row, layout, new HashSet<>()))
                    .get(0);
        } catch (ValidationException e) {
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError("payload", MESSAGES.get("shared.unreadable")));
            errors.addAll(e.errors());
            throw new ValidationException(errors);
        }
    }

    /** 「NPO法人たま川ネット（川崎市から）」: the event list shows whose event it is and where it came from. */
    static String provenance(String organiser, String city) {
        String suffix = "（" + city + "から）";
        if (organiser.isEmpty()) {
            return PublishingService.cut(city + "から", 400);
        }
        if (organiser.endsWith(suffix)) {
            return organiser;
        }
        return PublishingService.cut(organiser, Math.max(0, 400 - suffix.length())) + suffix;
    }

    static String payload(EventListLayout layout, Map<String, String> fields) {
        return RowPayload.of(layout.columns(), PublishingService.line(layout, fields));
    }

    /** The event's columns and values without what names this city or the event's id. */
    private static Map<String, String> content(EventListLayout layout, Map<String, String> fields) {
        Map<String, String> content = new LinkedHashMap<>();
        for (String column : layout.columns()) {
            String field = layout.fieldOf().get(column);
            if (field != null && !HERE.contains(field)) {
                content.put(column, fields.getOrDefault(field, ""));
            }
        }
        return content;
    }

    /** The fingerprint of the event's content (see {@link RowPayload#fingerprint}). */
    static String fingerprint(EventListLayout layout, Map<String, String> fields) {
        return RowPayload.fingerprint(content(layout, fields));
    }

    /** One query for each {@value #CHUNK} ids (the exchange asks for 500 at a time). */
    private List<EventStore.Row> rows(Collection<String> localIds, boolean publicOnly) {
        List<Long> ids = List.copyOf(ids(localIds));
        return b.read(c -> {
            List<EventStore.Row> rows = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i += CHUNK) {
                rows.addAll(store.list(c, ids.subList(i, Math.min(ids.size(), i + CHUNK)), publicOnly));
            }
            return rows;
        });
    }

    /** The numeric ids, each once; another id names no event. */
    private static Set<Long> ids(Collection<String> localIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : localIds) {
            Long n = number(id);
            if (n != null) {
                ids.add(n);
            }
        }
        return ids;
    }

    private static Long number(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
