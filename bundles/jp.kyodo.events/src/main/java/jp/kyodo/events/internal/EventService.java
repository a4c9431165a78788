package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.EventStatus;
import jp.kyodo.events.EventTopics;
import jp.kyodo.events.Events;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Room;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = {Events.class, EventService.class})
public final class EventService implements Events {

    static final String RECORD_TYPE = "events.event";

    private final EventsBackend b;
    private final VenueService venues;
    private final EventStore events = new EventStore();
    private final RegistrationStore registrations = new RegistrationStore();

    @Activate
    public EventService(@Reference EventsBackend backend, @Reference VenueService venues) {
        this.b = backend;
        this.venues = venues;
    }

    @Override
    public Event get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("event.notFound", id));
    }

    @Override
    public Optional<Event> find(long id) {
        SecurityContext.require();
        return b.read(c -> events.get(c, id)).map(row -> toEvents(List.of(row)).get(0));
    }

    @Override
    public Page<Event> search(EventQuery query, PageRequest page) {
        SecurityContext.require();
        Page<EventStore.Row> rows = b.read(c -> events.search(c, query, page));
        return new Page<>(toEvents(rows.items()), rows.total(), page);
    }

    /** Without a permission check: for the feed, the export and the other services. */
    Page<EventStore.Row> rows(EventQuery query, PageRequest page) {
        return b.read(c -> events.search(c, query, page));
    }

    List<Event> toEvents(List<EventStore.Row> rows) {
        List<Long> ids = rows.stream().map(EventStore.Row::id).toList();
        Map<Long, RegistrationStore.Counts> counts = b.read(c -> registrations.counts(c, ids));
        Map<Long, String> rooms = new java.util.HashMap<>();
        List<Event> out = new ArrayList<>(rows.size());
        for (EventStore.Row r : rows) {
            EventDraft d = r.draft();
            List<Organiser> named = d.organisers().stream()
                    .map(o -> new Organiser(o.partnerId(), o.form(), b.partnerName(o.partnerId())))
                    .toList();
            String room = d.roomId() == null
                    ? ""
                    : rooms.computeIfAbsent(
                            d.roomId(), id -> venues.roomOrThrow(id).fullName());
            RegistrationStore.Counts n = counts.getOrDefault(r.id(), RegistrationStore.Counts.NONE);
            out.add(new Event(
                    r.id(),
                    r.version(),
                    new EventDraft(
                            d.title(),
                            d.description(),
                            d.category(),
                            named,
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
                            d.publicEvent()),
                    r.seriesId(),
                    room,
                    r.organiserText(),
                    r.status(),
                    n.confirmed(),
                    n.waiting(),
                    r.updatedAt()));
        }
        return out;
    }

    @Override
    public Event create(EventDraft draft) {
        Permissions.requireRole(Role.STAFF);
        check(draft);
        long id = b.write(c -> insert(c, draft, null));
        return get(id);
    }

    /** In the caller's transaction; the draft was checked. */
    long insert(Connection c, EventDraft draft, Long seriesId) throws SQLException {
        long id = events.insert(c, draft, seriesId, "", null, b.now());
        b.audit(AuditAction.CREATE, RECORD_TYPE, id, "イベント「" + draft.title().ja() + "」（" + draft.startsAt() + "）を登録");
        b.post(EventTopics.EVENT_CREATED, id);
        return id;
    }

    @Override
    public Event update(long id, int expectedVersion, EventDraft draft) {
        Permissions.requireRole(Role.STAFF);
        check(draft);
        b.write(c -> {
            EventStore.Row row = events.get(c, id).orElseThrow(() -> notFound(id));
            events.update(c, id, expectedVersion, draft, row.seriesId(), row.organiserText(), b.now());
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "イベント「" + draft.title().ja() + "」を変更");
            b.post(EventTopics.EVENT_UPDATED, id);
            return null;
        });
        return get(id);
    }

    @Override
    public Event cancel(long id, int expectedVersion, String reason) {
        Permissions.requireRole(Role.STAFF);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw jp.kyodo.core.ValidationException.of("reason", MESSAGES.get("event.reasonRequired"));
        }
        b.write(c -> {
            EventStore.Row row = events.get(c, id).orElseThrow(() -> notFound(id));
            events.setStatus(c, id, expectedVersion, EventStatus.CANCELLED, b.now());
            b.audit(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    id,
                    "イベント「" + row.draft().title().ja() + "」を中止（" + why + "）");
            b.post(EventTopics.EVENT_UPDATED, id);
            return null;
        });
        return get(id);
    }

    /** Every problem of the draft at once. */
    void check(EventDraft d) {
        Checks c = new Checks();
        c.present("title", d.title());
        if (d.title() != null) {
            c.required("title.ja", d.title().ja(), 200)
                    .max("title.en", d.title().en(), 200)
                    .max("title.zh", d.title().zh(), 200)
                    .max("title.ko", d.title().ko(), 200)
                    .max("title.easyJapanese", d.title().easyJapanese(), 200);
        }
        c.max("description", d.description(), 4000)
                .max("category", d.category(), 100)
                .max("place", d.place(), 400)
                .max("audience", d.audience(), 400)
                .max("feeNote", d.feeNote(), 400)
                .present("startsAt", d.startsAt())
                .present("endsAt", d.endsAt())
                .range("capacity", d.capacity(), 1, 100_000)
                .range("minAge", d.minAge(), 0, 120)
                .range("maxAge", d.maxAge(), 0, 120)
                .yen("feeYen", d.feeYen());
        if (d.startsAt() != null && d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            c.error("endsAt", "event.endsBeforeStart");
        }
        if (d.minAge() != null && d.maxAge() != null && d.maxAge() < d.minAge()) {
            c.error("maxAge", "event.agesReversed");
        }
        if (d.organisers().isEmpty()) {
            c.error("organisers", "event.organiserRequired");
        } else if (d.organisers().stream()
                .noneMatch(o -> o.form() == CollaborationForm.HOST || o.form() == CollaborationForm.COMMITTEE)) {
            c.error("organisers", "event.hostRequired");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.organisers().size(); i++) {
            Organiser o = d.organisers().get(i);
            String field = "organisers[" + i + "].partnerId";
            if (!seen.add(o.partnerId())) {
                c.error(field, "event.organiserTwice");
            } else {
                c.organisation(field, o.partnerId(), b);
            }
        }
        if (d.roomId() == null && d.place().isEmpty()) {
            c.error("place", "event.placeRequired");
        }
        if (d.roomId() != null) {
            try {
                Room room = venues.roomOrThrow(d.roomId());
                if (d.capacity() != null && d.capacity() > room.draft().capacity()) {
                    c.error(
                            "capacity",
                            "event.overRoomCapacity",
                            room.fullName(),
                            room.draft().capacity());
                }
            } catch (NotFoundException e) {
                c.error("roomId", "room.notFound", d.roomId());
            }
        }
        for (String language : d.languages()) {
            if (!language.matches("[a-z]{2,3}")) {
                c.error("languages", "event.language", language);
            }
        }
        c.throwIfAny();
    }
}
