package jp.kyodo.web.internal.registry;

import java.util.Set;
import jp.kyodo.core.security.Role;

/**
 * A REST resource service with its mount point.
 *
 * @param path the segment under {@code /api/v1/}
 * @param resource the JAX-RS annotated object
 * @param requiredRoles roles of which a caller needs one; empty = any authenticated caller
 * @param open served to anyone under {@code /api/v1/public/<path>/} (read only, no caller)
 */
public record RestResource(String path, Object resource, Set<Role> requiredRoles, boolean open, boolean writable) {

    public RestResource {
        requiredRoles = Set.copyOf(requiredRoles);
    }

    // identity semantics: two registrations of equal values are still two registrations
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
