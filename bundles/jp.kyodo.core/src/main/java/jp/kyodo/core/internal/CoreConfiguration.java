package jp.kyodo.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.core.cfg */
@ObjectClassDefinition(
        name = "Kyodo core",
        description = "Security base of the platform: login realm and the first administrator.")
public @interface CoreConfiguration {

    String PID = "jp.kyodo.core";

    @AttributeDefinition(
            description = "JAAS realm staff log in through (karaf = etc/users.properties; see README for LDAP).")
    String realm() default "karaf";

    @AttributeDefinition(
            description = "User name of the administrator created on first start when no kyodo-admin exists.")
    String adminUser() default "admin";

    @AttributeDefinition(
            description = "Users file of the properties realm; empty = ${karaf.etc}/users.properties. "
                    + "Not used when the realm is LDAP.")
    String usersFile() default "";

    @AttributeDefinition(
            description = "File holding the first administrator's password at install time (read once, then deleted); "
                    + "empty = ${karaf.etc}/kyodo-admin.password. The KYODO_ADMIN_PASSWORD environment variable wins.")
    String adminPasswordFile() default "";
}
