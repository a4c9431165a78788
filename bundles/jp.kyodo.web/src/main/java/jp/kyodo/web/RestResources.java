package jp.kyodo.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;

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
 * <p><b>Security.</b> Every call (except to a {@value #PUBLIC} resource) is authenticated, either by the browser session of a signed-in
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

    /**
     * Service property (Boolean or {@code "true"}): the resource is open to anyone, without sign-in or token,
     * and is mounted under {@code /api/v1/public/<path>/} instead of {@code /api/v1/<path>/}. Only {@code GET}
     * and {@code HEAD} reach it (anything else is answered 405), {@value #ROLES} does not apply and no user is
     * in the security context: the services it calls must offer what they return to the public (an iCalendar
     * feed, an open-data list) — never personal data. A module registers its public resource as a second,
     * separate service next to its staff resource.
     */
    public static final String PUBLIC = "kyodo.rest.public";

    /**
     * Service property (Boolean or {@code "true"}) of a {@value #PUBLIC} resource that authenticates each request
     * itself — a message signed with a key registered beforehand, as the exchange between cities sends: {@code
     * POST}, {@code PUT} and {@code DELETE} reach it too. Still nobody is in the security context: the resource
     * decides on the signature alone, and answers 4xx to anything it cannot verify.
     */
    public static final String PUBLIC_WRITES = "kyodo.rest.public.writes";

    /** Where public resources are mounted, under {@code /api/v1/}. */
    public static final String PUBLIC_PREFIX = "public";

    private static final MessageCatalog MESSAGES =
            MessageCatalog.of(RestResources.class, "jp.kyodo.web.internal.rest.messages");

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
    public static Locale language(HttpHeaders headers) {
        if (headers != null) {
            try {
                for (Locale l : headers.getAcceptableLanguages()) {
                    if (l.getLanguage().equals("en") || l.getLanguage().equals("ja")) {
                        return l;
                    }
                }
            } catch (RuntimeException malformed) {
                // a malformed Accept-Language header: the default language
            }
        }
        return Locale.JAPANESE;
    }

    /**
     * A list as a CSV download (UTF-8 with BOM, {@code <name>_<date>.csv}). The first page is read before
     * answering, so a refusal is a 403 JSON answer rather than a broken download; the rows are written as the
     * caller.
     */
    public static <T> Response csv(String name, CsvTable<T> table, Function<PageRequest, Page<T>> search) {
        Actor actor = SecurityContext.require();
        search.apply(PageRequest.first(1));
        StreamingOutput body = out -> SecurityContext.callAs(actor, () -> table.write(out, search));
        return download(name + "_" + LocalDate.now(Formats.ZONE) + ".csv", "text/csv; charset=UTF-8", body);
    }

    /** A download: the body with its type and an attachment file name (any characters, RFC 6266). */
    public static Response download(String fileName, String contentType, Object body) {
        return Response.ok(body, contentType)
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .build();
    }

    /** 201 Created with the stored record. */
    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    /**
     * {@code sort=title,-due}: the service's sort keys, comma separated, a leading minus for descending; none
     * for the list's own order.
     */
    public static List<Sort> sorts(String sort) {
        if (sort == null || sort.isBlank()) {
            return List.of();
        }
        return Arrays.stream(sort.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty() && !k.equals("-"))
                .map(k -> k.startsWith("-") ? Sort.desc(k.substring(1)) : Sort.asc(k))
                .toList();
    }

    /** Constant names, several as repeated parameters or comma separated; an unknown name is a 400. */
    public static <E extends Enum<E>> Set<E> enums(Class<E> type, String field, List<String> values) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (values == null) {
            return out;
        }
        for (String v : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(one(type, field, part));
                }
            }
        }
        return out;
    }

    /** A constant by name, any case; null for none; an unknown name is a 400 naming the known ones. */
    public static <E extends Enum<E>> E one(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(
                        field,
                        MESSAGES.get(
                                "rest.constant",
                                value,
                                Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", ")))));
    }

    /** The request's JSON body; a missing one is a 400. */
    public static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.of("body", MESSAGES.get("rest.body"));
        }
        return body;
    }

    /** The version the client read ({@code ?version=N} or in the body); a missing one is a 400. */
    public static int version(Integer version) {
        if (version == null) {
            throw ValidationException.of("version", MESSAGES.get("rest.version"));
        }
        return version;
    }
}
