package jp.kyodo.registry.ui.internal.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.ImportReport;
import jp.kyodo.registry.Membership;
import jp.kyodo.registry.Organisation;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationRegistry;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerDirectory;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.Person;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.PersonRegistry;
import jp.kyodo.registry.RegistryStatistics;
import jp.kyodo.registry.RegistryTransfer;
import jp.kyodo.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registry's REST API under {@code /api/v1/registry/} (documented in the module README). Every
 * call runs as the caller, so the services' role checks and masking apply unchanged.
 */
@Component(
        service = Object.class,
        property = {RestResources.PATH + "=registry", RestResources.ROLES + "=kyodo-viewer"})
@Produces(MediaType.APPLICATION_JSON)
public final class RegistryResource {

    /** Body of deactivate / erase. */
    public record Reason(String reason) {}

    /** Body of a new consent. */
    public record ConsentRequest(ConsentScope scope, String recipient, String purpose, LocalDate givenOn) {}

    /** Body of a withdrawal. */
    public record Withdrawal(LocalDate withdrawnOn) {}

    /** Body of a membership. */
    public record MemberRequest(long personId, String role) {}

    static final MessageCatalog MESSAGES =
            MessageCatalog.of(RegistryResource.class, "jp.kyodo.registry.ui.internal.rest.messages");

    private final PartnerDirectory directory;
    private final OrganisationRegistry organisations;
    private final PersonRegistry people;
    private final RegistryTransfer transfer;

    @Activate
    public RegistryResource(
            @Reference PartnerDirectory directory,
            @Reference OrganisationRegistry organisations,
            @Reference PersonRegistry people,
            @Reference RegistryTransfer transfer) {
        this.directory = directory;
        this.organisations = organisations;
        this.people = people;
        this.transfer = transfer;
    }

    /** The filters of a search or an export, as query parameters. */
    public static final class Filters {
        @QueryParam("q")
        String q;

        @QueryParam("type")
        List<String> types;

        @QueryParam("status")
        List<String> statuses;

        @QueryParam("field")
        String field;

        @QueryParam("area")
        String area;

        @QueryParam("certified")
        boolean certified;

        @QueryParam("experts")
        boolean experts;

        @QueryParam("volunteers")
        boolean volunteers;

        @QueryParam("inactive")
        boolean inactive;

        PartnerQuery query() {
            return RegistryResource.query(q, types, statuses, field, area, certified, experts, volunteers, inactive);
        }
    }

    @GET
    @Path("partners")
    public Page<PartnerSummary> search(
            @BeanParam Filters filters,
            @QueryParam("sort") @DefaultValue(PartnerDirectory.SORT_READING) String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return directory.search(filters.query(), new PageRequest(offset, limit, List.of(Sort.asc(sort))));
    }

    static PartnerQuery query(
            String q,
            List<String> types,
            List<String> statuses,
            String field,
            String area,
            boolean certified,
            boolean experts,
            boolean volunteers,
            boolean inactive) {
        Set<PartnerType> t = EnumSet.noneOf(PartnerType.class);
        for (String s : split(types)) {
            t.add(PartnerType.parse(s)
                    .orElseThrow(() -> ValidationException.of(
                            "type",
                            MESSAGES.get(
                                    "type.unknown",
                                    s,
                                    Arrays.stream(PartnerType.values())
                                            .map(Enum::name)
                                            .collect(Collectors.joining(", "))))));
        }
        Set<OrganisationStatus> st = EnumSet.noneOf(OrganisationStatus.class);
        for (String s : split(statuses)) {
            st.add(OrganisationStatus.parse(s)
                    .orElseThrow(() -> ValidationException.of("status", MESSAGES.get("status.unknown", s))));
        }
        return new PartnerQuery(q, t, st, field, area, certified, experts, volunteers, inactive);
    }

    private static List<String> split(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    @GET
    @Path("statistics")
    public RegistryStatistics statistics() {
        return directory.statistics();
    }

    // ---- organisations ----

    @GET
    @Path("organisations/{id}")
    public Organisation organisation(@PathParam("id") long id) {
        return organisations.get(id);
    }

    @POST
    @Path("organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOrganisation(OrganisationDraft draft) {
        Organisation created = organisations.create(required(draft));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("organisations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Organisation updateOrganisation(
            @PathParam("id") long id, @QueryParam("version") Integer version, OrganisationDraft draft) {
        return organisations.update(id, version(version), required(draft));
    }

    @POST
    @Path("organisations/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Organisation deactivateOrganisation(@PathParam("id") long id, Reason body) {
        return organisations.deactivate(id, body == null ? null : body.reason());
    }

    @POST
    @Path("organisations/{id}/reactivate")
    public Organisation reactivateOrganisation(@PathParam("id") long id) {
        return organisations.reactivate(id);
    }

    @POST
    @Path("organisations/duplicates")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PartnerSummary> organisationDuplicates(@QueryParam("except") Long except, OrganisationDraft draft) {
        return organisations.possibleDuplicates(required(draft), except);
    }

    @GET
    @Path("organisations/{id}/members")
    public List<Membership> members(@PathParam("id") long id) {
        return organisations.members(id);
    }

    @POST
    @Path("organisations/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Membership addMember(@PathParam("id") long id, MemberRequest body) {
        if (body == null) {
            throw ValidationException.of("personId", MESSAGES.get("member.personIdRequired"));
        }
        return organisations.addMember(id, body.personId(), body.role());
    }

    // ---- people ----

    @GET
    @Path("people/{id}")
    public Person person(@PathParam("id") long id) {
        return people.get(id);
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPerson(PersonDraft draft) {
        Person created = people.create(required(draft));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("people/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person updatePerson(@PathParam("id") long id, @QueryParam("version") Integer version, PersonDraft draft) {
        return people.update(id, version(version), required(draft));
    }

    @POST
    @Path("people/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person deactivatePerson(@PathParam("id") long id, Reason body) {
        return people.deactivate(id, body == null ? null : body.reason());
    }

    @POST
    @Path("people/{id}/reactivate")
    public Person reactivatePerson(@PathParam("id") long id) {
        return people.reactivate(id);
    }

    @POST
    @Path("people/{id}/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person erase(@PathParam("id") long id, Reason body) {
        return people.erase(id, body == null ? null : body.reason());
    }

    @GET
    @Path("people/{id}/consents")
    public List<Consent> consents(@PathParam("id") long id) {
        return people.consents(id);
    }

    @POST
    @Path("people/{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Consent recordConsent(@PathParam("id") long id, ConsentRequest body) {
        if (body == null) {
            throw ValidationException.of("scope", MESSAGES.get("consent.scopeRequired"));
        }
        return people.recordConsent(id, body.scope(), body.recipient(), body.purpose(), body.givenOn());
    }

    @POST
    @Path("consents/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Consent withdraw(@PathParam("id") long id, Withdrawal body) {
        return people.withdrawConsent(id, body == null ? null : body.withdrawnOn());
    }

    // ---- import / export ----

    /** The import report as JSON, its messages in the caller's language. */
    public record ImportAnswer(
            PartnerKind kind, String encoding, int rows, List<RowAnswer> errors, boolean committed, int imported) {

        static ImportAnswer of(ImportReport report, Locale locale) {
            return new ImportAnswer(
                    report.kind(),
                    report.encoding(),
                    report.rows(),
                    report.errors().stream()
                            .map(e -> new RowAnswer(e.row(), e.column(), e.message(locale)))
                            .toList(),
                    report.committed(),
                    report.imported());
        }
    }

    /** One problem of an imported file. */
    public record RowAnswer(int row, String column, String message) {}

    /**
     * Body: the CSV file as sent (any content type). {@code commit=false} (default) is the dry run. The
     * report's messages are in the {@code Accept-Language} asked for (Japanese by default).
     */
    @POST
    @Path("import/{kind}")
    @Consumes(MediaType.WILDCARD)
    public ImportAnswer importCsv(
            @PathParam("kind") String kind,
            @QueryParam("commit") boolean commit,
            @Context HttpHeaders headers,
            InputStream csv)
            throws IOException {
        return ImportAnswer.of(transfer.importCsv(kind(kind), csv, commit, null), language(headers));
    }

    static Locale language(HttpHeaders headers) {
        return RestResources.language(headers);
    }

    @GET
    @Path("export/{kind}")
    @Produces("text/csv")
    public Response exportCsv(@PathParam("kind") String kind, @BeanParam Filters filters) {
        PartnerKind k = kind(kind);
        PartnerQuery query = filters.query();
        // the role is checked before the response starts (the service checks again)
        Actor actor = Permissions.requireRole(k == PartnerKind.PERSON ? Role.COORDINATOR : Role.STAFF);
        StreamingOutput body = out -> SecurityContext.callAs(actor, () -> transfer.exportCsv(k, query, out));
        String name = (k == PartnerKind.ORGANISATION ? "団体一覧" : "個人一覧") + "_" + LocalDate.now() + ".csv";
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .build();
    }

    private static PartnerKind kind(String kind) {
        return switch (kind) {
            case "organisations" -> PartnerKind.ORGANISATION;
            case "people" -> PartnerKind.PERSON;
            default -> throw ValidationException.of("kind", MESSAGES.get("import.kind"));
        };
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.of("body", MESSAGES.get("body.required"));
        }
        return body;
    }

    private static int version(Integer version) {
        if (version == null) {
            throw ValidationException.of("version", MESSAGES.get("version.required"));
        }
        return version;
    }
}
