package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.Agenda;
import jp.kyodo.matching.AgendaDraft;
import jp.kyodo.matching.CollaborationProjects;
import jp.kyodo.matching.Indicator;
import jp.kyodo.matching.MatchingEvents;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;
import jp.kyodo.matching.ProjectQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CollaborationProjects.class)
public final class ProjectService implements CollaborationProjects {

    static final String RECORD_TYPE = "matching.project";
    static final String AGENDA_RECORD_TYPE = "matching.agenda";

    private final MatchingBackend b;
    private final MatchingIndex index;
    private final ProjectStore store = new ProjectStore();

    @Activate
    public ProjectService(@Reference MatchingBackend backend, @Reference MatchingIndex index) {
        this.b = backend;
        this.index = index;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("project.notFound", id));
    }

    private static NotFoundException agendaNotFound(long id) {
        return new NotFoundException(MESSAGES.get("agenda.notFound", id));
    }

    @Override
    public Project get(long id) {
        SecurityContext.require();
        return toProject(b.read(c -> store.get(c, id)).orElseThrow(() -> notFound(id)));
    }

    @Override
    public Page<Project> search(ProjectQuery query, PageRequest page) {
        SecurityContext.require();
        Page<ProjectStore.Row> rows = b.read(c -> store.search(c, query, exitDueBy(), page));
        return new Page<>(rows.items().stream().map(this::toProject).toList(), rows.total(), page);
    }

    /** A project ending on or before this day without an exit strategy is flagged. */
    private LocalDate exitDueBy() {
        return b.today().plusWeeks(b.config().exitWarningWeeks());
    }

    private Project toProject(ProjectStore.Row r) {
        ProjectDraft d = r.draft();
        List<ProjectPartner> named = d.partners().stream()
                .map(p -> new ProjectPartner(p.organisationId(), name(p.organisationId()), p.role()))
                .toList();
        ProjectDraft withNames = new ProjectDraft(
                d.title(),
                d.departmentId(),
                d.form(),
                d.judgement(),
                d.purpose(),
                named,
                d.startsOn(),
                d.endsOn(),
                d.budgetYen(),
                d.indicators(),
                d.evaluation(),
                d.exit(),
                d.agendaId(),
                d.matchId(),
                d.source());
        String agenda = d.agendaId() == null
                ? ""
                : b.read(c -> store.agenda(c, d.agendaId()))
                        .map(a -> a.draft().title())
                        .orElse("");
        boolean exitDue = d.exit() == null && d.endsOn() != null && !d.endsOn().isAfter(exitDueBy());
        return new Project(
                r.id(), r.version(), withNames, name(d.departmentId()), agenda, exitDue, r.createdAt(), r.updatedAt());
    }

    private String name(long partnerId) {
        return index.partner(partnerId).map(Entry::name).orElse("");
    }

    @Override
    public Project create(ProjectDraft draft) {
        Permissions.requireRole(Role.STAFF);
        check(draft);
        long id = b.write(c -> {
            long newId = store.insert(c, draft, b.now());
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    newId,
                    draft.form().labelJa() + "「" + draft.title() + "」を登録"
                            + (draft.source().isEmpty() ? "" : "（" + draft.source() + "）"));
            b.post(MatchingEvents.PROJECT_CREATED, newId);
            return newId;
        });
        return get(id);
    }

    @Override
    public Project update(long id, int expectedVersion, ProjectDraft draft) {
        Permissions.requireRole(Role.STAFF);
        check(draft);
        b.write(c -> {
            ProjectStore.Row before = store.get(c, id).orElseThrow(() -> notFound(id));
            store.update(c, id, expectedVersion, draft, b.now());
            String money = java.util.Objects.equals(before.draft().budgetYen(), draft.budgetYen())
                    ? ""
                    : "、予算 " + before.draft().budgetYen() + " → " + draft.budgetYen() + " 円";
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "協働事業「" + draft.title() + "」を変更" + money);
            b.post(MatchingEvents.PROJECT_UPDATED, id);
            return null;
        });
        return get(id);
    }

    private void check(ProjectDraft d) {
        Checks checks = new Checks(b);
        checks.required("title", d.title(), 200)
                .max("purpose", d.purpose(), 4000)
                .max("evaluation", d.evaluation(), 4000);
        if (d.form() == null) {
            checks.error("form", "project.formRequired");
        }
        checks.department("departmentId", d.departmentId());
        checks.period("endsOn", d.startsOn(), d.endsOn()).yen("budgetYen", d.budgetYen());
        checks.max("judgement.publicBenefitNote", d.judgement().publicBenefitNote(), 1000)
                .max("judgement.nonProfitNote", d.judgement().nonProfitNote(), 1000)
                .max("judgement.synergyNote", d.judgement().synergyNote(), 1000);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.partners().size(); i++) {
            ProjectPartner p = d.partners().get(i);
            checks.organisation("partners[" + i + "].organisationId", p.organisationId());
            checks.max("partners[" + i + "].role", p.role(), 1000);
            if (!seen.add(p.organisationId())) {
                checks.error("partners[" + i + "].organisationId", "project.partnerTwice");
            }
        }
        indicators(checks, d.indicators());
        if (d.agendaId() != null && b.read(c -> store.agenda(c, d.agendaId())).isEmpty()) {
            checks.error("agendaId", "agenda.notFound", d.agendaId());
        }
        checks.throwIfAny();
    }

    private static void indicators(Checks checks, List<Indicator> indicators) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator x = indicators.get(i);
            checks.required("indicators[" + i + "].name", x.name(), 100)
                    .max("indicators[" + i + "].unit", x.unit(), 20);
            if ((x.target() != null && x.target() < 0) || (x.result() != null && x.result() < 0)) {
                checks.error("indicators[" + i + "].target", "project.indicatorNegative");
            }
        }
    }

    // ---- agendas -------------------------------------------------------------------------------

    @Override
    public Agenda getAgenda(long id) {
        SecurityContext.require();
        return b.read(c -> {
            ProjectStore.AgendaRow row = store.agenda(c, id).orElseThrow(() -> agendaNotFound(id));
            return toAgenda(row, store.indicatorsOfAgenda(c, id), store.countOfAgenda(c, id));
        });
    }

    @Override
    public List<Agenda> agendas() {
        SecurityContext.require();
        return b.read(c -> {
            List<Agenda> result = new ArrayList<>();
            for (ProjectStore.AgendaRow row : store.agendas(c)) {
                result.add(toAgenda(row, store.indicatorsOfAgenda(c, row.id()), store.countOfAgenda(c, row.id())));
            }
            return result;
        });
    }

    /** The agenda's target per common indicator with the sum of its projects' results of the same name and unit. */
    private Agenda toAgenda(ProjectStore.AgendaRow row, List<Indicator> ofProjects, int projects) {
        Map<String, Long> results = new LinkedHashMap<>();
        for (Indicator i : ofProjects) {
            if (i.result() != null) {
                results.merge(i.name() + "\u0000" + i.unit(), i.result(), Long::sum);
            }
        }
        List<Indicator> progress = row.draft().indicators().stream()
                .map(i -> new Indicator(i.name(), i.unit(), i.target(), results.get(i.name() + "\u0000" + i.unit())))
                .toList();
        List<String> organisations =
                row.draft().organisationIds().stream().map(this::name).toList();
        return new Agenda(row.id(), row.version(), row.draft(), organisations, projects, progress);
    }

    @Override
    public Agenda createAgenda(AgendaDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        checkAgenda(draft);
        long id = b.write(c -> {
            long newId = store.insertAgenda(c, draft, b.now());
            b.audit(AuditAction.CREATE, AGENDA_RECORD_TYPE, newId, "コレクティブ・インパクト「" + draft.title() + "」を登録");
            b.post(MatchingEvents.AGENDA_CREATED, newId);
            return newId;
        });
        return getAgenda(id);
    }

    @Override
    public Agenda updateAgenda(long id, int expectedVersion, AgendaDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        checkAgenda(draft);
        b.write(c -> {
            store.agenda(c, id).orElseThrow(() -> agendaNotFound(id));
            store.updateAgenda(c, id, expectedVersion, draft, b.now());
            b.audit(AuditAction.UPDATE, AGENDA_RECORD_TYPE, id, "コレクティブ・インパクト「" + draft.title() + "」を変更");
            b.post(MatchingEvents.AGENDA_UPDATED, id);
            return null;
        });
        return getAgenda(id);
    }

    private void checkAgenda(AgendaDraft d) {
        Checks checks = new Checks(b);
        checks.required("title", d.title(), 200)
                .required("goal", d.goal(), 2000)
                .max("coordinatorName", d.coordinatorName(), 200);
        for (int i = 0; i < d.organisationIds().size(); i++) {
            checks.organisation(
                    "organisationIds[" + i + "]", d.organisationIds().get(i));
        }
        indicators(checks, d.indicators());
        checks.throwIfAny();
    }
}
