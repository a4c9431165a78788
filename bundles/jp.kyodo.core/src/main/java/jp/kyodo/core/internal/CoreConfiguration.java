package jp.kyodo.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.core.cfg */
@ObjectClassDefinition(
        name = "Kyodo core",
        description = "Security base of the platform: login realm, the first administrator, and the throttling "
                + "of failed sign-ins and API tokens.")
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

    @AttributeDefinition(
            description = "Failed sign-ins of one account within the window after which each further attempt "
                    + "must wait (firstDelaySeconds, doubling up to maxDelaySeconds).",
            min = "1")
    int accountDelayAfter() default 3;

    @AttributeDefinition(
            description = "Failed sign-ins of one account within the window that lock it for lockMinutes; "
                    + "a successful sign-in resets the count.",
            min = "1")
    int accountLockAfter() default 10;

    @AttributeDefinition(
            description = "Failed sign-ins and API tokens from one client address within the window after which "
                    + "its attempts must wait. Higher than for accounts: staff behind one proxy share an address.",
            min = "1")
    int addressDelayAfter() default 10;

    @AttributeDefinition(
            description = "Failed sign-ins and API tokens from one client address within the window that lock "
                    + "the address for lockMinutes.",
            min = "1")
    int addressLockAfter() default 30;

    @AttributeDefinition(description = "The window failures are counted in, in minutes.", min = "1")
    int failureWindowMinutes() default 15;

    @AttributeDefinition(
            description = "How long a lock lasts, in minutes (an administrator can lift it sooner).",
            min = "1")
    int lockMinutes() default 15;

    @AttributeDefinition(
            description = "The first wait after accountDelayAfter / addressDelayAfter failures.",
            min = "1")
    int firstDelaySeconds() default 1;

    @AttributeDefinition(
            description = "The longest wait between attempts before a lock. Keep the lock reachable: the waits up "
                    + "to accountLockAfter / addressLockAfter failures must fit in the window (logged if not).",
            min = "1")
    int maxDelaySeconds() default 30;
}
