package jp.kyodo.core.security;

import java.util.Optional;

/**
 * Kyodo's roles, from most to least powerful. Each role includes the rights of those below it, so
 * services ask for the least role an operation needs ({@code Permissions.requireRole(Role.STAFF)}) and
 * administrators and coordinators pass too.
 *
 * <p>The {@link #roleName()} is what the JAAS realm (Karaf's users file, LDAP groups) grants; it is
 * stored and configured, so it must never change.
 */
public enum Role {
    /** Operates the platform: modules, configuration, users, backups. */
    ADMIN("kyodo-admin", "管理者", 4),
    /** 協働推進課 staff and coordinators: the partner registry, matching, personal data, the audit log. */
    COORDINATOR("kyodo-coordinator", "協働推進担当", 3),
    /** Staff of other departments (所管課): proposals routed to them, their collaboration projects. */
    STAFF("kyodo-staff", "職員", 2),
    /** Read-only access without personal data, e.g. committee members reading dashboards. */
    VIEWER("kyodo-viewer", "閲覧者", 1);

    private final String roleName;
    private final String labelJa;
    private final int level;

    Role(String roleName, String labelJa, int level) {
        this.roleName = roleName;
        this.labelJa = labelJa;
        this.level = level;
    }

    /** The name the JAAS realm grants, e.g. {@code kyodo-admin}. */
    public String roleName() {
        return roleName;
    }

    /** The Japanese label shown to staff, e.g. 協働推進担当. */
    public String labelJa() {
        return labelJa;
    }

    /** Whether this role has every right of {@code other}: ADMIN ⊇ COORDINATOR ⊇ STAFF ⊇ VIEWER. */
    public boolean includes(Role other) {
        return level >= other.level;
    }

    /** The role granted under this name; empty for names that are not Kyodo roles. */
    public static Optional<Role> fromRoleName(String roleName) {
        if (roleName == null) {
            return Optional.empty();
        }
        String name = roleName.strip();
        for (Role role : values()) {
            if (role.roleName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
