package jp.kyodo.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongBinaryOperator;
import javax.persistence.EntityManager;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.RankedApplication;

/** Reviews (FUN_REVIEW with its scores, entities) and the ranking (SQL). */
final class ReviewStore {

    /** The states whose applications are ranked: screened and later, not refused or withdrawn. */
    static final List<ApplicationStatus> RANKED = List.of(
            ApplicationStatus.SCREENED,
            ApplicationStatus.REVIEWED,
            ApplicationStatus.GRANTED,
            ApplicationStatus.REJECTED,
            ApplicationStatus.AGREED,
            ApplicationStatus.REPORTED,
            ApplicationStatus.EVALUATED,
            ApplicationStatus.CLOSED);

    Optional<ReviewEntity> find(EntityManager em, long applicationId, String reviewer) {
        return em
                .createQuery(
                        "select r from ReviewEntity r where r.applicationId = :a and r.reviewer = :u",
                        ReviewEntity.class)
                .setParameter("a", applicationId)
                .setParameter("u", reviewer)
                .getResultList()
                .stream()
                .findFirst();
    }

    List<ReviewEntity> ofApplication(EntityManager em, long applicationId) {
        return em.createQuery(
                        "select r from ReviewEntity r where r.applicationId = :a order by r.reviewer",
                        ReviewEntity.class)
                .setParameter("a", applicationId)
                .getResultList();
    }

    /** Reviews of the application that count (no conflict of interest). */
    int counting(Connection c, long applicationId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT COUNT(*) FROM FUN_REVIEW WHERE APPLICATION_ID = ? AND CONFLICT = FALSE")) {
            ps.setLong(1, applicationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * The programme's ranking: per application the weighted total of the reviews that count, in one query;
     * the percentage of the highest possible and the ranks in exact decimal arithmetic.
     *
     * @param maxGrant the most each application could be granted, from (requested, eligible cost)
     */
    List<RankedApplication> ranking(Connection c, long programmeId, LongBinaryOperator maxGrant) throws SQLException {
        long perReviewer;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(CAST(WEIGHT AS BIGINT) * MAX_SCORE), 0)"
                + " FROM FUN_PROGRAMME_CRITERION WHERE PROGRAMME_ID = ?")) {
            ps.setLong(1, programmeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                perReviewer = rs.getLong(1);
            }
        }
        record Row(
                long id,
                String title,
                String org,
                ApplicationStatus status,
                long requested,
                long cap,
                int reviewers,
                int conflicted,
                BigDecimal score) {}
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.ID, a.TITLE, a.ORGANISATION_NAME, a.STATUS,"
                + " a.REQUESTED_YEN, a.ELIGIBLE_COST_YEN,"
                + " (SELECT COUNT(*) FROM FUN_REVIEW r WHERE r.APPLICATION_ID = a.ID AND r.CONFLICT = FALSE) AS REVIEWERS,"
                + " (SELECT COUNT(*) FROM FUN_REVIEW r WHERE r.APPLICATION_ID = a.ID AND r.CONFLICT = TRUE) AS CONFLICTED,"
                + " (SELECT COALESCE(SUM(CAST(s.SCORE AS BIGINT) * k.WEIGHT), 0) FROM FUN_REVIEW r"
                + " JOIN FUN_REVIEW_SCORE s ON s.REVIEW_ID = r.ID"
                + " JOIN FUN_PROGRAMME_CRITERION k ON k.CODE = s.CRITERION_CODE"
                + " WHERE r.APPLICATION_ID = a.ID AND r.CONFLICT = FALSE AND k.PROGRAMME_ID = a.PROGRAMME_ID) AS WEIGHTED"
                + " FROM FUN_APPLICATION a WHERE a.PROGRAMME_ID = ? AND a.STATUS IN ("
                + Sql.placeholders(RANKED.size()) + ")")) {
            ps.setLong(1, programmeId);
            for (int i = 0; i < RANKED.size(); i++) {
                ps.setString(2 + i, RANKED.get(i).name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int reviewers = rs.getInt("REVIEWERS");
                    long weighted = rs.getLong("WEIGHTED");
                    BigDecimal score = reviewers == 0 || perReviewer == 0
                            ? BigDecimal.ZERO.setScale(2)
                            : BigDecimal.valueOf(weighted)
                                    .multiply(BigDecimal.valueOf(100))
                                    .divide(BigDecimal.valueOf(perReviewer * reviewers), 2, RoundingMode.HALF_UP);
                    long requested = rs.getLong("REQUESTED_YEN");
                    rows.add(new Row(
                            rs.getLong("ID"),
                            rs.getString("TITLE"),
                            rs.getString("ORGANISATION_NAME"),
                            ApplicationStatus.valueOf(rs.getString("STATUS")),
                            requested,
                            maxGrant.applyAsLong(requested, rs.getLong("ELIGIBLE_COST_YEN")),
                            reviewers,
                            rs.getInt("CONFLICTED"),
                            score));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::score).reversed().thenComparingLong(Row::id));
        List<RankedApplication> ranking = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (previous == null || r.score().compareTo(previous) != 0) {
                rank = i + 1;
                previous = r.score();
            }
            ranking.add(new RankedApplication(
                    rank,
                    r.id(),
                    r.title(),
                    r.org(),
                    r.status(),
                    r.requested(),
                    r.cap(),
                    r.reviewers(),
                    r.conflicted(),
                    r.score()));
        }
        return ranking;
    }
}
