package jp.kyodo.web.internal.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.web.internal.security.Access;

/**
 * Checks {@code @RolesAllowed} (Kyodo role names) on the matched resource method or its class. Runs
 * after matching, so it sees the methods of the plugins' resources reached through {@link ApiRoot}.
 */
@Priority(Priorities.AUTHORIZATION)
final class RolesAllowedFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            throw new AccessDeniedException();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(PermitAll.class)) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : allowed.value()) {
            Role.fromRoleName(name).ifPresent(roles::add);
        }
        Actor actor = SecurityContext.current().orElse(null);
        // an annotation naming no Kyodo role admits administrators only
        if (!Access.allows(actor, roles.isEmpty() ? Set.of(Role.ADMIN) : roles)) {
            throw new AccessDeniedException();
        }
    }
}
