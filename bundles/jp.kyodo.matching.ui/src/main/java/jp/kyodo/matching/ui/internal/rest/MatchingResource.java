package jp.kyodo.matching.ui.internal.rest;

import static jp.kyodo.web.RestResources.created;
import static jp.kyodo.web.RestResources.csv;
import static jp.kyodo.web.RestResources.enums;
import static jp.kyodo.web.RestResources.one;
import static jp.kyodo.web.RestResources.required;
import static jp.kyodo.web.RestResources.sorts;
import static jp.kyodo.web.RestResources.version;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.Agenda;
import jp.kyodo.matching.AgendaDraft;
import jp.kyodo.matching.Candidate;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskItemDraft;
import jp.kyodo.matching.DeskQuery;
import jp.kyodo.matching.DeskStatistics;
import jp.kyodo.matching.DeskStatus;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.NeedQuery;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.Offer;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.matching.OfferQuery;
import jp.kyodo.matching.OfferStatus;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectQuery;
import jp.kyodo.matching.ui.internal.CsvLayouts;
import jp.kyodo.matching.ui.internal.MatchingServices;
import jp.kyodo.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The matching module's REST API under {@code /api/v1/matching/} (documented in the module README). Every
 * call runs as the caller, so the services' role checks and the masking of private persons apply
 * unchanged; bad input is answered with the core's exceptions (400/403/404/409 JSON in the client's
 * language).
 */
@Component(
        service = Object.class,
        property = {RestResources.PATH + "=matching", RestResources.ROLES + "=kyodo-viewer"})
@Produces(MediaType.APPLICATION_JSON)
public final class MatchingResource {

    /** Body of a need's status change. */
    public record StatusChange(Integer version, NeedStatus status, String note) {}

    /** Body of a proposal: {@code {"candidate":"PERSON:12","note":"…"}}. */
    public record Proposal(String candidate, String note) {}

    /** Body of a move: {@code {"version":1,"stage":"CONTACTED","note":"…"}}. */
    public record Move(Integer version, MatchStage stage, String note) {}

    /** Body carrying only the version that was read (withdraw). */
    public record Version(Integer version) {}

    /** Body of route and forward. */
    public record Routing(Integer version, Long departmentId, String owner, LocalDate dueOn, String note) {}

    /** Body of accept ({@code answer}) and decline ({@code reason}). */
    public record Answer(Integer version, String answer, String reason) {}

    /** A ranked candidate with its explanation in the client's language. */
    public record CandidateView(
            String candidate,
            String kind,
            String name,
            String detail,
            boolean expert,
            Set<String> fieldCodes,
            Set<String> areaCodes,
            double score,
            List<Term> terms) {}

    /** One term of a score. */
    public record Term(String rule, String label, double points, String reason) {}

    private static final MessageCatalog MESSAGES =
            MessageCatalog.of(MatchingResource.class, "jp.kyodo.matching.ui.internal.rest.messages");

    private final MatchingServices services;

    @Activate
    public MatchingResource(@Reference MatchingServices services) {
        this.services = services;
    }

    // ---- needs ----------------------------------------------------------------------------------

    @GET
    @Path("needs")
    public Page<Need> needs(
            @QueryParam("q") String q,
            @QueryParam("status") List<String> status,
            @QueryParam("kind") String kind,
            @QueryParam("field") String field,
            @QueryParam("owner") Long owner,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.needs()
                .search(needQuery(q, status, kind, field, owner), new PageRequest(offset, limit, sorts(sort)));
    }

    private static NeedQuery needQuery(String q, List<String> status, String kind, String field, Long owner) {
        return new NeedQuery(
                q, enums(NeedStatus.class, "status", status), one(NeedKind.class, "kind", kind), field, owner);
    }

    @GET
    @Path("needs/export")
    @Produces("text/csv")
    public Response exportNeeds(
            @QueryParam("q") String q,
            @QueryParam("status") List<String> status,
            @QueryParam("kind") String kind,
            @QueryParam("field") String field,
            @QueryParam("owner") Long owner) {
        NeedQuery query = needQuery(q, status, kind, field, owner);
        return csv("ニーズ一覧", CsvLayouts.of(services).needs(), page -> services.needs()
                .search(query, page));
    }

    @GET
    @Path("needs/{id}")
    public Need need(@PathParam("id") long id) {
        return services.needs().get(id);
    }

    @POST
    @Path("needs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createNeed(NeedDraft draft) {
        return created(services.needs().create(required(draft)));
    }

    @PUT
    @Path("needs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Need updateNeed(@PathParam("id") long id, @QueryParam("version") Integer version, NeedDraft draft) {
        return services.needs().update(id, version(version), required(draft));
    }

    @POST
    @Path("needs/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Need needStatus(@PathParam("id") long id, StatusChange body) {
        StatusChange b = required(body);
        return services.needs().setStatus(id, version(b.version()), b.status(), b.note());
    }

    /** The best candidates, each score explained term by term in the client's language. */
    @GET
    @Path("needs/{id}/candidates")
    public List<CandidateView> candidates(
            @PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @Context HttpHeaders headers) {
        Locale locale = RestResources.language(headers);
        return services.matcher().candidates(id, limit).stream()
                .map(c -> view(c, locale))
                .toList();
    }

    static CandidateView view(Candidate c, Locale locale) {
        return new CandidateView(
                c.ref().toString(),
                c.ref().kind().name(),
                c.name(),
                c.detail(),
                c.expert(),
                c.fieldCodes(),
                c.areaCodes(),
                c.score(),
                c.terms().stream()
                        .map(t -> new Term(
                                t.rule(),
                                t.label().in(locale),
                                t.points(),
                                t.reason().in(locale)))
                        .toList());
    }

    @GET
    @Path("needs/{id}/matches")
    public Page<Match> matchesOfNeed(
            @PathParam("id") long id,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.pipeline().search(MatchQuery.of(id), new PageRequest(offset, limit, null));
    }

    @POST
    @Path("needs/{id}/matches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(@PathParam("id") long id, Proposal body) {
        Proposal b = required(body);
        return created(services.pipeline().propose(id, candidate(b.candidate()), b.note()));
    }

    // ---- offers ---------------------------------------------------------------------------------

    @GET
    @Path("offers")
    public Page<Offer> offers(
            @QueryParam("q") String q,
            @QueryParam("status") List<String> status,
            @QueryParam("kind") String kind,
            @QueryParam("provider") Long provider,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.offers()
                .search(offerQuery(q, status, kind, provider), new PageRequest(offset, limit, sorts(sort)));
    }

    private static OfferQuery offerQuery(String q, List<String> status, String kind, Long provider) {
        return new OfferQuery(
                q, enums(OfferStatus.class, "status", status), one(OfferKind.class, "kind", kind), provider);
    }

    @GET
    @Path("offers/export")
    @Produces("text/csv")
    public Response exportOffers(
            @QueryParam("q") String q,
            @QueryParam("status") List<String> status,
            @QueryParam("kind") String kind,
            @QueryParam("provider") Long provider) {
        OfferQuery query = offerQuery(q, status, kind, provider);
        return csv(
                "申し出一覧",
                CsvLayouts.of(services).offers(Permissions.hasRole(Role.COORDINATOR)),
                page -> services.offers().search(query, page));
    }

    @GET
    @Path("offers/{id}")
    public Offer offer(@PathParam("id") long id) {
        return services.offers().get(id);
    }

    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOffer(OfferDraft draft) {
        return created(services.offers().create(required(draft)));
    }

    @PUT
    @Path("offers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Offer updateOffer(@PathParam("id") long id, @QueryParam("version") Integer version, OfferDraft draft) {
        return services.offers().update(id, version(version), required(draft));
    }

    @POST
    @Path("offers/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Offer withdraw(@PathParam("id") long id, Version body) {
        return services.offers().withdraw(id, version(required(body).version()));
    }

    // ---- matches and case studies ---------------------------------------------------------------

    @GET
    @Path("matches")
    public Page<Match> matches(
            @QueryParam("stage") List<String> stage,
            @QueryParam("need") Long need,
            @QueryParam("stale") boolean stale,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.pipeline()
                .search(
                        new MatchQuery(enums(MatchStage.class, "stage", stage), need, stale),
                        new PageRequest(offset, limit, sorts(sort)));
    }

    @GET
    @Path("matches/export")
    @Produces("text/csv")
    public Response exportMatches(
            @QueryParam("stage") List<String> stage,
            @QueryParam("need") Long need,
            @QueryParam("stale") boolean stale) {
        MatchQuery query = new MatchQuery(enums(MatchStage.class, "stage", stage), need, stale);
        return csv("マッチ一覧", CsvLayouts.of(services).matches(), page -> services.pipeline()
                .search(query, page));
    }

    @GET
    @Path("matches/{id}")
    public Match match(@PathParam("id") long id) {
        return services.pipeline().get(id);
    }

    @POST
    @Path("matches/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public Match move(@PathParam("id") long id, Move body) {
        Move b = required(body);
        return services.pipeline().move(id, version(b.version()), b.stage(), b.note());
    }

    @POST
    @Path("matches/{id}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response writeCase(@PathParam("id") long id, CaseDraft draft) {
        return created(services.pipeline().writeCase(id, required(draft)));
    }

    @GET
    @Path("cases")
    public Page<CaseStudy> cases(
            @QueryParam("published") boolean published,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.pipeline().cases(published, new PageRequest(offset, limit, null));
    }

    @GET
    @Path("cases/{id}")
    public CaseStudy caseStudy(@PathParam("id") long id) {
        return services.pipeline().getCase(id);
    }

    @PUT
    @Path("cases/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseStudy updateCase(@PathParam("id") long id, @QueryParam("version") Integer version, CaseDraft draft) {
        return services.pipeline().updateCase(id, version(version), required(draft));
    }

    // ---- the one-stop desk ----------------------------------------------------------------------

    @GET
    @Path("desk/items")
    public Page<DeskItem> deskItems(
            @QueryParam("status") List<String> status,
            @QueryParam("department") Long department,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.desk()
                .search(
                        new DeskQuery(enums(DeskStatus.class, "status", status), department, overdue, q),
                        new PageRequest(offset, limit, sorts(sort)));
    }

    @GET
    @Path("desk/items/export")
    @Produces("text/csv")
    public Response exportDesk(
            @QueryParam("status") List<String> status,
            @QueryParam("department") Long department,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("q") String q) {
        DeskQuery query = new DeskQuery(enums(DeskStatus.class, "status", status), department, overdue, q);
        return csv("窓口案件一覧", CsvLayouts.of(services).deskItems(), page -> services.desk()
                .search(query, page));
    }

    @GET
    @Path("desk/items/{id}")
    public DeskItem deskItem(@PathParam("id") long id) {
        return services.desk().get(id);
    }

    @POST
    @Path("desk/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(DeskItemDraft draft) {
        return created(services.desk().receive(required(draft)));
    }

    @POST
    @Path("desk/items/{id}/route")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskItem route(@PathParam("id") long id, Routing body) {
        Routing b = required(body);
        return services.desk().route(id, version(b.version()), department(b), b.owner(), b.dueOn(), b.note());
    }

    @POST
    @Path("desk/items/{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskItem forward(@PathParam("id") long id, Routing body) {
        Routing b = required(body);
        return services.desk().forward(id, version(b.version()), department(b), b.owner(), b.dueOn(), b.note());
    }

    @POST
    @Path("desk/items/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskItem accept(@PathParam("id") long id, Answer body) {
        Answer b = required(body);
        return services.desk().accept(id, version(b.version()), b.answer());
    }

    @POST
    @Path("desk/items/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskItem decline(@PathParam("id") long id, Answer body) {
        Answer b = required(body);
        return services.desk().decline(id, version(b.version()), b.reason() != null ? b.reason() : b.answer());
    }

    @GET
    @Path("desk/statistics")
    public DeskStatistics deskStatistics() {
        return services.desk().statistics();
    }

    // ---- projects and agendas -------------------------------------------------------------------

    @GET
    @Path("projects")
    public Page<Project> projects(
            @QueryParam("q") String q,
            @QueryParam("form") String form,
            @QueryParam("department") Long department,
            @QueryParam("agenda") Long agenda,
            @QueryParam("exitDue") boolean exitDue,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.projects()
                .search(
                        new ProjectQuery(q, one(CollaborationForm.class, "form", form), department, agenda, exitDue),
                        new PageRequest(offset, limit, sorts(sort)));
    }

    @GET
    @Path("projects/export")
    @Produces("text/csv")
    public Response exportProjects(
            @QueryParam("q") String q,
            @QueryParam("form") String form,
            @QueryParam("department") Long department,
            @QueryParam("agenda") Long agenda,
            @QueryParam("exitDue") boolean exitDue) {
        ProjectQuery query =
                new ProjectQuery(q, one(CollaborationForm.class, "form", form), department, agenda, exitDue);
        return csv("協働事業一覧", CsvLayouts.of(services).projects(), page -> services.projects()
                .search(query, page));
    }

    @GET
    @Path("projects/{id}")
    public Project project(@PathParam("id") long id) {
        return services.projects().get(id);
    }

    @POST
    @Path("projects")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createProject(ProjectDraft draft) {
        return created(services.projects().create(required(draft)));
    }

    @PUT
    @Path("projects/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Project updateProject(@PathParam("id") long id, @QueryParam("version") Integer version, ProjectDraft draft) {
        return services.projects().update(id, version(version), required(draft));
    }

    @GET
    @Path("agendas")
    public List<Agenda> agendas() {
        return services.projects().agendas();
    }

    @GET
    @Path("agendas/{id}")
    public Agenda agenda(@PathParam("id") long id) {
        return services.projects().getAgenda(id);
    }

    @POST
    @Path("agendas")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createAgenda(AgendaDraft draft) {
        return created(services.projects().createAgenda(required(draft)));
    }

    @PUT
    @Path("agendas/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Agenda updateAgenda(@PathParam("id") long id, @QueryParam("version") Integer version, AgendaDraft draft) {
        return services.projects().updateAgenda(id, version(version), required(draft));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** {@code PERSON:12}, {@code ORGANISATION:3}, {@code OFFER:7}. */
    static CandidateRef candidate(String text) {
        try {
            return CandidateRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("candidate", MESSAGES.get("rest.candidate", text));
        }
    }

    private static long department(Routing b) {
        if (b.departmentId() == null) {
            throw ValidationException.of("departmentId", MESSAGES.get("rest.department"));
        }
        return b.departmentId();
    }
}
