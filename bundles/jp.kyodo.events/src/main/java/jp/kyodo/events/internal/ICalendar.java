package jp.kyodo.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar document (RFC 5545) written line by line: content lines folded at 75 octets without splitting
 * a character (§3.1), TEXT values escaped (§3.3.11), CRLF line ends, local times with TZID Asia/Tokyo and the
 * zone's VTIMEZONE.
 */
final class ICalendar {

    static final String TZID = "Asia/Tokyo";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    ICalendar(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Kyodo//Events//JA");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        text("X-WR-CALNAME", name);
        line("X-WR-TIMEZONE:" + TZID);
        // Japan has had no daylight saving time since 1951: one standard observance
        line("BEGIN:VTIMEZONE");
        line("TZID:" + TZID);
        line("BEGIN:STANDARD");
        line("DTSTART:19700101T000000");
        line("TZOFFSETFROM:+0900");
        line("TZOFFSETTO:+0900");
        line("TZNAME:JST");
        line("END:STANDARD");
        line("END:VTIMEZONE");
    }

    ICalendar line(String contentLine) {
        fold(contentLine);
        return this;
    }

    /** A TEXT property, escaped; nothing when the value is empty. */
    ICalendar text(String property, String value) {
        if (value != null && !value.isEmpty()) {
            line(property + ":" + escape(value));
        }
        return this;
    }

    ICalendar local(String property, LocalDateTime time) {
        return line(property + ";TZID=" + TZID + ":" + LOCAL.format(time));
    }

    /** A whole day ({@code VALUE=DATE}): for DTEND the day after the last (§3.6.1). */
    ICalendar date(String property, java.time.LocalDate day) {
        return line(property + ";VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(day));
    }

    ICalendar utc(String property, Instant time) {
        return line(property + ":" + UTC.format(time.atOffset(ZoneOffset.UTC)));
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /** §3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
    static String escape(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                    s.append("\\n");
                }
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        continue; // control characters are not allowed in TEXT
                    }
                    s.append(c);
                }
            }
        }
        return s.toString();
    }

    /** §3.1: lines longer than 75 octets continue on the next line after CRLF and one space. */
    private void fold(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            // an escape (\n, \, …) stays on one line with its backslash: unfolding would restore it, but not
            // every calendar client unfolds before it unescapes
            int length = line.charAt(i) == '\\' && i + 1 < line.length() ? 2 : Character.charCount(line.codePointAt(i));
            String unit = line.substring(i, i + length);
            int size = unit.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.append(unit);
            octets += size;
            i += length;
        }
        out.append("\r\n");
    }
}
