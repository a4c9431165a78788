package jp.kyodo.training.ui.internal;

import jp.kyodo.registry.PartnerDirectory;
import jp.kyodo.training.Courses;
import jp.kyodo.training.StaffTrainings;
import jp.kyodo.training.Surveys;
import jp.kyodo.training.VolunteerPoints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The services the training pages, cards, search and REST API call, in one bundle-private service so that each
 * contribution needs a single reference.
 */
@Component(service = TrainingServices.class)
public final class TrainingServices {

    private final Courses courses;
    private final StaffTrainings trainings;
    private final Surveys surveys;
    private final VolunteerPoints points;
    private final PartnerDirectory directory;

    @Activate
    public TrainingServices(
            @Reference Courses courses,
            @Reference StaffTrainings trainings,
            @Reference Surveys surveys,
            @Reference VolunteerPoints points,
            @Reference PartnerDirectory directory) {
        this.courses = courses;
        this.trainings = trainings;
        this.surveys = surveys;
        this.points = points;
        this.directory = directory;
    }

    public Courses courses() {
        return courses;
    }

    public StaffTrainings trainings() {
        return trainings;
    }

    public Surveys surveys() {
        return surveys;
    }

    public VolunteerPoints points() {
        return points;
    }

    public PartnerDirectory directory() {
        return directory;
    }
}
