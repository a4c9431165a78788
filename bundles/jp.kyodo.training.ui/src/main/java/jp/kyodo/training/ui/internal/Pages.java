package jp.kyodo.training.ui.internal;

import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The training module's pages, one DS component each. Courses, e-learning and survey results are open to every
 * signed-in user (the services leave out what they may not see); volunteer points need staff; planning courses
 * needs a coordinator — as the services require.
 */
public final class Pages {

    private static final Set<Role> EVERYONE = Set.of();

    private Pages() {}

    @Component(service = ViewContribution.class)
    public static final class CoursesPage extends TrainingPage {
        @Activate
        public CoursesPage(@Reference TrainingServices s) {
            super(
                    Routes.COURSES,
                    "training.courses.title",
                    "vaadin:academy-cap",
                    100,
                    EVERYONE,
                    () -> new CourseListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class CoursePage extends TrainingPage {
        @Activate
        public CoursePage(@Reference TrainingServices s) {
            super(Routes.COURSE, "training.course.pageTitle", EVERYONE, () -> new CourseView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class CourseEditPage extends TrainingPage {
        @Activate
        public CourseEditPage(@Reference TrainingServices s) {
            super(
                    Routes.COURSE_EDIT,
                    "training.courseForm.pageTitle",
                    Set.of(Role.COORDINATOR),
                    () -> new CourseForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ElearningPage extends TrainingPage {
        @Activate
        public ElearningPage(@Reference TrainingServices s) {
            super(
                    Routes.ELEARNING,
                    "training.elearning.title",
                    "vaadin:play-circle",
                    110,
                    EVERYONE,
                    () -> new ElearningView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class TrainingRecordPage extends TrainingPage {
        @Activate
        public TrainingRecordPage(@Reference TrainingServices s) {
            super(Routes.TRAINING, "training.training.pageTitle", EVERYONE, () -> new TrainingView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class SurveyPage extends TrainingPage {
        @Activate
        public SurveyPage(@Reference TrainingServices s) {
            super(Routes.SURVEY, "training.survey.pageTitle", EVERYONE, () -> new SurveyView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class PointsPage extends TrainingPage {
        @Activate
        public PointsPage(@Reference TrainingServices s) {
            super(
                    Routes.POINTS,
                    "training.points.title",
                    "vaadin:star",
                    120,
                    Set.of(Role.STAFF),
                    () -> new PointsView(s));
        }
    }
}
