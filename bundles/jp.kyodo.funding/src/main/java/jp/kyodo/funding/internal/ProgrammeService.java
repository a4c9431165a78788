package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingBackend.MESSAGES;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.funding.EligibilityRules;
import jp.kyodo.funding.FundingEvents;
import jp.kyodo.funding.GrantProgrammes;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.WardBudget;
import jp.kyodo.registry.PartnerType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = GrantProgrammes.class)
public final class ProgrammeService implements GrantProgrammes {

    static final String RECORD_TYPE = "funding.programme";
    static final String WARD_RECORD_TYPE = "funding.wardBudget";

    private static final Pattern CRITERION_CODE = Pattern.compile("[A-Za-z0-9_]{1,32}");

    private final FundingBackend b;
    private final ProgrammeStore store = new ProgrammeStore();
    private final OpenCalls openCalls;

    @Activate
    public ProgrammeService(@Reference FundingBackend backend) {
        this.b = backend;
        this.openCalls = new OpenCalls(backend);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("programme.notFound", id));
    }

    @Override
    public Programme get(long id) {
        Actor actor = SecurityContext.require();
        return b.entities(em -> {
            ProgrammeEntity p = store.find(em, id)
                    .filter(e -> e.status != ProgrammeStatus.DRAFT || actor.has(Role.STAFF))
                    .orElseThrow(() -> notFound(id));
            return toProgramme(p, b.read(c -> store.applicationCounts(c, List.of(id))));
        });
    }

    @Override
    public Page<Programme> search(ProgrammeQuery query, PageRequest page) {
        Actor actor = SecurityContext.require();
        return b.entities(em -> {
            Page<ProgrammeEntity> found = store.search(em, query, !actor.has(Role.STAFF), page);
            Map<Long, Integer> counts = b.read(c -> store.applicationCounts(
                    c, found.items().stream().map(p -> p.id).toList()));
            return found.map(p -> toProgramme(p, counts));
        });
    }

    Programme toProgramme(ProgrammeEntity p, Map<Long, Integer> counts) {
        String department = p.departmentId == null
                ? ""
                : b.organisation(p.departmentId).map(Applicant::name).orElse("");
        return new Programme(
                p.id,
                p.version,
                p.status,
                p.draft(),
                p.committedYen,
                p.paidYen,
                counts.getOrDefault(p.id, 0),
                department,
                p.createdAt,
                p.updatedAt);
    }

    @Override
    public Programme create(ProgrammeDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        long id = b.both((em, c) -> {
            ProgrammeEntity p = new ProgrammeEntity(draft, b.now());
            em.persist(p);
            em.flush();
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    p.id,
                    draft.kind().labelJa() + "「" + draft.title() + "」を登録、予算 " + Money.yen(draft.budgetYen()));
            b.post(FundingEvents.PROGRAMME_CREATED, p.id);
            return p.id;
        });
        return get(id);
    }

    @Override
    public Programme update(long id, int expectedVersion, ProgrammeDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        b.both((em, c) -> {
            ProgrammeEntity p = store.find(em, id).orElseThrow(() -> notFound(id));
            requireVersion(p.version, expectedVersion);
            boolean hasApplications = store.applicationCounts(c, List.of(id)).getOrDefault(id, 0) > 0;
            if (hasApplications
                    && (p.kind != draft.kind()
                            || p.fiscalYear != draft.fiscalYear()
                            || !Objects.equals(p.wardCode, draft.wardCode().isEmpty() ? null : draft.wardCode()))) {
                throw ValidationException.of("kind", MESSAGES.get("programme.frozen"));
            }
            long before = p.budgetYen;
            p.set(draft, b.now());
            em.flush();
            String money = "";
            if (before != draft.budgetYen()) {
                if (!store.setBudget(c, id, draft.budgetYen(), b.now())) {
                    long[] amounts = store.amounts(c, id);
                    throw new ConflictException(MESSAGES.get(
                            "programme.budgetBelowCommitted", Money.yen(draft.budgetYen()), Money.yen(amounts[1])));
                }
                money = "、予算 " + Money.yen(before) + " → " + Money.yen(draft.budgetYen());
            }
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "「" + draft.title() + "」を変更" + money);
            b.post(FundingEvents.PROGRAMME_UPDATED, id);
            return null;
        });
        return fresh(id);
    }

    /** Read again after a change (outside the entity manager that made it, so the guarded amounts show). */
    private Programme fresh(long id) {
        return get(id);
    }

    static void requireVersion(int actual, int expected) {
        if (actual != expected) {
            throw new ConflictException();
        }
    }

    @Override
    public Programme publish(long id, int expectedVersion) {
        return move(id, expectedVersion, ProgrammeStatus.DRAFT, ProgrammeStatus.PUBLISHED);
    }

    @Override
    public Programme close(long id, int expectedVersion) {
        return move(id, expectedVersion, ProgrammeStatus.PUBLISHED, ProgrammeStatus.CLOSED);
    }

    private Programme move(long id, int expectedVersion, ProgrammeStatus from, ProgrammeStatus to) {
        Permissions.requireRole(Role.COORDINATOR);
        b.both((em, c) -> {
            ProgrammeEntity p = store.find(em, id).orElseThrow(() -> notFound(id));
            requireVersion(p.version, expectedVersion);
            if (p.status != from) {
                throw new ConflictException(MESSAGES.get(
                        "programme.moveNotAllowed",
                        MESSAGES.get("programmeStatus." + p.status.name()),
                        MESSAGES.get("programmeStatus." + to.name())));
            }
            p.status = to;
            p.updatedAt = b.now();
            em.flush();
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "「" + p.title + "」を" + to.labelJa() + "に");
            b.post(FundingEvents.PROGRAMME_UPDATED, id);
            return null;
        });
        return get(id);
    }

    @Override
    public Set<String> reviewers(long programmeId) {
        Permissions.requireRole(Role.STAFF);
        return b.entities(
                em -> new TreeSet<>(store.find(em, programmeId).orElseThrow(() -> notFound(programmeId)).reviewers));
    }

    @Override
    public Set<String> assignReviewers(long programmeId, Set<String> userNames) {
        Permissions.requireRole(Role.COORDINATOR);
        Set<String> names = new TreeSet<>();
        Checks checks = new Checks(b);
        for (String n : userNames == null ? Set.<String>of() : userNames) {
            String name = n == null ? "" : n.strip();
            checks.required("reviewers", name, 100);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        checks.throwIfAny();
        b.both((em, c) -> {
            ProgrammeEntity p = store.find(em, programmeId).orElseThrow(() -> notFound(programmeId));
            p.reviewers.clear();
            p.reviewers.addAll(names);
            p.updatedAt = b.now();
            em.flush();
            b.audit(AuditAction.UPDATE, RECORD_TYPE, programmeId, "審査委員: " + String.join("、", names));
            b.post(FundingEvents.PROGRAMME_UPDATED, programmeId);
            return null;
        });
        return reviewers(programmeId);
    }

    @Override
    public WardBudget setWardBudget(int fiscalYear, String wardCode, long budgetYen) {
        Permissions.requireRole(Role.COORDINATOR);
        String ward = wardCode == null ? "" : wardCode.strip();
        Checks checks = new Checks(b);
        checks.yen("budgetYen", budgetYen);
        if (ward.isEmpty()) {
            checks.error("wardCode", "check.required");
        } else {
            checks.ward("wardCode", ward);
        }
        try {
            new FiscalYear(fiscalYear);
        } catch (ValidationException e) {
            checks.error("fiscalYear", "check.fiscalYear");
        }
        checks.throwIfAny();
        return b.write(c -> {
            Optional<Long> before = store.setWardBudget(c, fiscalYear, ward, budgetYen, b.now());
            WardBudget after =
                    store.wardBudget(c, fiscalYear, ward, wardName(ward)).orElseThrow();
            if (before.isEmpty()) {
                throw new ConflictException(MESSAGES.get(
                        "ward.budgetBelowCommitted", Money.yen(budgetYen), Money.yen(after.committedYen())));
            }
            String was = before.get() < 0 ? "" : Money.yen(before.get()) + " → ";
            b.audit(
                    AuditAction.UPDATE,
                    WARD_RECORD_TYPE,
                    after.id(),
                    new FiscalYear(fiscalYear).format() + " " + after.wardName() + "の予算 " + was + Money.yen(budgetYen));
            b.post(FundingEvents.WARD_BUDGET_UPDATED, after.id());
            return after;
        });
    }

    @Override
    public List<WardBudget> wardBudgets(int fiscalYear) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> store.wardBudgets(c, fiscalYear, this::wardName));
    }

    String wardName(String code) {
        return b.areas().flatMap(h -> h.find(code)).map(Area::name).orElse(code);
    }

    @Override
    public void writeOpenCalls(LocalDate day, OutputStream out) throws IOException {
        SecurityContext.require();
        List<Programme> open = b.entities(em -> {
            Page<ProgrammeEntity> found = store.search(
                    em,
                    new ProgrammeQuery("", null, null, null, "", day),
                    true,
                    new PageRequest(0, PageRequest.MAX_LIMIT, List.of()));
            return found.items().stream().map(p -> toProgramme(p, Map.of())).toList();
        });
        openCalls.write(open, out);
    }

    // ---- validation ------------------------------------------------------------------------------

    private void check(ProgrammeDraft d) {
        Checks checks = new Checks(b);
        try {
            new FiscalYear(d.fiscalYear());
        } catch (ValidationException e) {
            checks.error("fiscalYear", "check.fiscalYear");
        }
        checks.present("kind", d.kind())
                .required("title", d.title(), 200)
                .max("titleKana", d.titleKana(), 200)
                .max("summary", d.summary(), 4000)
                .max("target", d.target(), 1000)
                .max("contact", d.contact(), 500)
                .max("url", d.url(), 500)
                .yen("budgetYen", d.budgetYen())
                .positiveYen("maxAmountYen", d.maxAmountYen())
                .present("opensOn", d.opensOn())
                .present("closesOn", d.closesOn())
                .period("closesOn", d.opensOn(), d.closesOn());
        if (!d.titleKana().isEmpty() && !JapaneseText.isReading(d.titleKana())) {
            checks.error("titleKana", "check.reading");
        }
        if (d.kind() == ProgrammeKind.WARD_PROPOSAL) {
            if (d.wardCode().isEmpty()) {
                checks.error("wardCode", "programme.wardRequired");
            } else {
                checks.ward("wardCode", d.wardCode());
            }
        } else if (d.kind() != null && !d.wardCode().isEmpty()) {
            checks.error("wardCode", "programme.wardOnlyForWard");
        }
        if (d.departmentId() != null) {
            checks.department("departmentId", d.departmentId());
        } else if (d.kind() != null && d.kind().proposal()) {
            checks.error("departmentId", "programme.departmentRequired");
        }
        EligibilityRules e = d.eligibility();
        if (e.organisationTypes().contains(PartnerType.CITY)
                || e.organisationTypes().contains(PartnerType.CITIZEN)) {
            checks.error("eligibility.organisationTypes", "programme.typesOrganisations");
        }
        checks.areaCode("eligibility.areaCode", e.areaCode())
                .range("eligibility.minMonthsActive", e.minMonthsActive(), 1, 1200);
        Set<String> documents = new HashSet<>();
        for (int i = 0; i < d.requiredDocuments().size(); i++) {
            String doc = d.requiredDocuments().get(i);
            checks.max("requiredDocuments[" + i + "]", doc, 200);
            if (!documents.add(doc)) {
                checks.error("requiredDocuments[" + i + "]", "check.twice", doc);
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.criteria().size(); i++) {
            ReviewCriterion c = d.criteria().get(i);
            String at = "criteria[" + i + "]";
            if (!CRITERION_CODE.matcher(c.code()).matches()) {
                checks.error(at + ".code", "programme.criterionCode");
            } else if (!codes.add(c.code())) {
                checks.error(at + ".code", "check.twice", c.code());
            }
            checks.required(at + ".name", c.name(), 100)
                    .range(at + ".weight", c.weight(), 1, 100)
                    .range(at + ".maxScore", c.maxScore(), 1, 100);
        }
        checks.throwIfAny();
    }
}
