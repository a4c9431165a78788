package jp.kyodo.training.ui.internal.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.training.Allocation;
import jp.kyodo.training.Assignment;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseApplication;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.CourseQuery;
import jp.kyodo.training.CourseStatus;
import jp.kyodo.training.DepartmentProgress;
import jp.kyodo.training.Graduate;
import jp.kyodo.training.PointBalance;
import jp.kyodo.training.PointEntry;
import jp.kyodo.training.PointRule;
import jp.kyodo.training.SchoolGrade;
import jp.kyodo.training.StaffMember;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyDraft;
import jp.kyodo.training.SurveyImportReport;
import jp.kyodo.training.SurveyStatistics;
import jp.kyodo.training.SurveyTrend;
import jp.kyodo.training.Training;
import jp.kyodo.training.TrainingDraft;
import jp.kyodo.training.ui.internal.TrainingServices;
import jp.kyodo.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The training module's REST API under {@code /api/v1/training/} (documented in the module README). Every call
 * runs as the caller, so the services' role checks apply unchanged; bad input is answered with the core's
 * exceptions (400/403/404/409 JSON in the client's language). Fiscal years are given as start years or as written
 * in documents ({@code 2026}, {@code 令和8年度}, {@code R8}).
 */
@Component(
        service = Object.class,
        property = {RestResources.PATH + "=training", RestResources.ROLES + "=kyodo-viewer"})
@Produces(MediaType.APPLICATION_JSON)
public final class TrainingResource {

    /** Body of an application: the registry person and, for a youth programme, the school grade. */
    public record ApplicationBody(Long personId, SchoolGrade grade) {}

    /** Body of an allocation: the seed to draw with, or null for a random one. */
    public record AllocationBody(Long seed) {}

    /** Body of a version-guarded change. */
    public record VersionBody(Integer version) {}

    /** Body of an attendance record: the session and the applications present. */
    public record AttendanceBody(Integer session, Set<Long> present) {}

    /** Body of an earned activity. */
    public record EarnBody(String ruleCode, LocalDate on, Integer minutes, String note) {}

    /** Body of a redemption. */
    public record RedeemBody(Integer points, String note) {}

    /** Body of a rule. */
    public record RuleBody(String name, Integer pointsPerHour, Boolean active) {}

    /** Answers of the signed-in member of staff: choice index per question code. */
    public record ResponseBody(Map<String, Integer> answers) {}

    /** What changed in the roster. */
    public record Saved(int saved) {}

    /** How many were reminded or expired. */
    public record Count(int count) {}

    /** A problem of an imported file: where ({@code 3行目 職員番号}) and what. */
    public record Problem(String where, String message) {}

    /** The outcome of an import or its check, each problem in the client's language. */
    public record ImportResult(String charset, int rows, boolean committed, int imported, List<Problem> errors) {}

    private static final MessageCatalog M =
            MessageCatalog.of(TrainingResource.class, "jp.kyodo.training.ui.internal.rest.messages");

    private final TrainingServices services;

    @Activate
    public TrainingResource(@Reference TrainingServices services) {
        this.services = services;
    }

    // ---- courses -------------------------------------------------------------------------------

    @GET
    @Path("courses")
    public Page<Course> courses(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("year") String year,
            @QueryParam("status") String status,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        CourseQuery query = new CourseQuery(
                q == null ? "" : q,
                constant(CourseKind.class, "kind", kind),
                year(year),
                constant(CourseStatus.class, "status", status));
        return services.courses().search(query, new PageRequest(offset, limit, sorts(sort)));
    }

    @GET
    @Path("courses/{id}")
    public Course course(@PathParam("id") long id) {
        return services.courses().get(id);
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCourse(CourseDraft draft) {
        Course c = services.courses().create(RestResources.required(draft));
        return RestResources.created(c);
    }

    @PUT
    @Path("courses/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Course updateCourse(@PathParam("id") long id, @QueryParam("version") Integer version, CourseDraft draft) {
        return services.courses().update(id, RestResources.version(version), RestResources.required(draft));
    }

    @GET
    @Path("courses/{id}/applications")
    public List<CourseApplication> applications(@PathParam("id") long id) {
        return services.courses().applications(id);
    }

    @POST
    @Path("courses/{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("id") long id, ApplicationBody body) {
        if (body == null || body.personId() == null) {
            throw ValidationException.of("personId", M.get("rest.personId"));
        }
        CourseApplication a = services.courses().apply(id, body.personId(), body.grade());
        return RestResources.created(a);
    }

    @DELETE
    @Path("applications/{id}")
    public CourseApplication withdraw(@PathParam("id") long id) {
        return services.courses().withdraw(id);
    }

    @POST
    @Path("courses/{id}/allocation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Allocation allocate(@PathParam("id") long id, AllocationBody body) {
        return services.courses().allocate(id, body == null ? null : body.seed());
    }

    @PUT
    @Path("courses/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Course attendance(@PathParam("id") long id, AttendanceBody body) {
        if (body == null || body.session() == null) {
            throw ValidationException.of("session", M.get("rest.session"));
        }
        return services.courses()
                .recordAttendance(id, body.session(), body.present() == null ? Set.of() : body.present());
    }

    @POST
    @Path("courses/{id}/completion")
    public Course complete(@PathParam("id") long id) {
        return services.courses().complete(id);
    }

    @GET
    @Path("graduates")
    public List<Graduate> graduates(@QueryParam("year") String year) {
        Integer y = year(year);
        return services.courses()
                .graduates(
                        y == null
                                ? FiscalYear.of(LocalDate.now(jp.kyodo.web.Formats.ZONE))
                                        .startYear()
                                : y);
    }

    // ---- staff e-learning ---------------------------------------------------------------------

    @GET
    @Path("staff")
    public Page<StaffMember> staff(
            @QueryParam("q") String q,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.trainings().staff(q == null ? "" : q, new PageRequest(offset, limit, List.of()));
    }

    @PUT
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    public Saved saveStaff(List<StaffMember> members) {
        return new Saved(services.trainings().saveStaff(members == null ? List.of() : members));
    }

    @GET
    @Path("trainings")
    public Page<Training> trainings(
            @QueryParam("q") String q,
            @QueryParam("year") String year,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.trainings().search(q == null ? "" : q, year(year), new PageRequest(offset, limit, List.of()));
    }

    @POST
    @Path("trainings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTraining(TrainingDraft draft) {
        Training t = services.trainings().create(RestResources.required(draft));
        return RestResources.created(t);
    }

    @GET
    @Path("trainings/{id}")
    public Training training(@PathParam("id") long id) {
        return services.trainings().get(id);
    }

    @GET
    @Path("trainings/{id}/progress")
    public List<DepartmentProgress> progress(@PathParam("id") long id) {
        return services.trainings().progress(id);
    }

    @GET
    @Path("trainings/{id}/assignments")
    public Page<Assignment> assignments(
            @PathParam("id") long id,
            @QueryParam("open") @DefaultValue("false") boolean open,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.trainings().assignments(id, open, new PageRequest(offset, limit, List.of()));
    }

    @POST
    @Path("trainings/{id}/completion")
    public Training completeMine(@PathParam("id") long id) {
        return services.trainings().completeMine(id);
    }

    @POST
    @Path("trainings/{id}/completion/{staffId}")
    public Training recordCompletion(@PathParam("id") long id, @PathParam("staffId") long staffId) {
        return services.trainings().recordCompletion(id, staffId);
    }

    @POST
    @Path("trainings/{id}/reminders")
    public Count remind(@PathParam("id") long id) {
        return new Count(services.trainings().remind(id));
    }

    // ---- surveys -------------------------------------------------------------------------------

    @GET
    @Path("surveys")
    public Page<Survey> surveys(
            @QueryParam("year") String year,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.surveys().search(year(year), new PageRequest(offset, limit, List.of()));
    }

    @POST
    @Path("surveys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createSurvey(SurveyDraft draft) {
        Survey s = services.surveys().create(RestResources.required(draft));
        return RestResources.created(s);
    }

    @GET
    @Path("surveys/{id}")
    public Survey survey(@PathParam("id") long id) {
        return services.surveys().get(id);
    }

    @GET
    @Path("surveys/{id}/statistics")
    public SurveyStatistics statistics(@PathParam("id") long id) {
        return services.surveys().statistics(id);
    }

    @POST
    @Path("surveys/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Survey respond(@PathParam("id") long id, ResponseBody body) {
        return services.surveys().respond(id, body == null || body.answers() == null ? Map.of() : body.answers());
    }

    /** The form service's CSV as the request body; {@code ?commit=false} only checks it. */
    @POST
    @Path("surveys/{id}/import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public ImportResult importCsv(
            @PathParam("id") long id, @QueryParam("commit") @DefaultValue("false") boolean commit, byte[] file) {
        SurveyImportReport r = services.surveys().importCsv(id, file == null ? new byte[0] : file, commit);
        List<Problem> problems = new ArrayList<>();
        r.errors().forEach(e -> problems.add(new Problem(e.field(), e.message())));
        return new ImportResult(r.charset(), r.rows(), r.committed(), r.imported(), problems);
    }

    @GET
    @Path("trends/{code}")
    public SurveyTrend trend(@PathParam("code") String code) {
        return services.surveys().trend(code);
    }

    // ---- volunteer points ----------------------------------------------------------------------

    @GET
    @Path("points/rules")
    public List<PointRule> rules() {
        return services.points().rules();
    }

    @PUT
    @Path("points/rules/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PointRule saveRule(@PathParam("code") String code, RuleBody body) {
        if (body == null || body.pointsPerHour() == null) {
            throw ValidationException.of("pointsPerHour", M.get("rest.pointsPerHour"));
        }
        return services.points()
                .saveRule(code, body.name(), body.pointsPerHour(), body.active() == null || body.active());
    }

    @GET
    @Path("points/{personId}")
    public PointBalance balance(@PathParam("personId") long personId) {
        return services.points().balance(personId);
    }

    @GET
    @Path("points/{personId}/ledger")
    public Page<PointEntry> ledger(
            @PathParam("personId") long personId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.points().ledger(personId, new PageRequest(offset, limit, List.of()));
    }

    @POST
    @Path("points/{personId}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response earn(@PathParam("personId") long personId, EarnBody body) {
        if (body == null || body.minutes() == null) {
            throw ValidationException.of("minutes", M.get("rest.minutes"));
        }
        PointEntry e = services.points().earn(personId, body.ruleCode(), body.on(), body.minutes(), body.note());
        return RestResources.created(e);
    }

    @POST
    @Path("points/{personId}/redemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public PointEntry redeem(@PathParam("personId") long personId, RedeemBody body) {
        if (body == null || body.points() == null) {
            throw ValidationException.of("points", M.get("rest.points"));
        }
        return services.points().redeem(personId, body.points(), body.note());
    }

    @POST
    @Path("points/expiry")
    public Count expire() {
        return new Count(services.points().expireEndedYears());
    }

    @GET
    @Path("points/{personId}/certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(
            @PathParam("personId") long personId, @QueryParam("from") String from, @QueryParam("until") String until) {
        byte[] pdf = services.points().certificate(personId, date("from", from), date("until", until));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + personId + ".pdf\"")
                .build();
    }

    // ---- parameters ----------------------------------------------------------------------------

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FiscalYear.parse(text).startYear();
        } catch (RuntimeException e) {
            throw ValidationException.of("year", M.get("rest.year"));
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(field, M.get("rest.date"));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, M.get("rest.dateFormat"));
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, M.get("rest.constant", text));
        }
    }

    private static List<Sort> sorts(String sort) {
        List<Sort> sorts = new ArrayList<>();
        if (sort != null) {
            for (String key : sort.split(",")) {
                String k = key.strip();
                if (!k.isEmpty()) {
                    sorts.add(k.startsWith("-") ? Sort.desc(k.substring(1)) : Sort.asc(k));
                }
            }
        }
        return sorts;
    }
}
