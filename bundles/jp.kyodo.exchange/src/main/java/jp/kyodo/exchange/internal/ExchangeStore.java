package jp.kyodo.exchange.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.exchange.Conflict;
import jp.kyodo.exchange.Direction;
import jp.kyodo.exchange.LogEntry;
import jp.kyodo.exchange.LogQuery;
import jp.kyodo.exchange.Outcome;
import jp.kyodo.exchange.ReceivedQuery;
import jp.kyodo.exchange.ReceivedRecord;
import jp.kyodo.exchange.ReceivedStatus;
import jp.kyodo.exchange.SharedRecord;

/** The exchange module's tables (EX_*), over JDBC in the caller's transaction. */
final class ExchangeStore {

    /** IN lists are cut to this many values. */
    private static final int CHUNK = 200;

    /** A neighbour as stored. */
    record PeerRow(
            String code,
            String name,
            String baseUrl,
            String publicKey,
            String keyId,
            String previousKey,
            Instant previousUntil,
            boolean active,
            Instant registeredAt,
            long ackedRevision,
            boolean announceKey,
            int failures,
            Instant nextAttemptAt,
            Instant lastSentAt,
            Instant lastReceivedAt,
            String lastError) {

        /**
         * Whether the message (or receipt) is signed with this neighbour's key, or with the key its last rotation
         * replaced while that is still accepted.
         */
        boolean signed(Wire.Parsed parsed, Instant now) {
            if (SigningKeys.verify(publicKey, parsed.signingInput(), parsed.signature())) {
                return true;
            }
            return previousKey != null
                    && previousUntil != null
                    && now.isBefore(previousUntil)
                    && SigningKeys.verify(previousKey, parsed.signingInput(), parsed.signature());
        }
    }

    /** A shared record as stored. */
    record SharedRow(
            String type,
            String localId,
            String title,
            String fingerprint,
            long revision,
            boolean withdrawn,
            Instant sharedAt,
            String sharedBy) {

        SharedRecord toRecord() {
            return new SharedRecord(type, localId, title, sharedAt, sharedBy, revision, withdrawn);
        }
    }

    /** A received record as stored. */
    record ReceivedRow(
            String peerCode,
            String type,
            String remoteId,
            String localId,
            String title,
            long remoteRevision,
            String localFingerprint,
            ReceivedStatus status,
            Instant receivedAt) {}

    /** An open or decided conflict, with the neighbour's payload. */
    record ConflictRow(
            long id,
            String peerCode,
            String type,
            String remoteId,
            String localId,
            String title,
            int codecVersion,
            String payload,
            long remoteRevision,
            Instant receivedAt) {}

    // ---- settings and the revision counter ---------------------------------------------------------------

    Optional<String> setting(Connection c, String name) throws SQLException {
        return Jdbc.list(c, "SELECT VAL FROM EX_SETTING WHERE NAME = ?", List.of(name), rs -> rs.getString(1)).stream()
                .findFirst();
    }

    void putSetting(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_SETTING SET VAL = ? WHERE NAME = ?")) {
            ps.setString(1, value);
            ps.setString(2, name);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO EX_SETTING (NAME, VAL) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /**
     * Takes n revisions: the row stays locked until the transaction ends, so revisions commit in their order.
     *
     * @return the first of them
     */
    long takeRevisions(Connection c, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_COUNTER SET VAL = VAL + ? WHERE NAME = 'revision'")) {
            ps.setLong(1, n);
            ps.executeUpdate();
        }
        long last = Jdbc.list(c, "SELECT VAL FROM EX_COUNTER WHERE NAME = 'revision'", List.of(), rs -> rs.getLong(1))
                .get(0);
        return last - n + 1;
    }

    // ---- peers -----------------------------------------------------------------------------------------------

    private static final String PEER_COLUMNS = "CODE, NAME, BASE_URL, PUBLIC_KEY, KEY_ID, PREVIOUS_KEY, PREVIOUS_UNTIL,"
            + " ACTIVE, REGISTERED_AT, ACKED_REVISION, ANNOUNCE_KEY, FAILURES, NEXT_ATTEMPT_AT, LAST_SENT_AT,"
            + " LAST_RECEIVED_AT, LAST_ERROR";

    List<PeerRow> peers(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT " + PEER_COLUMNS + " FROM EX_PEER ORDER BY CODE", List.of(), ExchangeStore::peer);
    }

    Optional<PeerRow> peer(Connection c, String code) throws SQLException {
        return Jdbc.list(
                        c,
                        "SELECT " + PEER_COLUMNS + " FROM EX_PEER WHERE CODE = ?",
                        List.of(code),
                        ExchangeStore::peer)
                .stream()
                .findFirst();
    }

    private static PeerRow peer(ResultSet rs) throws SQLException {
        return new PeerRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                Jdbc.instant(rs, 7),
                rs.getBoolean(8),
                Jdbc.instant(rs, 9),
                rs.getLong(10),
                rs.getBoolean(11),
                rs.getInt(12),
                Jdbc.instant(rs, 13),
                Jdbc.instant(rs, 14),
                Jdbc.instant(rs, 15),
                rs.getString(16));
    }

    /** A new neighbour: it gets everything shared so far. */
    void insertPeer(
            Connection c,
            String code,
            String name,
            String baseUrl,
            String key,
            String keyId,
            boolean active,
            Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO EX_PEER (" + PEER_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, 0, FALSE, 0, NULL, NULL, NULL, '')")) {
            Jdbc.bind(ps, List.of(code, name, baseUrl, key, keyId, active, now));
            ps.executeUpdate();
        }
    }

    /** A changed URL, key or activity; a changed key or reactivation clears the failures so it is tried at once. */
    void updatePeer(Connection c, String code, String baseUrl, String key, String keyId, boolean active)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_PEER SET BASE_URL = ?, PUBLIC_KEY = ?, KEY_ID = ?,"
                + " ACTIVE = ?, FAILURES = 0, NEXT_ATTEMPT_AT = NULL WHERE CODE = ?")) {
            Jdbc.bind(ps, List.of(baseUrl, key, keyId, active, code));
            ps.executeUpdate();
        }
    }

    void deletePeer(Connection c, String code) throws SQLException {
        update(c, "DELETE FROM EX_PEER WHERE CODE = ?", code);
    }

    /** The neighbour acknowledged everything up to the revision. */
    void acknowledged(Connection c, String code, long revision, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE EX_PEER SET ACKED_REVISION = ?, FAILURES = 0,"
                        + " NEXT_ATTEMPT_AT = NULL, LAST_SENT_AT = ?, LAST_ERROR = '' WHERE CODE = ? AND ACKED_REVISION <= ?")) {
            Jdbc.bind(ps, List.of(revision, now, code, revision));
            ps.executeUpdate();
        }
    }

    void keyAnnounced(Connection c, String code, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_PEER SET ANNOUNCE_KEY = FALSE, FAILURES = 0,"
                + " NEXT_ATTEMPT_AT = NULL, LAST_SENT_AT = ?, LAST_ERROR = '' WHERE CODE = ?")) {
            Jdbc.bind(ps, List.of(now, code));
            ps.executeUpdate();
        }
    }

    void announceKeyToAll(Connection c) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE EX_PEER SET ANNOUNCE_KEY = TRUE, FAILURES = 0, NEXT_ATTEMPT_AT = NULL")) {
            ps.executeUpdate();
        }
    }

    void failed(Connection c, String code, int failures, Instant nextAttempt, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE EX_PEER SET FAILURES = ?, NEXT_ATTEMPT_AT = ?, LAST_ERROR = ? WHERE CODE = ?")) {
            Jdbc.bind(ps, List.of(failures, nextAttempt, cut(error, 1000), code));
            ps.executeUpdate();
        }
    }

    /** Every neighbour is tried at its next round, failed or not. */
    void retryAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_PEER SET NEXT_ATTEMPT_AT = NULL")) {
            ps.executeUpdate();
        }
    }

    void receivedFrom(Connection c, String code, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_PEER SET LAST_RECEIVED_AT = ? WHERE CODE = ?")) {
            Jdbc.bind(ps, List.of(now, code));
            ps.executeUpdate();
        }
    }

    /** The neighbour announced a new key: the old one stays accepted until the given time. */
    void replaceKey(Connection c, String code, String key, String keyId, String previousKey, Instant previousUntil)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_PEER SET PUBLIC_KEY = ?, KEY_ID = ?,"
                + " PREVIOUS_KEY = ?, PREVIOUS_UNTIL = ? WHERE CODE = ?")) {
            Jdbc.bind(ps, List.of(key, keyId, previousKey, previousUntil, code));
            ps.executeUpdate();
        }
    }

    /** Takes the neighbour's lease for a node: false while another node's lease runs. */
    boolean lease(Connection c, String code, String node, Instant now, Instant until) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE EX_PEER SET LEASE_OWNER = ?, LEASE_UNTIL = ? WHERE CODE = ?"
                        + " AND (LEASE_OWNER IS NULL OR LEASE_OWNER = ? OR LEASE_UNTIL < ?)")) {
            Jdbc.bind(ps, List.of(node, until, code, node, now));
            return ps.executeUpdate() == 1;
        }
    }

    void release(Connection c, String code, String node) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE EX_PEER SET LEASE_OWNER = NULL, LEASE_UNTIL = NULL WHERE CODE = ? AND LEASE_OWNER = ?")) {
            Jdbc.bind(ps, List.of(code, node));
            ps.executeUpdate();
        }
    }

    /** The neighbours' names by code (川崎市), for lists that show them. */
    Map<String, String> peerNames(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        peers(c).forEach(p -> names.put(p.code(), p.name()));
        return names;
    }

    /** Shared changes each neighbour has not acknowledged, by code. */
    Map<String, Long> backlogs(Connection c) throws SQLException {
        Map<String, Long> backlog = new HashMap<>();
        Jdbc.list(
                c,
                "SELECT P.CODE, COUNT(S.REVISION) FROM EX_PEER P LEFT JOIN EX_SHARED S ON S.REVISION >"
                        + " P.ACKED_REVISION GROUP BY P.CODE",
                List.of(),
                rs -> backlog.put(rs.getString(1), rs.getLong(2)));
        return backlog;
    }

    // ---- shared records ----------------------------------------------------------------------------------------

    private static final String SHARED_COLUMNS =
            "TYPE, LOCAL_ID, TITLE, FINGERPRINT, REVISION, WITHDRAWN, SHARED_AT, SHARED_BY";

    private static SharedRow shared(ResultSet rs) throws SQLException {
        return new SharedRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getBoolean(6),
                Jdbc.instant(rs, 7),
                rs.getString(8));
    }

    Map<String, SharedRow> shared(Connection c, String type, Collection<String> localIds) throws SQLException {
        Map<String, SharedRow> rows = new HashMap<>();
        for (List<String> chunk : chunks(localIds)) {
            List<Object> params = new ArrayList<>();
            params.add(type);
            params.addAll(chunk);
            for (SharedRow row : Jdbc.list(
                    c,
                    "SELECT " + SHARED_COLUMNS + " FROM EX_SHARED WHERE TYPE = ? AND LOCAL_ID IN ("
                            + Sql.placeholders(chunk.size()) + ")",
                    params,
                    ExchangeStore::shared)) {
                rows.put(row.localId(), row);
            }
        }
        return rows;
    }

    /** New shared records, in one batch. */
    /** The local ids of the type's shared (not withdrawn) records. */
    List<String> sharedIds(Connection c, String type) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT LOCAL_ID FROM EX_SHARED WHERE TYPE = ? AND WITHDRAWN = FALSE",
                List.of(type),
                rs -> rs.getString(1));
    }

    void insertShared(Connection c, List<SharedRow> rows) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO EX_SHARED (" + SHARED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SharedRow row : rows) {
                Jdbc.bind(
                        ps,
                        List.of(
                                row.type(),
                                row.localId(),
                                cut(row.title(), 400),
                                row.fingerprint(),
                                row.revision(),
                                row.withdrawn(),
                                row.sharedAt(),
                                row.sharedBy()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A shared record changed, was shared again or withdrawn: it takes a new revision. */
    void updateShared(Connection c, SharedRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_SHARED SET TITLE = ?, FINGERPRINT = ?, REVISION = ?,"
                + " WITHDRAWN = ?, SHARED_AT = ?, SHARED_BY = ? WHERE TYPE = ? AND LOCAL_ID = ?")) {
            Jdbc.bind(
                    ps,
                    List.of(
                            cut(row.title(), 400),
                            row.fingerprint(),
                            row.revision(),
                            row.withdrawn(),
                            row.sharedAt(),
                            row.sharedBy(),
                            row.type(),
                            row.localId()));
            ps.executeUpdate();
        }
    }

    /** The changes after the revision, in their order. */
    List<SharedRow> pending(Connection c, long afterRevision, int limit) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + SHARED_COLUMNS + " FROM EX_SHARED WHERE REVISION > ? ORDER BY REVISION FETCH FIRST " + limit
                        + " ROWS ONLY",
                List.of(afterRevision),
                ExchangeStore::shared);
    }

    Page<SharedRecord> sharedPage(Connection c, String type, PageRequest page) throws SQLException {
        String where = type.isEmpty() ? "" : " WHERE TYPE = ?";
        List<Object> params = type.isEmpty() ? List.of() : List.of(type);
        return Jdbc.page(
                        c,
                        "SELECT " + SHARED_COLUMNS + " FROM EX_SHARED" + where + " ORDER BY REVISION DESC",
                        "SELECT COUNT(*) FROM EX_SHARED" + where,
                        params,
                        page,
                        ExchangeStore::shared)
                .map(SharedRow::toRecord);
    }

    // ---- received records --------------------------------------------------------------------------------------

    private static final String RECEIVED_COLUMNS =
            "PEER_CODE, TYPE, REMOTE_ID, LOCAL_ID, TITLE, REMOTE_REVISION," + " LOCAL_FINGERPRINT, STATUS, RECEIVED_AT";

    private static ReceivedRow received(ResultSet rs) throws SQLException {
        return new ReceivedRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                ReceivedStatus.valueOf(rs.getString(8)),
                Jdbc.instant(rs, 9));
    }

    Map<String, ReceivedRow> received(Connection c, String peer, String type, Collection<String> remoteIds)
            throws SQLException {
        Map<String, ReceivedRow> rows = new HashMap<>();
        for (List<String> chunk : chunks(remoteIds)) {
            List<Object> params = new ArrayList<>();
            params.add(peer);
            params.add(type);
            params.addAll(chunk);
            for (ReceivedRow row : Jdbc.list(
                    c,
                    "SELECT " + RECEIVED_COLUMNS
                            + " FROM EX_RECEIVED WHERE PEER_CODE = ? AND TYPE = ? AND REMOTE_ID IN ("
                            + Sql.placeholders(chunk.size()) + ")",
                    params,
                    ExchangeStore::received)) {
                rows.put(row.remoteId(), row);
            }
        }
        return rows;
    }

    void putReceived(Connection c, ReceivedRow row, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE EX_RECEIVED SET LOCAL_ID = ?, TITLE = ?, REMOTE_REVISION = ?, LOCAL_FINGERPRINT = ?,"
                        + " STATUS = ?, RECEIVED_AT = ?, SEARCH_TEXT = ? WHERE PEER_CODE = ? AND TYPE = ? AND REMOTE_ID = ?"
                : "INSERT INTO EX_RECEIVED (LOCAL_ID, TITLE, REMOTE_REVISION, LOCAL_FINGERPRINT, STATUS, RECEIVED_AT,"
                        + " SEARCH_TEXT, PEER_CODE, TYPE, REMOTE_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(
                    ps,
                    List.of(
                            row.localId(),
                            cut(row.title(), 400),
                            row.remoteRevision(),
                            row.localFingerprint(),
                            row.status().name(),
                            row.receivedAt(),
                            cut(JapaneseText.normalize(row.title()), 800),
                            row.peerCode(),
                            row.type(),
                            row.remoteId()));
            ps.executeUpdate();
        }
    }

    Page<ReceivedRecord> receivedPage(
            Connection c, ReceivedQuery query, Map<String, String> peerNames, PageRequest page) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!query.peerCode().isEmpty()) {
            where.append(" AND PEER_CODE = ?");
            params.add(query.peerCode());
        }
        if (!query.type().isEmpty()) {
            where.append(" AND TYPE = ?");
            params.add(query.type());
        }
        if (query.status() != null) {
            where.append(" AND STATUS = ?");
            params.add(query.status().name());
        }
        for (String term : JapaneseText.searchTerms(query.text())) {
            where.append(" AND SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        return Jdbc.page(
                        c,
                        "SELECT " + RECEIVED_COLUMNS + " FROM EX_RECEIVED" + where
                                + " ORDER BY RECEIVED_AT DESC, PEER_CODE, TYPE, REMOTE_ID",
                        "SELECT COUNT(*) FROM EX_RECEIVED" + where,
                        params,
                        page,
                        ExchangeStore::received)
                .map(r -> new ReceivedRecord(
                        r.peerCode(),
                        peerNames.getOrDefault(r.peerCode(), r.peerCode()),
                        r.type(),
                        r.remoteId(),
                        r.localId(),
                        r.title(),
                        r.receivedAt(),
                        r.remoteRevision(),
                        r.status()));
    }

    // ---- conflicts ---------------------------------------------------------------------------------------------

    private static final String CONFLICT_COLUMNS = "ID, PEER_CODE, TYPE, REMOTE_ID, LOCAL_ID, TITLE, CODEC_VERSION,"
            + " PAYLOAD, REMOTE_REVISION, RECEIVED_AT";

    private static ConflictRow conflict(ResultSet rs) throws SQLException {
        return new ConflictRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getInt(7),
                rs.getString(8),
                rs.getLong(9),
                Jdbc.instant(rs, 10));
    }

    List<ConflictRow> openConflicts(Connection c) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + CONFLICT_COLUMNS + " FROM EX_CONFLICT WHERE RESOLVED_AT IS NULL ORDER BY ID",
                List.of(),
                ExchangeStore::conflict);
    }

    Optional<ConflictRow> openConflict(Connection c, long id) throws SQLException {
        return Jdbc.list(
                        c,
                        "SELECT " + CONFLICT_COLUMNS + " FROM EX_CONFLICT WHERE ID = ? AND RESOLVED_AT IS NULL",
                        List.of(id),
                        ExchangeStore::conflict)
                .stream()
                .findFirst();
    }

    /** The neighbour's newer version replaces the one waiting, or waits as a new conflict. */
    void putConflict(Connection c, ConflictRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EX_CONFLICT SET TITLE = ?, CODEC_VERSION = ?,"
                + " PAYLOAD = ?, REMOTE_REVISION = ?, RECEIVED_AT = ? WHERE PEER_CODE = ? AND TYPE = ? AND REMOTE_ID = ?"
                + " AND RESOLVED_AT IS NULL")) {
            Jdbc.bind(
                    ps,
                    List.of(
                            cut(row.title(), 400),
                            row.codecVersion(),
                            row.payload(),
                            row.remoteRevision(),
                            row.receivedAt(),
                            row.peerCode(),
                            row.type(),
                            row.remoteId()));
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO EX_CONFLICT (PEER_CODE, TYPE, REMOTE_ID, LOCAL_ID,"
                + " TITLE, CODEC_VERSION, PAYLOAD, REMOTE_REVISION, RECEIVED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(
                    ps,
                    List.of(
                            row.peerCode(),
                            row.type(),
                            row.remoteId(),
                            row.localId(),
                            cut(row.title(), 400),
                            row.codecVersion(),
                            row.payload(),
                            row.remoteRevision(),
                            row.receivedAt()));
            ps.executeUpdate();
        }
    }

    void resolveConflict(Connection c, long id, String resolution, String user, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE EX_CONFLICT SET RESOLVED_AT = ?, RESOLVED_BY = ?, RESOLUTION = ? WHERE ID = ?")) {
            Jdbc.bind(ps, List.of(now, user, resolution, id));
            ps.executeUpdate();
        }
    }

    /** Decided by the record being withdrawn: nothing waits any more. */
    void dropConflict(Connection c, String peer, String type, String remoteId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE EX_CONFLICT SET RESOLVED_AT = ?, RESOLVED_BY = ?,"
                        + " RESOLUTION = 'WITHDRAWN' WHERE PEER_CODE = ? AND TYPE = ? AND REMOTE_ID = ? AND RESOLVED_AT IS NULL")) {
            Jdbc.bind(ps, List.of(now, "system:exchange", peer, type, remoteId));
            ps.executeUpdate();
        }
    }

    static Conflict toConflict(
            ConflictRow row, String peerName, String localTitle, List<Conflict.Difference> differences) {
        return new Conflict(
                row.id(),
                row.peerCode(),
                peerName,
                row.type(),
                row.remoteId(),
                row.localId(),
                row.title(),
                localTitle,
                row.receivedAt(),
                differences);
    }

    // ---- replay guard ------------------------------------------------------------------------------------------

    boolean seen(Connection c, String peer, String messageId) throws SQLException {
        return !Jdbc.list(
                        c,
                        "SELECT 1 FROM EX_SEEN WHERE PEER_CODE = ? AND MESSAGE_ID = ?",
                        List.of(peer, messageId),
                        rs -> 1)
                .isEmpty();
    }

    void see(Connection c, String peer, String messageId, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO EX_SEEN (PEER_CODE, MESSAGE_ID, SEEN_AT) VALUES (?, ?, ?)")) {
            Jdbc.bind(ps, List.of(peer, messageId, now));
            ps.executeUpdate();
        }
    }

    int forgetSeen(Connection c, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM EX_SEEN WHERE SEEN_AT < ?")) {
            Jdbc.bind(ps, List.of(before));
            return ps.executeUpdate();
        }
    }

    // ---- message log -------------------------------------------------------------------------------------------

    void log(
            Connection c,
            Instant at,
            Direction direction,
            String peer,
            String messageId,
            Outcome outcome,
            String reason,
            int records,
            long bytes,
            String digest,
            String address)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO EX_LOG (LOGGED_AT, DIRECTION, PEER_CODE, MESSAGE_ID,"
                        + " OUTCOME, REASON, RECORDS, BYTES, DIGEST, ADDRESS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(
                    ps,
                    List.of(
                            at,
                            direction.name(),
                            cut(peer, 6),
                            cut(messageId, 64),
                            outcome.name(),
                            cut(reason, 1000),
                            records,
                            bytes,
                            digest,
                            cut(address, 400)));
            ps.executeUpdate();
        }
    }

    Page<LogEntry> logPage(Connection c, LogQuery query, Map<String, String> peerNames, PageRequest page)
            throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!query.peerCode().isEmpty()) {
            where.append(" AND PEER_CODE = ?");
            params.add(query.peerCode());
        }
        if (query.direction() != null) {
            where.append(" AND DIRECTION = ?");
            params.add(query.direction().name());
        }
        if (query.outcome() != null) {
            where.append(" AND OUTCOME = ?");
            params.add(query.outcome().name());
        }
        return Jdbc.page(
                c,
                "SELECT ID, LOGGED_AT, DIRECTION, PEER_CODE, MESSAGE_ID, OUTCOME, REASON, RECORDS, BYTES, DIGEST, ADDRESS"
                        + " FROM EX_LOG" + where + " ORDER BY ID DESC",
                "SELECT COUNT(*) FROM EX_LOG" + where,
                params,
                page,
                rs -> new LogEntry(
                        rs.getLong(1),
                        Jdbc.instant(rs, 2),
                        Direction.valueOf(rs.getString(3)),
                        rs.getString(4),
                        peerNames.getOrDefault(rs.getString(4), ""),
                        rs.getString(5),
                        Outcome.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getLong(9),
                        rs.getString(10),
                        rs.getString(11)));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static void update(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.executeUpdate();
        }
    }

    static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    static String cut(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }
}
