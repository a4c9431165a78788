package jp.kyodo.training.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.training.cfg */
@ObjectClassDefinition(name = "Kyodo training", description = "Courses, staff e-learning, surveys, volunteer points.")
public @interface TrainingConfiguration {

    String PID = "jp.kyodo.training";

    @AttributeDefinition(
            description =
                    "TrueType font with Japanese glyphs embedded in certificates (Debian: fonts-ipaexfont-gothic).")
    String certificateFont() default "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    @AttributeDefinition(description = "The issuer printed on certificates of volunteer hours, e.g. 川口市長 ○○ ○○.")
    String certificateIssuer() default "市長";

    @AttributeDefinition(description = "The city's name on certificates, e.g. 川口市.")
    String cityName() default "";

    @AttributeDefinition(description = "Category of the events courses are published as (自治体標準オープンデータセット).")
    String eventCategory() default "講座・教室";

    @AttributeDefinition(
            description = "Registry id of the department hosting published courses (主催); 0 to publish none.")
    long hostDepartmentId() default 0;

    @AttributeDefinition(description = "Largest survey CSV accepted for import, in megabytes.")
    int maxImportMegabytes() default 20;
}
