package jp.kyodo.training.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import jp.kyodo.core.health.Readiness;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private static Readiness check(String font) {
        TrainingConfiguration config = new TrainingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TrainingConfiguration.class;
            }

            @Override
            public String certificateFont() {
                return font;
            }

            @Override
            public String certificateIssuer() {
                return "";
            }

            @Override
            public String cityName() {
                return "";
            }

            @Override
            public String eventCategory() {
                return "";
            }

            @Override
            public long hostDepartmentId() {
                return 0;
            }

            @Override
            public int maxImportMegabytes() {
                return 1;
            }
        };
        TrainingBackend backend = new TrainingBackend(null, null, null, null, null, Clock.systemUTC(), config);
        return new TrainingReadiness(backend, null, null, null, null).check();
    }

    @Test
    void readyWhileTheServicesRunAndAMissingFontIsNamed() {
        Readiness installed = check(TrainingKit.config().certificateFont());
        assertTrue(installed.ready());
        assertTrue(installed.detail().contains("courses"), installed.detail());
        Readiness missing = check("/nowhere/font.ttf");
        assertTrue(missing.ready(), "only certificates fail");
        assertTrue(missing.detail().contains("/nowhere/font.ttf"), missing.detail());
    }
}
