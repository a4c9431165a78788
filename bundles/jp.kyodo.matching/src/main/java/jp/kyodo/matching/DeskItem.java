package jp.kyodo.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.Records;

/**
 * An item of the one-stop desk with its routing.
 *
 * @param departmentId the department (市の部署 in the registry) it is routed to; null before routing
 * @param owner the staff member who must answer; empty before routing
 * @param dueOn the day the answer is due; null before routing
 * @param answer the department's answer or reason; empty while open
 * @param overdue open and past its due date (today, by the desk's clock)
 * @param escalatedAt when it was raised to the collaboration division; null when not
 */
public record DeskItem(
        long id,
        int version,
        DeskItemDraft details,
        DeskStatus status,
        Long departmentId,
        String departmentName,
        String owner,
        LocalDate dueOn,
        String answer,
        LocalDate answeredOn,
        boolean overdue,
        Instant escalatedAt,
        List<DeskStep> steps) {

    public DeskItem {
        departmentName = Records.text(departmentName);
        owner = Records.text(owner);
        answer = Records.text(answer);
        steps = Records.list(steps);
    }
}
