package jp.kyodo.matching;

import java.util.List;
import jp.kyodo.core.Records;

/**
 * The desk at a glance: per department, what is open, how old it is, and how fast answers come.
 *
 * @param unrouted items received but not yet routed to a department
 * @param departments one row per department with items, most open first
 */
public record DeskStatistics(int unrouted, List<Department> departments) {

    public DeskStatistics {
        departments = Records.list(departments);
    }

    /**
     * @param open routed and not answered
     * @param overdue open and past the due date
     * @param ageing open items by days since received
     * @param answered items answered this fiscal year
     * @param averageAnswerDays mean days from receiving to answering over this fiscal year's answers; null
     *     when there were none
     */
    public record Department(
            long departmentId,
            String name,
            int open,
            int overdue,
            Ageing ageing,
            int answered,
            Double averageAnswerDays) {}

    /** Open items by days since they were received. */
    public record Ageing(int upToWeek, int upToTwoWeeks, int upToMonth, int older) {

        public static final Ageing NONE = new Ageing(0, 0, 0, 0);

        /** One more item of this age in days. */
        public Ageing plus(long days) {
            return days <= 7
                    ? new Ageing(upToWeek + 1, upToTwoWeeks, upToMonth, older)
                    : days <= 14
                            ? new Ageing(upToWeek, upToTwoWeeks + 1, upToMonth, older)
                            : days <= 30
                                    ? new Ageing(upToWeek, upToTwoWeeks, upToMonth + 1, older)
                                    : new Ageing(upToWeek, upToTwoWeeks, upToMonth, older + 1);
        }
    }
}
