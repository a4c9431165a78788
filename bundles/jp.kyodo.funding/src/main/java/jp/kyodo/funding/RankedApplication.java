package jp.kyodo.funding;

import java.math.BigDecimal;

/**
 * One line of a programme's ranking (審査結果順位).
 *
 * @param rank 1 for the best; equal scores share a rank
 * @param reviewers reviews that count (not conflicted)
 * @param conflicted reviews set aside for a conflict of interest
 * @param score the weighted score averaged over the reviews that count, as a percentage of the highest
 *     possible (0–100, two decimals, rounded half up); zero when no review counts
 */
public record RankedApplication(
        int rank,
        long applicationId,
        String title,
        String organisationName,
        ApplicationStatus status,
        long requestedYen,
        long maxGrantYen,
        int reviewers,
        int conflicted,
        BigDecimal score) {}
