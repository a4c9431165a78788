package jp.kyodo.training.ui.internal;

/** The training module's routes. */
final class Routes {

    static final String COURSES = "training/courses";
    static final String COURSE = "training/course";
    static final String COURSE_EDIT = "training/course/edit";
    static final String ELEARNING = "training/elearning";
    static final String TRAINING = "training/elearning/training";
    static final String SURVEY = "training/survey";
    static final String POINTS = "training/points";

    private Routes() {}

    static String course(long id) {
        return COURSE + "?id=" + id;
    }

    static String training(long id) {
        return TRAINING + "?id=" + id;
    }

    static String survey(long id) {
        return SURVEY + "?id=" + id;
    }

    static String edit(long id) {
        return COURSE_EDIT + "?id=" + id;
    }
}
