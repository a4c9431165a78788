package jp.kyodo.matching;

import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * Needs (ニーズ) of organisations and departments. Staff and above read; coordinators record and change.
 * Newest first.
 */
public interface Needs {

    /** Sort keys of {@link #search} ({@link PageRequest#sort()}); without one, recently changed first. */
    String SORT_UPDATED = "updated";

    String SORT_CREATED = "created";

    /** By title, in character order. */
    String SORT_TITLE = "title";

    /** By the day a match is wanted by; needs without one last when ascending. */
    String SORT_DUE = "due";

    Need get(long id);

    Optional<Need> find(long id);

    Page<Need> search(NeedQuery query, PageRequest page);

    /** @throws jp.kyodo.core.ValidationException with every problem (no kind, unknown owner, …) */
    Need create(NeedDraft draft);

    /** @throws jp.kyodo.core.ConflictException when someone saved first */
    Need update(long id, int expectedVersion, NeedDraft draft);

    /** Closes, cancels or reopens a need; a note says why (audited). */
    Need setStatus(long id, int expectedVersion, NeedStatus status, String note);
}
