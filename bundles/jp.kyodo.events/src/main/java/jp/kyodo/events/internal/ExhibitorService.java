package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.events.EventTopics;
import jp.kyodo.events.Exhibitor;
import jp.kyodo.events.Exhibitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Exhibitors; the unique keys of EVT_EXHIBITOR keep a group and a booth to one exhibitor per fair. */
@Component(service = Exhibitors.class)
public final class ExhibitorService implements Exhibitors {

    static final String RECORD_TYPE = "events.exhibitor";

    private final EventsBackend b;
    private final EventStore events = new EventStore();

    @Activate
    public ExhibitorService(@Reference EventsBackend backend) {
        this.b = backend;
    }

    @Override
    public Exhibitor add(long eventId, long partnerId, String booth, String note) {
        Permissions.requireRole(Role.STAFF);
        String boothCode = booth == null ? "" : booth.strip();
        String text = note == null ? "" : note.strip();
        Checks checks = new Checks();
        checks.max("booth", boothCode, 20).max("note", text, 1000);
        String name = checks.organisation("partnerId", partnerId, b);
        checks.throwIfAny();
        long id = b.write(c -> {
            EventStore.Row event = events.get(c, eventId).orElseThrow(() -> EventService.notFound(eventId));
            if (exhibitorOf(c, eventId, partnerId).isPresent()) {
                throw new ConflictException(MESSAGES.get("exhibitor.twice", name));
            }
            long newId;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO EVT_EXHIBITOR (EVENT_ID, PARTNER_ID, BOOTH, NOTE) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, eventId);
                ps.setLong(2, partnerId);
                ps.setString(3, boothCode.isEmpty() ? null : boothCode);
                ps.setString(4, text);
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw boothTaken(e, boothCode);
                }
                newId = Jdbc.generatedId(ps);
            }
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    newId,
                    "「" + event.draft().title().ja() + "」に" + name + "が出展"
                            + (boothCode.isEmpty() ? "" : "（ブース" + boothCode + "）"));
            b.post(EventTopics.EXHIBITOR_CREATED, newId);
            return newId;
        });
        return b.read(c -> get(c, id)).orElseThrow();
    }

    @Override
    public Exhibitor assignBooth(long exhibitorId, String booth) {
        Permissions.requireRole(Role.STAFF);
        String boothCode = booth == null ? "" : booth.strip();
        Checks checks = new Checks();
        checks.max("booth", boothCode, 20);
        checks.throwIfAny();
        b.write(c -> {
            Exhibitor e = get(c, exhibitorId).orElseThrow(() -> notFound(exhibitorId));
            try (PreparedStatement ps = c.prepareStatement("UPDATE EVT_EXHIBITOR SET BOOTH = ? WHERE ID = ?")) {
                ps.setString(1, boothCode.isEmpty() ? null : boothCode);
                ps.setLong(2, exhibitorId);
                try {
                    ps.executeUpdate();
                } catch (SQLException ex) {
                    throw boothTaken(ex, boothCode);
                }
            }
            b.audit(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    exhibitorId,
                    e.partnerName() + "のブース: " + (e.booth().isEmpty() ? "未定" : e.booth()) + " → "
                            + (boothCode.isEmpty() ? "未定" : boothCode));
            b.post(EventTopics.EXHIBITOR_UPDATED, exhibitorId);
            return null;
        });
        return b.read(c -> get(c, exhibitorId)).orElseThrow();
    }

    @Override
    public void remove(long exhibitorId) {
        Permissions.requireRole(Role.STAFF);
        b.write(c -> {
            Exhibitor e = get(c, exhibitorId).orElseThrow(() -> notFound(exhibitorId));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM EVT_EXHIBITOR WHERE ID = ?")) {
                ps.setLong(1, exhibitorId);
                ps.executeUpdate();
            }
            b.audit(AuditAction.DELETE, RECORD_TYPE, exhibitorId, e.partnerName() + "の出展を取消");
            b.post(EventTopics.EXHIBITOR_DELETED, exhibitorId);
            return null;
        });
    }

    @Override
    public List<Exhibitor> of(long eventId) {
        jp.kyodo.core.security.SecurityContext.require();
        return b.read(c -> Jdbc.list(c, SELECT + " WHERE EVENT_ID = ?", List.of(eventId), this::row)).stream()
                .sorted(Comparator.comparing((Exhibitor e) -> e.booth().isEmpty())
                        .thenComparing(Exhibitor::booth)
                        .thenComparing(Exhibitor::partnerName))
                .toList();
    }

    private static final String SELECT = "SELECT ID, EVENT_ID, PARTNER_ID, BOOTH, NOTE FROM EVT_EXHIBITOR";

    private Optional<Exhibitor> get(Connection c, long id) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE ID = ?", List.of(id), this::row).stream()
                .findFirst();
    }

    private Optional<Exhibitor> exhibitorOf(Connection c, long eventId, long partnerId) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE EVENT_ID = ? AND PARTNER_ID = ?", List.of(eventId, partnerId), this::row)
                .stream()
                .findFirst();
    }

    private Exhibitor row(ResultSet rs) throws SQLException {
        long partnerId = rs.getLong("PARTNER_ID");
        return new Exhibitor(
                rs.getLong("ID"),
                rs.getLong("EVENT_ID"),
                partnerId,
                b.partnerName(partnerId),
                rs.getString("BOOTH"),
                rs.getString("NOTE"));
    }

    /** A unique violation is someone else's booth (or group); anything else stays a database failure. */
    static RuntimeException boothTaken(SQLException e, String booth) throws SQLException {
        if (Unique.violated(e)) {
            return new ConflictException(MESSAGES.get("exhibitor.boothTaken", booth));
        }
        throw e;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("exhibitor.notFound", id));
    }
}
