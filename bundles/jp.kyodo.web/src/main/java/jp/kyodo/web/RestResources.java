package jp.kyodo.web;

/**
 * REST resources: register any object with JAX-RS ({@code jakarta.ws.rs}) annotated methods as an
 * OSGi service (of any service interface, often just {@code Object}) with the service property
 * {@value #PATH}; the shell serves it under {@code /api/v1/<path>/} while the service is registered.
 *
 * <pre>
 * &#64;Component(service = Object.class, property = {
 *         RestResources.PATH + "=events",
 *         RestResources.ROLES + "=kyodo-staff"})
 * &#64;Produces(MediaType.APPLICATION_JSON)
 * public final class EventsResource {
 *     &#64;GET &#64;Path("{id}")
 *     public EventDto get(&#64;PathParam("id") long id) { … }
 * }
 * </pre>
 *
 * The class-level {@code @Path} of the object, if any, is not used: the mount point is the
 * property. Methods take and return JSON (Jackson; records work, {@code java.time} types are ISO
 * strings).
 *
 * <p><b>Security.</b> Every call is authenticated, either by the browser session of a signed-in
 * user or by an API token ({@code Authorization: Bearer <token>}) that the administrator configured
 * for a machine client. The signed-in user is in {@link jp.kyodo.core.security.SecurityContext}
 * during the call. The roles in {@value #ROLES} are checked before the resource is reached; a
 * method annotated with {@code jakarta.annotation.security.RolesAllowed} (Kyodo role names, e.g.
 * {@code "kyodo-coordinator"}) is checked as well.
 *
 * <p><b>Errors.</b> Throw the core's exceptions; the shell answers with {@code
 * {"error":"<code>","message":"…","fields":[{"field":"…","message":"…"}]}} and the status: {@link
 * jp.kyodo.core.ValidationException} 400, {@link jp.kyodo.core.AccessDeniedException} 403, a
 * {@link jp.kyodo.core.DomainException} with code {@code not-found} 404, with code {@code conflict}
 * 409, any other {@code DomainException} 400. Unexpected exceptions give 500 with no details (they
 * are logged).
 */
public final class RestResources {

    /**
     * Service property: the path segment under {@code /api/v1/} the resource is mounted at, e.g.
     * {@code "events"}; letters, digits, {@code -} and {@code _}. The first resource of a path wins
     * while it is registered. {@code health} is reserved.
     */
    public static final String PATH = "kyodo.rest.path";

    /**
     * Service property (String or String[]): Kyodo role names of which the caller needs at least one
     * for every method of the resource, e.g. {@code kyodo-staff}. Absent means every authenticated
     * caller.
     */
    public static final String ROLES = "kyodo.rest.roles";

    private RestResources() {}

    /**
     * The language to answer in: the first of Kyodo's languages (Japanese, English) the client accepts in
     * {@code Accept-Language}; Japanese when it names neither or the header is malformed. Error answers
     * use it; a resource that returns texts itself (a report, explanations) should too:
     *
     * <pre>
     * public Report get(&#64;Context HttpHeaders headers) { … message.in(RestResources.language(headers)) … }
     * </pre>
     */
    public static java.util.Locale language(jakarta.ws.rs.core.HttpHeaders headers) {
        if (headers != null) {
            try {
                for (java.util.Locale l : headers.getAcceptableLanguages()) {
                    if (l.getLanguage().equals("en") || l.getLanguage().equals("ja")) {
                        return l;
                    }
                }
            } catch (RuntimeException malformed) {
                // a malformed Accept-Language header: the default language
            }
        }
        return java.util.Locale.JAPANESE;
    }
}
