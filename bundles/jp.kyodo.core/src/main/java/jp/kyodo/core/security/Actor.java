package jp.kyodo.core.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a signed-in staff member, or the platform itself running a background job. Services
 * check permissions against it and the audit log records its name and address.
 *
 * @param userName the sign-in name, or {@code system:<component>} for the platform itself
 * @param roles the Kyodo roles granted; may be empty (a user who may do nothing)
 * @param remoteAddress the client's network address, for the audit log; {@code null} when there is none
 */
public record Actor(String userName, Set<Role> roles, String remoteAddress) {

    /** The prefix of {@link #system} actors' names; authenticators must refuse user names starting with it. */
    public static final String SYSTEM_PREFIX = "system:";

    public Actor {
        Objects.requireNonNull(userName, "userName");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * The platform itself, for work no person started (scheduled jobs, start-up tasks, shell commands):
     * named {@code system:<component>} in the audit log and allowed everything.
     *
     * @param component what is acting, e.g. {@code core} or {@code registry-import}
     */
    public static Actor system(String component) {
        if (component == null || component.isBlank()) {
            throw new IllegalArgumentException("component must not be blank");
        }
        return new Actor(SYSTEM_PREFIX + component.strip(), Set.of(Role.ADMIN), null);
    }

    /** Whether the actor has this role or one that includes it (an administrator has every role). */
    public boolean has(Role role) {
        Objects.requireNonNull(role, "role");
        return roles.stream().anyMatch(r -> r.includes(role));
    }

    /** Whether this is the platform itself rather than a person. */
    public boolean isSystem() {
        return userName.startsWith(SYSTEM_PREFIX);
    }
}
