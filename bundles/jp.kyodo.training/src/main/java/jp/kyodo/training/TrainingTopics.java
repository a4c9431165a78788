package jp.kyodo.training;

/**
 * EventAdmin topics the training module posts after a change is committed. Each event carries {@value #ID}
 * (Long), never the record itself.
 */
public final class TrainingTopics {

    /** The record's id (Long). */
    public static final String ID = "id";
    /** With reminders: how many staff were reminded (Integer). */
    public static final String COUNT = "count";

    public static final String COURSE_CREATED = "jp/kyodo/training/Course/CREATED";
    /** Changed, drawn, attendance or completion recorded. */
    public static final String COURSE_UPDATED = "jp/kyodo/training/Course/UPDATED";

    public static final String APPLICATION_CREATED = "jp/kyodo/training/Application/CREATED";
    public static final String APPLICATION_UPDATED = "jp/kyodo/training/Application/UPDATED";
    public static final String TRAINING_CREATED = "jp/kyodo/training/Training/CREATED";
    /** A completion was recorded on the training (id). */
    public static final String TRAINING_UPDATED = "jp/kyodo/training/Training/UPDATED";
    /** Staff who have not completed a training were reminded (id of the training, {@value #COUNT}). */
    public static final String REMINDER_CREATED = "jp/kyodo/training/Reminder/CREATED";

    public static final String SURVEY_CREATED = "jp/kyodo/training/Survey/CREATED";
    /** Responses were added (id of the survey). */
    public static final String SURVEY_UPDATED = "jp/kyodo/training/Survey/UPDATED";
    /** Points were earned, redeemed or expired (id of the person). */
    public static final String POINTS_UPDATED = "jp/kyodo/training/Points/UPDATED";

    /** Every training topic. */
    public static final String ALL = "jp/kyodo/training/*";

    private TrainingTopics() {}
}
