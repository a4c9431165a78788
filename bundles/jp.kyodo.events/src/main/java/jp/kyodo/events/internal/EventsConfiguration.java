package jp.kyodo.events.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.events.cfg */
@ObjectClassDefinition(name = "Kyodo events", description = "Events, venues and room booking.")
public @interface EventsConfiguration {

    String PID = "jp.kyodo.events";

    @AttributeDefinition(description = "The city's 全国地方公共団体コード (6 digits) written into the event-list CSV.")
    String cityCode() default "112038";

    @AttributeDefinition(description = "The city's name written into the event-list CSV (地方公共団体名).")
    String cityName() default "川口市";

    @AttributeDefinition(description = "The prefecture's name written into the event-list CSV.")
    String prefecture() default "埼玉県";

    @AttributeDefinition(
            description = "A folder of further event-list layouts (*.layout, one 'column,field' per line), e.g. a new "
                    + "edition of the national layout; empty for the built-in ones only.")
    String layoutFolder() default "";

    @AttributeDefinition(description = "The layout exports are written in.")
    String exportLayout() default "current";

    @AttributeDefinition(description = "Largest event-list file accepted for import, in megabytes.")
    int maxImportMegabytes() default 20;
}
