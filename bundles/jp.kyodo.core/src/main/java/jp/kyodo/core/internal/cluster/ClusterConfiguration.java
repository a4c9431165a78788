package jp.kyodo.core.internal.cluster;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.cluster.cfg (optional: one node needs none of it). */
@ObjectClassDefinition(
        name = "Kyodo cluster",
        description = "Several Kyodo nodes on one PostgreSQL database: how each node follows the others' changes.")
public @interface ClusterConfiguration {

    String PID = "jp.kyodo.cluster";

    @AttributeDefinition(
            description = "The change feed: auto = on with PostgreSQL (where several nodes can share the database), "
                    + "off on embedded Derby (one node); on / off to force it.",
            options = {
                @org.osgi.service.metatype.annotations.Option(value = "auto"),
                @org.osgi.service.metatype.annotations.Option(value = "on"),
                @org.osgi.service.metatype.annotations.Option(value = "off")
            })
    String changeFeed() default "auto";

    @AttributeDefinition(description = "How often a node reads the others' changes, in milliseconds.", min = "50")
    int pollMillis() default 250;

    @AttributeDefinition(description = "How long changes are kept in the table, in hours.", min = "1")
    int retentionHours() default 24;
}
