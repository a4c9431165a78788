package jp.kyodo.events.ui.internal;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.web.Formats;

/** How an event reads in a list, a card or a search hit, in the user's language. */
final class Texts {

    private Texts() {}

    /** 「2026年12月12日 14:00〜16:00」 */
    static String when(EventDraft d, Locale locale) {
        LocalDateTime s = d.startsAt();
        LocalDateTime e = d.endsAt();
        String start = Formats.date(s.toLocalDate(), locale) + " " + time(s);
        String end = e.toLocalDate().equals(s.toLocalDate())
                ? time(e)
                : Formats.date(e.toLocalDate(), locale) + " " + time(e);
        return start + "〜" + end;
    }

    private static String time(LocalDateTime t) {
        return t.getHour() + ":" + String.format("%02d", t.getMinute());
    }

    static String where(Event e) {
        return e.roomName().isEmpty() ? e.draft().place() : e.roomName();
    }

    /** 「主催 市民協働推進課・共催 NPO法人…」 or the imported organiser text. */
    static String organisers(Event e) {
        if (e.draft().organisers().isEmpty()) {
            return e.organiserText();
        }
        return e.draft().organisers().stream()
                .map(o -> o.form().labelJa() + " " + o.name())
                .collect(Collectors.joining("・"));
    }
}
