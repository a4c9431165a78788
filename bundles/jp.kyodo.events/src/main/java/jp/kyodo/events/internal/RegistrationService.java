package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.events.EventStatus;
import jp.kyodo.events.EventTopics;
import jp.kyodo.events.Registration;
import jp.kyodo.events.RegistrationDraft;
import jp.kyodo.events.RegistrationStatus;
import jp.kyodo.events.Registrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Registrations of one event are decided one after the other: each transaction first takes the event's row
 * lock ({@link EventStore#lockForRegistration}), then counts the places — so concurrent sign-ups never
 * overfill an event, on Derby or PostgreSQL.
 */
@Component(service = Registrations.class)
public final class RegistrationService implements Registrations {

    static final String RECORD_TYPE = "events.registration";

    private final EventsBackend b;
    private final EventStore events = new EventStore();
    private final RegistrationStore registrations = new RegistrationStore();

    @Activate
    public RegistrationService(@Reference EventsBackend backend) {
        this.b = backend;
    }

    @Override
    public Registration register(RegistrationDraft d) {
        Permissions.requireRole(Role.STAFF);
        Checks checks = new Checks();
        checks.required("name", d.name(), 200).max("contact", d.contact(), 200).range("people", d.people(), 1, 100);
        checks.throwIfAny();
        long id = b.write(c -> {
            if (!events.lockForRegistration(c, d.eventId())) {
                throw EventService.notFound(d.eventId());
            }
            EventStore.Row event = events.get(c, d.eventId()).orElseThrow();
            Integer capacity = event.draft().capacity();
            if (capacity == null) {
                throw ValidationException.of("eventId", MESSAGES.get("registration.noCapacity"));
            }
            if (event.status() != EventStatus.SCHEDULED) {
                throw ValidationException.of("eventId", MESSAGES.get("registration.cancelled"));
            }
            if (!event.draft().endsAt().isAfter(EventsBackend.local(b.now()))) {
                throw ValidationException.of("eventId", MESSAGES.get("registration.over"));
            }
            RegistrationStore.Counts n = registrations
                    .counts(c, List.of(d.eventId()))
                    .getOrDefault(d.eventId(), RegistrationStore.Counts.NONE);
            // those already waiting come first: a newcomer gets a place only when nobody waits
            RegistrationStatus status = n.waiting() == 0 && n.confirmed() + d.people() <= capacity
                    ? RegistrationStatus.CONFIRMED
                    : RegistrationStatus.WAITING;
            long newId = registrations.insert(c, d, status, b.now());
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    newId,
                    "「" + event.draft().title().ja() + "」に" + d.name() + "（" + d.people() + "名）が申込: "
                            + status.labelJa());
            b.post(EventTopics.REGISTRATION_CREATED, newId);
            return newId;
        });
        return b.read(c -> registrations.get(c, id)).orElseThrow();
    }

    @Override
    public List<Registration> cancel(long registrationId) {
        Permissions.requireRole(Role.STAFF);
        List<Long> movedUp = b.write(c -> {
            Registration r = registrations.get(c, registrationId).orElseThrow(() -> notFound(registrationId));
            long eventId = r.draft().eventId();
            events.lockForRegistration(c, eventId);
            // read again under the lock: a concurrent cancel may have come first
            r = registrations.get(c, registrationId).orElseThrow();
            if (r.status() == RegistrationStatus.CANCELLED) {
                return List.<Long>of();
            }
            registrations.setStatus(c, registrationId, RegistrationStatus.CANCELLED, b.now());
            b.audit(AuditAction.UPDATE, RECORD_TYPE, registrationId, r.draft().name() + "の申込を取消");
            b.post(EventTopics.REGISTRATION_UPDATED, registrationId);
            EventStore.Row event = events.get(c, eventId).orElseThrow();
            int capacity = event.draft().capacity() == null ? 0 : event.draft().capacity();
            int confirmed = registrations
                    .counts(c, List.of(eventId))
                    .getOrDefault(eventId, RegistrationStore.Counts.NONE)
                    .confirmed();
            List<Long> moved = new ArrayList<>();
            // the waiting list in order; the first who does not fit stops it (nobody jumps the queue)
            for (Registration waiting : registrations.of(c, eventId)) {
                if (waiting.status() != RegistrationStatus.WAITING) {
                    continue;
                }
                if (confirmed + waiting.draft().people() > capacity) {
                    break;
                }
                confirmed += waiting.draft().people();
                registrations.setStatus(c, waiting.id(), RegistrationStatus.CONFIRMED, b.now());
                b.audit(
                        AuditAction.UPDATE,
                        RECORD_TYPE,
                        waiting.id(),
                        waiting.draft().name() + "がキャンセル待ちから参加確定に繰り上げ");
                b.post(EventTopics.REGISTRATION_UPDATED, waiting.id());
                moved.add(waiting.id());
            }
            return moved;
        });
        return b.read(c -> {
            List<Registration> out = new ArrayList<>();
            for (long id : movedUp) {
                out.add(registrations.get(c, id).orElseThrow());
            }
            return out;
        });
    }

    @Override
    public Registration checkIn(long registrationId) {
        Permissions.requireRole(Role.STAFF);
        b.write(c -> {
            Registration r = registrations.get(c, registrationId).orElseThrow(() -> notFound(registrationId));
            if (r.status() != RegistrationStatus.CONFIRMED) {
                throw ValidationException.of(
                        "status",
                        MESSAGES.get("registration.notConfirmed", r.status().labelJa()));
            }
            if (r.checkedInAt() == null) {
                registrations.checkIn(c, registrationId, b.now());
                b.audit(
                        AuditAction.UPDATE,
                        RECORD_TYPE,
                        registrationId,
                        r.draft().name() + "が受付");
                b.post(EventTopics.REGISTRATION_UPDATED, registrationId);
            }
            return null;
        });
        return b.read(c -> registrations.get(c, registrationId)).orElseThrow();
    }

    @Override
    public List<Registration> of(long eventId) {
        Permissions.requireRole(Role.STAFF);
        List<Registration> list = b.read(c -> registrations.of(c, eventId));
        b.audit(AuditAction.READ_PERSONAL, "events.registrations", eventId, "申込者一覧を閲覧（" + list.size() + "件）");
        return list;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("registration.notFound", id));
    }
}
