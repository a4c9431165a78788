package jp.kyodo.training.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyodo.core.health.Readiness;
import jp.kyodo.core.health.ReadinessCheck;
import jp.kyodo.training.Courses;
import jp.kyodo.training.StaffTrainings;
import jp.kyodo.training.Surveys;
import jp.kyodo.training.VolunteerPoints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training is ready once its services run — which needs its schema migrated and its persistence unit up.
 * Registered only while they run. A missing certificate font leaves the module ready (only certificates fail)
 * but is named in the detail.
 */
@Component(service = ReadinessCheck.class)
public final class TrainingReadiness implements ReadinessCheck {

    private final TrainingBackend backend;

    @Activate
    public TrainingReadiness(
            @Reference TrainingBackend backend,
            @Reference Courses courses,
            @Reference StaffTrainings trainings,
            @Reference Surveys surveys,
            @Reference VolunteerPoints points) {
        this.backend = backend;
    }

    @Override
    public String name() {
        return "services";
    }

    @Override
    public Readiness check() {
        String font = backend.config().certificateFont();
        return Readiness.ready(
                Files.isReadable(Path.of(font))
                        ? "courses, e-learning, surveys and points running"
                        : "running; certificate font " + font + " missing");
    }
}
