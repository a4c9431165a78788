package jp.kyodo.funding.ui.internal.rest;

import static jp.kyodo.web.RestResources.created;
import static jp.kyodo.web.RestResources.csv;
import static jp.kyodo.web.RestResources.download;
import static jp.kyodo.web.RestResources.enums;
import static jp.kyodo.web.RestResources.one;
import static jp.kyodo.web.RestResources.required;
import static jp.kyodo.web.RestResources.sorts;
import static jp.kyodo.web.RestResources.version;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.funding.Agreement;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationQuery;
import jp.kyodo.funding.ApplicationStatistics;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.ApplicationSummary;
import jp.kyodo.funding.AttachmentContent;
import jp.kyodo.funding.AttachmentInfo;
import jp.kyodo.funding.Decision;
import jp.kyodo.funding.Disbursement;
import jp.kyodo.funding.DisbursementDraft;
import jp.kyodo.funding.Evaluation;
import jp.kyodo.funding.ExitDecision;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.funding.FundYear;
import jp.kyodo.funding.LedgerEntry;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.LedgerImportReport;
import jp.kyodo.funding.LedgerKind;
import jp.kyodo.funding.LedgerQuery;
import jp.kyodo.funding.NeighbourCall;
import jp.kyodo.funding.NeighbourCalls;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.funding.RankedApplication;
import jp.kyodo.funding.ResultsReport;
import jp.kyodo.funding.Review;
import jp.kyodo.funding.ReviewDraft;
import jp.kyodo.funding.WardBudget;
import jp.kyodo.funding.ui.internal.Exports;
import jp.kyodo.funding.ui.internal.FundingServices;
import jp.kyodo.web.Formats;
import jp.kyodo.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The funding module's REST API under {@code /api/v1/funding/} (documented in the module README). Every call
 * runs as the caller, so the services' role checks apply unchanged; bad input is answered with the core's
 * exceptions (400/403/404/409 JSON in the client's language). Fiscal years are given as start years or as
 * written in documents ({@code 2026}, {@code 令和8年度}, {@code R8}, {@code 平成31年度}).
 */
@Component(
        service = Object.class,
        property = {RestResources.PATH + "=funding", RestResources.ROLES + "=kyodo-viewer"})
@Produces(MediaType.APPLICATION_JSON)
public final class FundingResource {

    /** Body carrying only the version that was read (screen, end of review). */
    public record Version(Integer version) {}

    /** Body of a withdrawal. */
    public record Withdrawal(Integer version, String reason) {}

    /** Body of a decision: {@code {"version":4,"decision":{"grant":true,"grantedYen":300000,…}}}. */
    public record DecisionStep(Integer version, Decision decision) {}

    public record AgreementStep(Integer version, Agreement agreement) {}

    public record PaymentStep(Integer version, DisbursementDraft payment) {}

    public record ReportStep(Integer version, ResultsReport report) {}

    public record EvaluationStep(Integer version, Evaluation evaluation) {}

    public record ExitStep(Integer version, ExitDecision exit) {}

    /**
     * An application as the API answers it: the record of the API, with each screening reason's message in the
     * client's language (the API's reasons carry a message for any language).
     */
    public record ApplicationAnswer(
            @JsonUnwrapped @JsonIgnoreProperties("reasons") Application application, List<Reason> reasons) {}

    /** Why an application is not eligible: the rule and the message. */
    public record Reason(String rule, String message) {}

    /** Body of a ward's budget. */
    public record Budget(Long budgetYen) {}

    /** The collaboration project a granted proposal became in matching; null when none. */
    public record ProjectLink(Long projectId) {}

    /** The reviewers of a programme (user names). */
    public record Reviewers(Set<String> userNames) {}

    /** The outcome of a ledger import or its dry run, with each problem in the client's language. */
    public record ImportResult(
            String encoding,
            String layout,
            int rows,
            boolean committed,
            int imported,
            List<Problem> errors,
            List<FundYear> years) {}

    /** A problem of an imported file: where ({@code 3行目 金額}) and what. */
    public record Problem(String where, String message) {}

    private static final MessageCatalog MESSAGES =
            MessageCatalog.of(FundingResource.class, "jp.kyodo.funding.ui.internal.rest.messages");

    private final FundingServices services;
    private final NeighbourCalls neighbourCalls;

    @Activate
    public FundingResource(@Reference FundingServices services, @Reference NeighbourCalls neighbourCalls) {
        this.services = services;
        this.neighbourCalls = neighbourCalls;
    }

    // ---- programmes -----------------------------------------------------------------------------

    @GET
    @Path("programmes")
    public Page<Programme> programmes(
            @QueryParam("q") String q,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("ward") String ward,
            @QueryParam("openOn") String openOn,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.programmes()
                .search(
                        programmeQuery(q, year, kind, status, ward, openOn),
                        new PageRequest(offset, limit, sorts(sort)));
    }

    @GET
    @Path("programmes.csv")
    @Produces("text/csv")
    public Response programmesCsv(
            @QueryParam("q") String q,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("ward") String ward,
            @QueryParam("openOn") String openOn) {
        ProgrammeQuery query = programmeQuery(q, year, kind, status, ward, openOn);
        return csv("助成制度一覧", Exports.programmes(), page -> services.programmes().search(query, page));
    }

    /**
     * Grant calls received from neighbouring cities (近隣自治体の公募), matching {@code q}: those taking applications
     * today first, closing soonest first; then those opening later; then the ended ones. No sort keys (400).
     */
    @GET
    @Path("neighbour-calls")
    public Page<NeighbourCall> neighbourCalls(
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return neighbourCalls.search(q == null ? "" : q, new PageRequest(offset, limit, sorts(sort)));
    }

    /** The same as CSV, in the columns of the page's download. */
    @GET
    @Path("neighbour-calls.csv")
    @Produces("text/csv")
    public Response neighbourCallsCsv(@QueryParam("q") String q) {
        String text = q == null ? "" : q;
        return csv("近隣自治体の公募", Exports.neighbourCalls(), page -> neighbourCalls.search(text, page));
    }

    /** Open calls on a day (today by default) in the national 支援制度情報 layout (standard open data). */
    @GET
    @Path("open-calls.csv")
    @Produces("text/csv")
    public Response openCalls(@QueryParam("day") String day) {
        LocalDate on = day == null || day.isBlank() ? LocalDate.now(Formats.ZONE) : date("day", day);
        Actor actor = SecurityContext.require();
        StreamingOutput body = out -> SecurityContext.callAs(actor, () -> {
            services.programmes().writeOpenCalls(on, out);
            return null;
        });
        return download("支援制度情報_" + on + ".csv", "text/csv; charset=UTF-8", body);
    }

    @GET
    @Path("programmes/{id}")
    public Programme programme(@PathParam("id") long id) {
        return services.programmes().get(id);
    }

    @POST
    @Path("programmes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createProgramme(ProgrammeDraft draft) {
        return created(services.programmes().create(required(draft)));
    }

    @PUT
    @Path("programmes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Programme updateProgramme(
            @PathParam("id") long id, @QueryParam("version") Integer version, ProgrammeDraft draft) {
        return services.programmes().update(id, version(version), required(draft));
    }

    @POST
    @Path("programmes/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Programme publish(@PathParam("id") long id, Version body) {
        return services.programmes().publish(id, version(required(body).version()));
    }

    @POST
    @Path("programmes/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Programme close(@PathParam("id") long id, Version body) {
        return services.programmes().close(id, version(required(body).version()));
    }

    @GET
    @Path("programmes/{id}/reviewers")
    public Reviewers reviewers(@PathParam("id") long id) {
        return new Reviewers(services.programmes().reviewers(id));
    }

    @PUT
    @Path("programmes/{id}/reviewers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Reviewers assignReviewers(@PathParam("id") long id, Reviewers body) {
        Set<String> names = required(body).userNames() == null ? Set.of() : body.userNames();
        return new Reviewers(services.programmes().assignReviewers(id, names));
    }

    @GET
    @Path("programmes/{id}/ranking")
    public List<RankedApplication> ranking(@PathParam("id") long id) {
        return services.applications().ranking(id);
    }

    @GET
    @Path("ward-budgets")
    public List<WardBudget> wardBudgets(@QueryParam("year") String year) {
        Integer y = year(year);
        return services.programmes()
                .wardBudgets(
                        y == null ? FiscalYear.of(LocalDate.now(Formats.ZONE)).startYear() : y);
    }

    /** Sets a ward's own budget for proposals in a fiscal year (never below what is committed). */
    @PUT
    @Path("ward-budgets/{year}/{ward}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WardBudget setWardBudget(@PathParam("year") String year, @PathParam("ward") String ward, Budget body) {
        Long amount = part("budgetYen", required(body).budgetYen());
        return services.programmes().setWardBudget(part("year", year(year)), ward, amount);
    }

    // ---- applications ---------------------------------------------------------------------------

    @GET
    @Path("applications")
    public Page<ApplicationSummary> applications(
            @QueryParam("q") String q,
            @QueryParam("programme") Long programme,
            @QueryParam("year") String year,
            @QueryParam("organisation") Long organisation,
            @QueryParam("status") List<String> status,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.applications()
                .search(
                        applicationQuery(q, programme, year, organisation, status),
                        new PageRequest(offset, limit, sorts(sort)));
    }

    @GET
    @Path("applications.csv")
    @Produces("text/csv")
    public Response applicationsCsv(
            @QueryParam("q") String q,
            @QueryParam("programme") Long programme,
            @QueryParam("year") String year,
            @QueryParam("organisation") Long organisation,
            @QueryParam("status") List<String> status) {
        ApplicationQuery query = applicationQuery(q, programme, year, organisation, status);
        Actor actor = SecurityContext.require();
        // the refusal (403) before the first byte
        services.applications().search(query, PageRequest.first(1));
        StreamingOutput body = out ->
                SecurityContext.callAs(actor, () -> services.applications().export(query, out));
        return download("申請一覧_" + LocalDate.now(Formats.ZONE) + ".csv", "text/csv; charset=UTF-8", body);
    }

    @GET
    @Path("applications/statistics")
    public ApplicationStatistics statistics(@QueryParam("year") String year) {
        Integer y = year(year);
        return services.applications()
                .statistics(
                        y == null ? FiscalYear.of(LocalDate.now(Formats.ZONE)).startYear() : y);
    }

    @GET
    @Path("applications/{id}")
    public ApplicationAnswer application(@PathParam("id") long id, @Context HttpHeaders headers) {
        return answer(services.applications().get(id), headers);
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(ApplicationDraft draft, @Context HttpHeaders headers) {
        return created(answer(services.applications().submit(required(draft)), headers));
    }

    @PUT
    @Path("applications/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer updateApplication(
            @PathParam("id") long id,
            @QueryParam("version") Integer version,
            ApplicationDraft draft,
            @Context HttpHeaders headers) {
        return answer(services.applications().update(id, version(version), required(draft)), headers);
    }

    @POST
    @Path("applications/{id}/screen")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer screen(@PathParam("id") long id, Version body, @Context HttpHeaders headers) {
        return answer(services.applications().screen(id, version(required(body).version())), headers);
    }

    @POST
    @Path("applications/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer withdraw(@PathParam("id") long id, Withdrawal body, @Context HttpHeaders headers) {
        return answer(
                services.applications().withdraw(id, version(required(body).version()), body.reason()), headers);
    }

    @GET
    @Path("applications/{id}/reviews")
    public List<Review> reviews(@PathParam("id") long id) {
        return services.applications().reviews(id);
    }

    @POST
    @Path("applications/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public Review review(@PathParam("id") long id, ReviewDraft draft) {
        return services.applications().saveReview(id, required(draft));
    }

    @POST
    @Path("applications/{id}/complete-review")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer completeReview(@PathParam("id") long id, Version body, @Context HttpHeaders headers) {
        return answer(
                services.applications()
                        .completeReview(id, version(required(body).version())),
                headers);
    }

    @POST
    @Path("applications/{id}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer decide(@PathParam("id") long id, DecisionStep body, @Context HttpHeaders headers) {
        return answer(
                services.applications()
                        .decide(id, version(required(body).version()), part("decision", body.decision())),
                headers);
    }

    @POST
    @Path("applications/{id}/agree")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer agree(@PathParam("id") long id, AgreementStep body, @Context HttpHeaders headers) {
        return answer(
                services.applications()
                        .agree(id, version(required(body).version()), part("agreement", body.agreement())),
                headers);
    }

    @GET
    @Path("applications/{id}/disbursements")
    public List<Disbursement> disbursements(@PathParam("id") long id) {
        return services.applications().disbursements(id);
    }

    @POST
    @Path("applications/{id}/disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer disburse(@PathParam("id") long id, PaymentStep body, @Context HttpHeaders headers) {
        return answer(
                services.applications()
                        .disburse(id, version(required(body).version()), part("payment", body.payment())),
                headers);
    }

    @POST
    @Path("applications/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer report(@PathParam("id") long id, ReportStep body, @Context HttpHeaders headers) {
        return answer(
                services.applications().report(id, version(required(body).version()), part("report", body.report())),
                headers);
    }

    @POST
    @Path("applications/{id}/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer evaluate(@PathParam("id") long id, EvaluationStep body, @Context HttpHeaders headers) {
        return answer(
                services.applications()
                        .evaluate(id, version(required(body).version()), part("evaluation", body.evaluation())),
                headers);
    }

    @POST
    @Path("applications/{id}/exit")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationAnswer exit(@PathParam("id") long id, ExitStep body, @Context HttpHeaders headers) {
        return answer(
                services.applications().decideExit(id, version(required(body).version()), part("exit", body.exit())),
                headers);
    }

    /** Makes the granted proposal a collaboration project in matching, if it has none yet (a retry). */
    @POST
    @Path("applications/{id}/project")
    public ProjectLink project(@PathParam("id") long id) {
        return new ProjectLink(services.applications().createProject(id).orElse(null));
    }

    @GET
    @Path("applications/{id}/attachments")
    public List<AttachmentInfo> attachments(@PathParam("id") long id) {
        return services.applications().attachments(id);
    }

    /** The file, to those the service lets read it (audited there). */
    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id) {
        AttachmentContent content = services.applications().readAttachment(id);
        return download(content.info().fileName(), content.info().mediaType(), content.content());
    }

    // ---- funds ----------------------------------------------------------------------------------

    @GET
    @Path("funds")
    public List<Fund> funds() {
        return services.funds().funds();
    }

    @GET
    @Path("funds/{id}")
    public Fund fund(@PathParam("id") long id) {
        return services.funds().get(id);
    }

    @POST
    @Path("funds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openFund(FundDraft draft) {
        return created(services.funds().open(required(draft)));
    }

    @PUT
    @Path("funds/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Fund updateFund(@PathParam("id") long id, @QueryParam("version") Integer version, FundDraft draft) {
        return services.funds().update(id, version(version), required(draft));
    }

    @GET
    @Path("funds/{id}/years")
    public List<FundYear> years(@PathParam("id") long id) {
        return services.funds().years(id);
    }

    @GET
    @Path("funds/{id}/years.csv")
    @Produces("text/csv")
    public Response yearsCsv(@PathParam("id") long id) {
        Fund fund = services.funds().get(id);
        Actor actor = SecurityContext.require();
        StreamingOutput body =
                out -> SecurityContext.callAs(actor, () -> services.funds().exportYears(id, out));
        return download(
                fund.details().name() + "_年度別_" + LocalDate.now(Formats.ZONE) + ".csv",
                "text/csv; charset=UTF-8",
                body);
    }

    @POST
    @Path("funds/{id}/years/{year}/close")
    public FundYear closeYear(@PathParam("id") long id, @PathParam("year") String year) {
        return services.funds().closeYear(id, year(year));
    }

    @GET
    @Path("funds/{id}/ledger")
    public Page<LedgerEntry> ledger(
            @PathParam("id") long id,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("q") String q,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return services.funds()
                .entries(
                        new LedgerQuery(id, year(year), one(LedgerKind.class, "kind", kind), q),
                        new PageRequest(offset, limit, List.of()));
    }

    @GET
    @Path("funds/{id}/ledger.csv")
    @Produces("text/csv")
    public Response ledgerCsv(@PathParam("id") long id, @QueryParam("year") String year) {
        Integer y = year(year);
        // the refusal (403) and an unknown fund (404) before the first byte
        services.funds().entries(new LedgerQuery(id, y, null, ""), PageRequest.first(1));
        Fund fund = services.funds().get(id);
        Actor actor = SecurityContext.require();
        StreamingOutput body =
                out -> SecurityContext.callAs(actor, () -> services.funds().exportLedger(id, y, out));
        return download(
                fund.details().name() + "_台帳_" + LocalDate.now(Formats.ZONE) + ".csv", "text/csv; charset=UTF-8", body);
    }

    @POST
    @Path("funds/{id}/ledger")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, LedgerEntryDraft draft) {
        LedgerEntryDraft d = required(draft);
        if (d.fundId() != 0 && d.fundId() != id) {
            throw ValidationException.of("fundId", MESSAGES.get("rest.fundMismatch", d.fundId(), id));
        }
        return created(services.funds()
                .record(new LedgerEntryDraft(
                        id,
                        d.kind(),
                        d.entryDate(),
                        d.amountYen(),
                        d.description(),
                        d.donorName(),
                        d.donorAddress(),
                        d.receiptNumber(),
                        d.financedApplicationId(),
                        d.financed())));
    }

    @DELETE
    @Path("ledger/{entryId}")
    public Response removeEntry(@PathParam("entryId") long entryId, @QueryParam("reason") String reason) {
        services.funds().remove(entryId, reason);
        return Response.noContent().build();
    }

    /** The donation receipt (寄附金受領証明書) as PDF. */
    @GET
    @Path("ledger/{entryId}/receipt.pdf")
    @Produces("application/pdf")
    public Response receipt(@PathParam("entryId") long entryId) {
        LedgerEntry entry = services.funds().entry(entryId);
        byte[] pdf = services.funds().donationReceipt(entryId);
        return download("寄附金受領証明書_" + entry.details().receiptNumber() + ".pdf", "application/pdf", pdf);
    }

    /**
     * The old ledger's CSV (the request body, UTF-8 or CP932): checked, and imported when {@code commit=true}
     * and every row is right. Problems come back in the client's language.
     */
    @POST
    @Path("funds/{id}/import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public ImportResult importLedger(
            @PathParam("id") long id,
            @QueryParam("commit") @DefaultValue("false") boolean commit,
            byte[] csv,
            @Context HttpHeaders headers) {
        if (csv == null || csv.length == 0) {
            throw ValidationException.of("body", MESSAGES.get("rest.file"));
        }
        return result(services.funds().importLedger(id, csv, commit), RestResources.language(headers));
    }

    // ---- helpers --------------------------------------------------------------------------------

    static ApplicationAnswer answer(Application a, HttpHeaders headers) {
        Locale locale = RestResources.language(headers);
        return new ApplicationAnswer(
                a,
                a.reasons().stream()
                        .map(r -> new Reason(r.rule(), r.message(locale)))
                        .toList());
    }

    static ImportResult result(LedgerImportReport r, Locale locale) {
        return new ImportResult(
                r.encoding(),
                r.layout(),
                r.rows(),
                r.committed(),
                r.imported(),
                r.errors().stream()
                        .map(e -> new Problem(e.field(), e.message(locale)))
                        .toList(),
                r.years());
    }

    ProgrammeQuery programmeQuery(String q, String year, String kind, String status, String ward, String openOn) {
        return new ProgrammeQuery(
                q,
                year(year),
                one(ProgrammeKind.class, "kind", kind),
                one(ProgrammeStatus.class, "status", status),
                ward,
                openOn == null || openOn.isBlank() ? null : date("openOn", openOn));
    }

    static ApplicationQuery applicationQuery(
            String q, Long programme, String year, Long organisation, List<String> status) {
        return new ApplicationQuery(
                q, programme, year(year), organisation, enums(ApplicationStatus.class, "status", status));
    }

    /** A fiscal year as its start year or as documents write it (令和8年度, R8, 平成31年度); null for none. */
    static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.matches("\\d{4}")) {
            return Integer.parseInt(s);
        }
        try {
            return FiscalYear.parse(s).startYear();
        } catch (RuntimeException e) {
            throw ValidationException.of("year", MESSAGES.get("rest.year", text));
        }
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, MESSAGES.get("rest.date", text));
        }
    }

    /** A step's nested part ({@code decision}, {@code payment} …); a missing one is a 400 naming it. */
    static <T> T part(String name, T value) {
        if (value == null) {
            throw ValidationException.of(name, MESSAGES.get("rest.part", name));
        }
        return value;
    }
}
