package jp.kyodo.training;

import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * An e-learning training for staff (職員研修).
 *
 * @param videoUrl the video (e.g. 45 minutes on the intranet's video service)
 * @param slidesUrl the slides (PDF)
 * @param departments the departments it is assigned to; empty for all staff
 * @param dueOn the day it should be completed by (reminders go to those who have not)
 */
public record TrainingDraft(
        String title,
        String description,
        String videoUrl,
        String slidesUrl,
        int fiscalYear,
        LocalDate dueOn,
        Set<String> departments) {

    public TrainingDraft {
        title = Records.text(title);
        description = Records.text(description);
        videoUrl = Records.text(videoUrl);
        slidesUrl = Records.text(slidesUrl);
        departments = Records.sorted(departments);
    }
}
