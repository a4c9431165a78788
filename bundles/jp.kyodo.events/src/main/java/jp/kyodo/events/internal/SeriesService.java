package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventSeries;
import jp.kyodo.events.EventTopics;
import jp.kyodo.events.HolidayPolicy;
import jp.kyodo.events.Occurrence;
import jp.kyodo.events.Series;
import jp.kyodo.events.SeriesDraft;
import jp.kyodo.events.SeriesRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EventSeries.class)
public final class SeriesService implements EventSeries {

    static final String RECORD_TYPE = "events.series";

    private final EventsBackend b;
    private final EventService events;

    @Activate
    public SeriesService(@Reference EventsBackend backend, @Reference EventService events) {
        this.b = backend;
        this.events = events;
    }

    @Override
    public List<Occurrence> preview(SeriesDraft draft) {
        SecurityContext.require();
        Checks c = new Checks();
        SeriesRules.check(draft, c);
        c.throwIfAny();
        return SeriesRules.occurrences(draft);
    }

    @Override
    public Series create(SeriesDraft draft) {
        Permissions.requireRole(Role.STAFF);
        Checks c = new Checks();
        SeriesRules.check(draft, c);
        if (draft.template() == null) {
            c.error("template", "check.required");
        }
        c.throwIfAny();
        EventDraft t = draft.template();
        events.check(t);
        List<Occurrence> dates = SeriesRules.occurrences(draft);
        if (dates.isEmpty()) {
            throw ValidationException.of("rule", MESSAGES.get("series.empty"));
        }
        Duration length = Duration.between(t.startsAt(), t.endsAt());
        long id = b.write(conn -> {
            long seriesId;
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO EVT_SERIES (TITLE, RULE_CODE, FROM_DATE, UNTIL_DATE, HOLIDAY_POLICY, CREATED_AT)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, t.title().ja());
                ps.setString(2, SeriesRules.encode(draft.rule()));
                Jdbc.setDate(ps, 3, draft.from());
                Jdbc.setDate(ps, 4, draft.until());
                ps.setString(5, draft.holidays().name());
                Jdbc.setTimestamp(ps, 6, b.now());
                ps.executeUpdate();
                seriesId = Jdbc.generatedId(ps);
            }
            for (Occurrence o : dates) {
                LocalDateTime start = o.date().atTime(t.startsAt().toLocalTime());
                events.insert(conn, t.at(start, start.plus(length)), seriesId);
            }
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    seriesId,
                    "定例イベント「" + t.title().ja() + "」（" + SeriesRules.describe(draft.rule()) + "、" + dates.size()
                            + "回）を登録");
            b.post(EventTopics.SERIES_CREATED, seriesId);
            return seriesId;
        });
        return get(id);
    }

    @Override
    public Series get(long id) {
        SecurityContext.require();
        return b.read(c -> {
            List<Series> found = Jdbc.list(
                    c,
                    "SELECT ID, TITLE, RULE_CODE, FROM_DATE, UNTIL_DATE, HOLIDAY_POLICY FROM EVT_SERIES WHERE ID = ?",
                    List.of(id),
                    rs -> {
                        SeriesRule rule = SeriesRules.decode(rs.getString("RULE_CODE"));
                        return new Series(
                                rs.getLong("ID"),
                                rs.getString("TITLE"),
                                rule,
                                SeriesRules.describe(rule),
                                rs.getDate("FROM_DATE").toLocalDate(),
                                rs.getDate("UNTIL_DATE").toLocalDate(),
                                HolidayPolicy.valueOf(rs.getString("HOLIDAY_POLICY")),
                                new ArrayList<>());
                    });
            if (found.isEmpty()) {
                throw new NotFoundException(MESSAGES.get("series.notFound", id));
            }
            Series s = found.get(0);
            List<Long> ids = Jdbc.list(
                    c,
                    "SELECT ID FROM EVT_EVENT WHERE SERIES_ID = ? ORDER BY STARTS_AT",
                    List.of(id),
                    rs -> rs.getLong(1));
            return new Series(
                    s.id(), s.title(), s.rule(), s.ruleText(), s.from(), s.until(), s.holidays(), List.copyOf(ids));
        });
    }

    @Override
    public String describe(SeriesRule rule) {
        return SeriesRules.describe(rule);
    }
}
