package jp.kyodo.matching.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.MatchPipeline;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.MatchStep;

/** The SQL of MAT_MATCH and MAT_MATCH_STEP, on the caller's connection. */
final class MatchStore {

    /** A stored match, without its steps. */
    record Row(
            long id,
            int version,
            long needId,
            CandidateRef candidate,
            long partnerId,
            MatchStage stage,
            Instant stageSince,
            Instant lastStepAt,
            Long caseId) {}

    private static final String COLUMNS = "m.ID, m.VERSION, m.NEED_ID, m.CANDIDATE_KIND, m.CANDIDATE_ID, m.PARTNER_ID,"
            + " m.STAGE, m.STAGE_SINCE, m.LAST_STEP_AT, k.ID";
    private static final String FROM = " FROM MAT_MATCH m LEFT JOIN MAT_CASE k ON k.MATCH_ID = m.ID";

    long insert(Connection c, long needId, CandidateRef candidate, long partnerId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_MATCH (NEED_ID, CANDIDATE_KIND, CANDIDATE_ID, PARTNER_ID, STAGE, STAGE_SINCE,"
                        + " LAST_STEP_AT, CREATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, needId);
            ps.setString(2, candidate.kind().name());
            ps.setLong(3, candidate.id());
            ps.setLong(4, partnerId);
            ps.setString(5, MatchStage.PROPOSED.name());
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setTimestamp(8, Timestamp.from(now));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** Moves the match to the stage. @throws jp.kyodo.core.ConflictException when someone moved it first */
    void move(Connection c, long id, int expectedVersion, MatchStage stage, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_MATCH SET STAGE = ?, STAGE_SINCE = ?,"
                + " LAST_STEP_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            ps.setString(1, stage.name());
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setLong(4, id);
            ps.setInt(5, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    void addStep(Connection c, long matchId, MatchStep step) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_MATCH_STEP (MATCH_ID, STAGE, STEP_AT, BY_USER, NOTE) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, matchId);
            ps.setString(2, step.stage().name());
            ps.setTimestamp(3, Timestamp.from(step.at()));
            ps.setString(4, step.by());
            ps.setString(5, step.note());
            ps.executeUpdate();
        }
    }

    Optional<Row> get(Connection c, long id) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + FROM + " WHERE m.ID = ?", List.of(id), MatchStore::row).stream()
                .findFirst();
    }

    List<MatchStep> steps(Connection c, long matchId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT STAGE, STEP_AT, BY_USER, NOTE FROM MAT_MATCH_STEP WHERE MATCH_ID = ? ORDER BY ID",
                List.of(matchId),
                rs -> new MatchStep(
                        MatchStage.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4)));
    }

    /**
     * The matches of the query, newest activity first.
     *
     * @param staleBefore a match whose last step is before this instant is stale
     */
    /** The sort keys of {@link jp.kyodo.matching.MatchPipeline#search} and their columns. */
    static final Map<String, String> SORTS = Map.of(
            MatchPipeline.SORT_UPDATED, "m.LAST_STEP_AT",
            MatchPipeline.SORT_STAGE_SINCE, "m.STAGE_SINCE");

    Page<Row> search(Connection c, MatchQuery q, Instant staleBefore, PageRequest page) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (!q.stages().isEmpty()) {
            where.add("m.STAGE IN (" + Sql.placeholders(q.stages().size()) + ")");
            q.stages().forEach(s -> params.add(s.name()));
        }
        if (q.needId() != null) {
            where.add("m.NEED_ID = ?");
            params.add(q.needId());
        }
        if (q.staleOnly()) {
            where.add("m.STAGE NOT IN ('COMPLETED', 'DECLINED') AND m.LAST_STEP_AT < ?");
            params.add(staleBefore);
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return Jdbc.page(
                c,
                "SELECT " + COLUMNS + FROM + condition
                        + Sorting.orderBy(page.sort(), SORTS, "m.LAST_STEP_AT DESC, m.ID DESC", "m.ID"),
                "SELECT COUNT(*) FROM MAT_MATCH m" + condition,
                params,
                page,
                MatchStore::row);
    }

    /** Everyone already proposed for the need (whatever the stage): not proposed again. */
    Set<CandidateRef> candidatesOf(Connection c, long needId) throws SQLException {
        return new HashSet<>(Jdbc.list(
                c,
                "SELECT CANDIDATE_KIND, CANDIDATE_ID FROM MAT_MATCH WHERE NEED_ID = ?",
                List.of(needId),
                rs -> new CandidateRef(CandidateKind.valueOf(rs.getString(1)), rs.getLong(2))));
    }

    /** Open matches per need, for the need list. */
    int openOf(Connection c, long needId) throws SQLException {
        List<Integer> n = Jdbc.list(
                c,
                "SELECT COUNT(*) FROM MAT_MATCH WHERE NEED_ID = ? AND STAGE NOT IN ('COMPLETED', 'DECLINED')",
                List.of(needId),
                rs -> rs.getInt(1));
        return n.get(0);
    }

    /** Per partner: completed, declined and open matches (for the matcher's history and load terms). */
    Map<Long, CandidateIndex.Stats> stats(Connection c, Long partnerId) throws SQLException {
        Map<Long, int[]> counts = new HashMap<>();
        String sql = "SELECT PARTNER_ID, STAGE, COUNT(*) FROM MAT_MATCH"
                + (partnerId == null ? "" : " WHERE PARTNER_ID = ?") + " GROUP BY PARTNER_ID, STAGE";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (partnerId != null) {
                ps.setLong(1, partnerId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int[] n = counts.computeIfAbsent(rs.getLong(1), k -> new int[3]);
                    MatchStage stage = MatchStage.valueOf(rs.getString(2));
                    n[stage == MatchStage.COMPLETED ? 0 : stage == MatchStage.DECLINED ? 1 : 2] += rs.getInt(3);
                }
            }
        }
        Map<Long, CandidateIndex.Stats> result = new HashMap<>();
        counts.forEach((id, n) -> result.put(id, new CandidateIndex.Stats(n[0], n[1], n[2])));
        return result;
    }

    /** Matches per stage, for the dashboard. */
    Map<MatchStage, Integer> countByStage(Connection c) throws SQLException {
        Map<MatchStage, Integer> result = new java.util.EnumMap<>(MatchStage.class);
        for (MatchStage s : MatchStage.values()) {
            result.put(s, 0);
        }
        Jdbc.list(c, "SELECT STAGE, COUNT(*) FROM MAT_MATCH GROUP BY STAGE", List.of(), rs -> {
            result.put(MatchStage.valueOf(rs.getString(1)), rs.getInt(2));
            return null;
        });
        return result;
    }

    /** Open matches without a step since the instant. */
    int countStale(Connection c, Instant staleBefore) throws SQLException {
        return Jdbc.list(
                        c,
                        "SELECT COUNT(*) FROM MAT_MATCH WHERE STAGE NOT IN ('COMPLETED', 'DECLINED') AND LAST_STEP_AT < ?",
                        List.of(staleBefore),
                        rs -> rs.getInt(1))
                .get(0);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getInt(2),
                rs.getLong(3),
                new CandidateRef(CandidateKind.valueOf(rs.getString(4)), rs.getLong(5)),
                rs.getLong(6),
                MatchStage.valueOf(rs.getString(7)),
                rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(),
                Jdbc.longValue(rs, 10));
    }
}
