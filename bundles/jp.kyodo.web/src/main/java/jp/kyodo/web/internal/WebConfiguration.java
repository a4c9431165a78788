package jp.kyodo.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.web.cfg */
@ObjectClassDefinition(
        id = WebConfiguration.PID,
        name = "Kyodo web",
        description = "The web server, the shell and the REST API.")
public @interface WebConfiguration {

    String PID = "jp.kyodo.web";

    @AttributeDefinition(description = "HTTP port of the web UI and the REST API.")
    int httpPort() default 8181;

    @AttributeDefinition(
            description = "Address to listen on: 0.0.0.0 for every interface, 127.0.0.1 behind a reverse proxy on "
                    + "the same machine.")
    String bindAddress() default "0.0.0.0";

    @AttributeDefinition(description = "Minutes without activity after which a user is signed out.", min = "1")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(description = "The city's name, shown in the header and on the login page (e.g. 協働市).")
    String cityName() default "";

    @AttributeDefinition(
            description = "API tokens of machine clients, comma separated, each client:roles:sha256 where roles are "
                    + "Kyodo role names joined with '+' and sha256 is the hex SHA-256 of the token "
                    + "(printf %s TOKEN | sha256sum). Example: opendata:kyodo-viewer:9f86d0….")
    String[] apiTokens() default {};

    @AttributeDefinition(
            description = "Trust X-Forwarded-For/-Proto headers (only when a reverse proxy in front of Kyodo sets "
                    + "them; otherwise clients could fake their address in the audit log).")
    boolean forwardedHeaders() default false;

    @AttributeDefinition(
            description = "This node's name when several Kyodo nodes share one database behind a load balancer: "
                    + "letters and digits, at most 32, different on each node (e.g. a, b). Session ids end in "
                    + "'.<name>' (cookie KYODO_SESSION) so that the proxy sends each user back to their node "
                    + "(docs/cluster/). Empty: a single node, Jetty's default.")
    String nodeName() default "";
}
