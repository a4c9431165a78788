package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerProfiles;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link PartnerProfiles}: one SQL over the partner tables (no contact columns), the consent to matching
 * decided in the database for today. Streams the rows, so a matching index of 100,000 partners is read
 * without holding them twice.
 */
@Component(service = PartnerProfiles.class)
public final class Profiles implements PartnerProfiles {

    private static final String SELECT = "SELECT p.ID, p.PTYPE, p.NAME, p.FIELD_CODES, p.AREA_CODES, p.EXPERT,"
            + " p.VOLUNTEER, p.CERT_FROM, p.CERT_UNTIL, p.ACTIVE, p.UPDATED_AT, x.SKILLS, x.QUALIFICATIONS,"
            + " x.OFFERED_SKILLS, x.AVAILABLE_DAYS, x.AVAILABLE_TIMES, o.STRENGTHS, k.PERSON_ID"
            + " FROM REG_PARTNER p LEFT JOIN REG_PERSON x ON x.ID = p.ID LEFT JOIN REG_ORGANISATION o ON o.ID = p.ID"
            // the people with a consent to matching in force today
            + " LEFT JOIN (SELECT DISTINCT PERSON_ID FROM REG_CONSENT WHERE SCOPE = 'MATCHING' AND GIVEN_ON <= ?"
            + " AND (WITHDRAWN_ON IS NULL OR WITHDRAWN_ON > ?)) k ON k.PERSON_ID = p.ID";

    private final Transactions tx;
    private final Clock clock;

    @Activate
    public Profiles(
            @Reference Transactions tx, @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.registry)") Schema schema) {
        this(tx, Clock.system(ZoneId.of("Asia/Tokyo")));
    }

    Profiles(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<PartnerProfile> profile(long id) {
        Permissions.requireRole(Role.COORDINATOR);
        List<PartnerProfile> found = new ArrayList<>();
        query(" WHERE p.ID = ?", id, null, found::add);
        return found.stream().findFirst();
    }

    @Override
    public void forEach(Consumer<PartnerProfile> visitor) {
        Permissions.requireRole(Role.COORDINATOR);
        query(" ORDER BY p.ID", null, null, visitor);
    }

    @Override
    public List<PartnerProfile> changedSince(Instant since) {
        Permissions.requireRole(Role.COORDINATOR);
        List<PartnerProfile> found = new ArrayList<>();
        query(" WHERE p.UPDATED_AT >= ? ORDER BY p.ID", null, since, found::add);
        return found;
    }

    private void query(String where, Long id, Instant since, Consumer<PartnerProfile> visitor) {
        LocalDate today = LocalDate.now(clock);
        tx.read(c -> {
            read(c, where, id, since, today, visitor);
            return null;
        });
    }

    private static void read(
            Connection c, String where, Long id, Instant since, LocalDate today, Consumer<PartnerProfile> visitor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
            ps.setDate(1, Date.valueOf(today));
            ps.setDate(2, Date.valueOf(today));
            if (id != null) {
                ps.setLong(3, id);
            } else if (since != null) {
                ps.setTimestamp(3, Timestamp.from(since));
            }
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(profile(rs, today));
                }
            }
        }
    }

    private static PartnerProfile profile(ResultSet rs, LocalDate today) throws SQLException {
        PartnerType type = PartnerType.valueOf(rs.getString(2));
        Date from = rs.getDate(8);
        Date until = rs.getDate(9);
        boolean certified = from != null
                && !today.isBefore(from.toLocalDate())
                && (until == null || !today.isAfter(until.toLocalDate()));
        String skills = type == PartnerType.CITIZEN
                ? String.join(" ", nonEmpty(rs.getString(12), rs.getString(13), rs.getString(14)))
                : String.join(" ", nonEmpty(rs.getString(17)));
        return new PartnerProfile(
                rs.getLong(1),
                type,
                rs.getString(3),
                SearchText.splitCodes(rs.getString(4)),
                SearchText.splitCodes(rs.getString(5)),
                skills,
                days(rs.getString(15)),
                times(rs.getString(16)),
                rs.getBoolean(6),
                rs.getBoolean(7),
                certified,
                rs.getBoolean(10),
                type != PartnerType.CITIZEN || rs.getObject(18) != null,
                rs.getTimestamp(11).toInstant());
    }

    private static List<String> nonEmpty(String... parts) {
        return Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).toList();
    }

    private static Set<DayOfWeek> days(String column) {
        return SearchText.splitCodes(column).stream()
                .map(s -> DayOfWeek.of(Integer.parseInt(s)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<TimeBand> times(String column) {
        return SearchText.splitCodes(column).stream()
                .map(TimeBand::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
