package jp.kyodo.events;

import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/** Events (イベント). Anyone signed in reads; staff and above enter and change. Sorted by start. */
public interface Events {

    Event get(long id);

    Optional<Event> find(long id);

    /** In order of start, earliest first. */
    Page<Event> search(EventQuery query, PageRequest page);

    /** @throws jp.kyodo.core.ValidationException with every problem (no host, ends before it starts, …) */
    Event create(EventDraft draft);

    /** @throws jp.kyodo.core.ConflictException when someone saved first */
    Event update(long id, int expectedVersion, EventDraft draft);

    /** Calls the event off (中止); the reason is audited. Registrations stay for contacting people. */
    Event cancel(long id, int expectedVersion, String reason);
}
