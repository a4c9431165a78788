package jp.kyodo.training;

import java.time.LocalDate;

/**
 * A person's points in the current fiscal year.
 *
 * @param expiresOn the last day they can be used (31 March)
 */
public record PointBalance(long personId, int fiscalYear, int balance, LocalDate expiresOn) {}
