package jp.kyodo.training;

import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * Volunteer points (ボランティアポイント): earned per activity hour by configurable rules, redeemed, and expiring at
 * the end of the fiscal year they were earned in; certificates of volunteer hours (活動証明書) for schools. Staff
 * record and read; coordinators change the rules and close fiscal years.
 */
@org.osgi.annotation.versioning.ProviderType
public interface VolunteerPoints {

    List<PointRule> rules();

    /** Adds a rule or changes the one with the same code. */
    PointRule saveRule(String code, String name, int pointsPerHour, boolean active);

    /**
     * Records an activity of a registry person and the points it earns. The day must be in the current fiscal
     * year (earlier years' points have expired) and not in the future.
     */
    PointEntry earn(long personId, String ruleCode, LocalDate on, int minutes, String note);

    /** @throws jp.kyodo.core.ValidationException when the balance is smaller than the points */
    PointEntry redeem(long personId, int points, String note);

    PointBalance balance(long personId);

    /** Newest first. */
    Page<PointEntry> ledger(long personId, PageRequest page);

    /**
     * Expires what is left of every fiscal year before the current one (an {@link PointKind#EXPIRE} line per
     * person with a balance). Safe to run again. @return how many balances expired
     */
    int expireEndedYears();

    /** Total activity minutes of the person in the period. */
    long volunteerMinutes(long personId, LocalDate from, LocalDate until);

    /**
     * The certificate of volunteer hours (ボランティア活動証明書) for the period as PDF, with the activities, their
     * hours and the total. Audited as an export.
     */
    byte[] certificate(long personId, LocalDate from, LocalDate until);
}
