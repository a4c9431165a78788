package jp.kyodo.events;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Events out to the public and in from other lists: the iCalendar feed (RFC 5545) and the national standard
 * event list (自治体標準オープンデータセット「イベント一覧」). The CSV layouts are data files, one per edition:
 * a new edition is a new file (configuration {@code layoutFolder}), not code.
 */
public interface EventPublishing {

    /**
     * The public events from the first to the last day as an iCalendar document, of one venue's rooms when
     * venueId is given. Needs no sign-in: only public, scheduled events are in it.
     */
    String icalendar(Long venueId, LocalDate from, LocalDate until);

    /** Writes the public events of the query in the current layout: UTF-8 with BOM, CRLF. */
    void exportEventList(EventQuery query, OutputStream out) throws IOException;

    /**
     * Reads an event list in any known layout (recognised by its header), CP932 or UTF-8, with or without BOM.
     * With {@code commit} false, or when any row has a problem, nothing is written. Staff and above.
     */
    EventImportReport importEventList(byte[] file, boolean commit);

    /** The layouts known, e.g. {@code current}, {@code 2019}. */
    List<String> layouts();
}
