package jp.kyodo.web.internal.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.web.internal.registry.RestResource;
import jp.kyodo.web.internal.registry.Whiteboard;
import jp.kyodo.web.internal.security.Access;

/**
 * {@code /api/v1}: the health check, and the plugins' resources reached through a sub-resource
 * locator. The locator looks the resource up on every call, so resources come and go without
 * rebuilding the JAX-RS application, and calls in flight finish on the object they started with.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public final class ApiRoot {

    private final Whiteboard whiteboard;
    private final Health health;

    public ApiRoot(Whiteboard whiteboard, Health health) {
        this.whiteboard = whiteboard;
        this.health = health;
    }

    /** Liveness: 200 while the server runs, with the modules and readiness; no personal data. */
    @GET
    @Path("health")
    public Health.Report health() {
        return health.report();
    }

    /** Readiness: 200 when the platform services are there, else 503. */
    @GET
    @Path("health/ready")
    public Response ready() {
        Health.Report report = health.report();
        return Response.status(report.ready() ? 200 : 503).entity(report).build();
    }

    /** A plugin's public resource ({@link jp.kyodo.web.RestResources#PUBLIC}): no caller, no roles. */
    @Path("public/{resource}")
    public Object publicResource(@PathParam("resource") String path) {
        return whiteboard
                .publicResources()
                .get(path)
                .orElseThrow(() -> new NotFoundException(ExceptionMappers.MESSAGES.get("noResource", path)))
                .resource();
    }

    /** A plugin's resource: checks its roles, then lets JAX-RS match the rest of the path on it. */
    @Path("{resource}")
    public Object resource(@PathParam("resource") String path) {
        RestResource resource = whiteboard
                .restResources()
                .get(path)
                .orElseThrow(() -> new NotFoundException(ExceptionMappers.MESSAGES.get("noResource", path)));
        Actor actor = SecurityContext.current().orElseThrow(AccessDeniedException::new);
        if (!Access.allows(actor, resource.requiredRoles())) {
            throw new AccessDeniedException();
        }
        return resource.resource();
    }
}
