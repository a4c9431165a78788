/**
 * Events, venues and room booking (イベント・貸館).
 *
 * <p>{@link jp.kyodo.events.Events} with organisers from the registry and their form of collaboration
 * (主催・共催・後援・実行委員会), multilingual titles, capacity, audience and fee; {@link
 * jp.kyodo.events.Registrations} with a waiting list (a cancellation moves the next up) and check-in;
 * {@link jp.kyodo.events.Exhibitors} and their booths at fairs; {@link jp.kyodo.events.EventSeries} on
 * Japanese rules (the third Sunday of October, every other Wednesday, dates picked by hand) around the
 * {@link jp.kyodo.events.JapaneseHolidays}; {@link jp.kyodo.events.Venues}, their rooms and {@link
 * jp.kyodo.events.RoomBookings} (no double booking, enforced by the database), fees and exemptions, the
 * calendar per room; {@link jp.kyodo.events.EventPublishing}: the iCalendar feed and the national
 * event-list CSV (自治体標準オープンデータセット イベント一覧).
 *
 * <p>Every call runs as the user in {@link jp.kyodo.core.security.SecurityContext}; permissions are
 * decided here. Changes are announced on EventAdmin ({@link jp.kyodo.events.EventTopics}).
 */
@Version("1.0.0")
package jp.kyodo.events;

import org.osgi.annotation.versioning.Version;
