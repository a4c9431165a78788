package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingBackend.MESSAGES;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
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
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.BudgetSide;
import jp.kyodo.funding.Decision;
import jp.kyodo.funding.Disbursement;
import jp.kyodo.funding.DisbursementDraft;
import jp.kyodo.funding.Evaluation;
import jp.kyodo.funding.ExitDecision;
import jp.kyodo.funding.FundingEvents;
import jp.kyodo.funding.GrantApplications;
import jp.kyodo.funding.Indicator;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.funding.RankedApplication;
import jp.kyodo.funding.ResultsReport;
import jp.kyodo.funding.Review;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.ReviewDraft;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = GrantApplications.class)
public final class ApplicationService implements GrantApplications {

    static final String RECORD_TYPE = "funding.application";
    static final String REVIEW_RECORD_TYPE = "funding.review";
    static final String ATTACHMENT_RECORD_TYPE = "funding.attachment";

    /** The columns of the applications' CSV export: a file layout, in Japanese like the city's own files. */
    static final String[] EXPORT_COLUMNS = {"ID", "年度", "制度", "団体", "件名", "状態", "申請額", "交付決定額", "支払額", "更新日時"};

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationService.class);

    private final FundingBackend b;
    private final ProgrammeStore programmes = new ProgrammeStore();
    private final ApplicationStore store = new ApplicationStore();
    private final ReviewStore reviews = new ReviewStore();
    private final AttachmentStore attachments = new AttachmentStore();
    private final Screening screening;

    /** The matching module's project register, while it is installed ({@link MatchingLink}). */
    volatile ProposalProjects projects;

    private final MatchingLink matching;

    @Activate
    public ApplicationService(@Reference FundingBackend backend, BundleContext context) {
        this.b = backend;
        this.screening = new Screening(backend, store);
        this.matching = new MatchingLink(context, backend, this);
        matching.open();
    }

    /** For tests: no OSGi framework, the project register set by the test. */
    ApplicationService(FundingBackend backend) {
        this.b = backend;
        this.screening = new Screening(backend, store);
        this.matching = null;
    }

    @Deactivate
    void deactivate() {
        if (matching != null) {
            matching.close();
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("application.notFound", id));
    }

    // ---- reading -------------------------------------------------------------------------------

    @Override
    public Application get(long id) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        return b.entities(em -> {
            ApplicationEntity a = store.find(em, id).orElseThrow(() -> notFound(id));
            ProgrammeEntity p = programme(em, a.programmeId);
            return toApplication(a, p, actor);
        });
    }

    private ProgrammeEntity programme(EntityManager em, long id) {
        return programmes.find(em, id).orElseThrow(() -> ProgrammeService.notFound(id));
    }

    private Application toApplication(ApplicationEntity a, ProgrammeEntity p, Actor actor) {
        ApplicationDraft d = a.draft();
        Agreement agreement = a.agreedOn == null ? null : new Agreement(a.agreedOn, a.agreementNumber, a.agreementNote);
        ResultsReport report = a.reportedOn == null
                ? null
                : new ResultsReport(
                        a.reportedOn,
                        a.reportSummary,
                        a.actual.stream().map(LineRow::toLine).toList(),
                        a.indicators.stream().map(IndicatorRow::toIndicator).toList());
        Evaluation evaluation = a.evaluatedOn == null ? null : new Evaluation(a.rating, a.evaluation, a.evaluatedOn);
        ExitDecision exit = a.exitStrategy == null ? null : new ExitDecision(a.exitStrategy, a.exitNote, a.exitOn);
        long refund = a.settledYen == null ? 0 : Math.max(0, a.paidYen - a.settledYen);
        return new Application(
                a.id,
                a.version,
                a.status,
                d,
                p.title,
                p.kind,
                p.fiscalYear,
                a.organisationName,
                a.statusAt,
                a.reasons.stream().map(ReasonRow::toReason).toList(),
                Limits.maxGrant(p, a.requestedYen, a.eligibleCostYen),
                a.grantedYen,
                a.conditions,
                a.decisionNote,
                a.decidedOn,
                agreement,
                a.settledYen,
                a.paidYen,
                refund,
                report,
                evaluation,
                exit,
                a.projectId,
                a.createdAt,
                a.updatedAt);
    }

    @Override
    public Page<ApplicationSummary> search(ApplicationQuery query, PageRequest page) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> store.search(c, query, null, page));
    }

    @Override
    public Page<ApplicationSummary> toReview(PageRequest page) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        Set<Long> mine = b.entities(em -> Set.copyOf(
                em.createQuery("select p.id from ProgrammeEntity p join p.reviewers r where r = :u", Long.class)
                        .setParameter("u", actor.userName())
                        .getResultList()));
        return b.read(c -> store.search(
                c, new ApplicationQuery("", null, null, null, Set.of(ApplicationStatus.SCREENED)), mine, page));
    }

    @Override
    public ApplicationStatistics statistics(int fiscalYear) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> store.statistics(c, fiscalYear));
    }

    @Override
    public int export(ApplicationQuery query, OutputStream out) throws IOException {
        Permissions.requireRole(Role.STAFF);
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)).withByteOrderMark();
        csv.row(EXPORT_COLUMNS);
        int rows = 0;
        PageRequest page = new PageRequest(0, PageRequest.MAX_LIMIT, List.of());
        for (boolean more = true; more; page = page.next()) {
            PageRequest current = page;
            Page<ApplicationSummary> found = b.read(c -> store.search(c, query, null, current));
            for (ApplicationSummary a : found.items()) {
                csv.row(
                        Long.toString(a.id()),
                        new FiscalYear(a.fiscalYear()).format(),
                        a.programmeTitle(),
                        a.organisationName(),
                        a.title(),
                        a.status().labelJa(),
                        Long.toString(a.requestedYen()),
                        a.grantedYen() == null ? "" : Long.toString(a.grantedYen()),
                        Long.toString(a.paidYen()),
                        MINUTES.format(a.updatedAt().atZone(FundingBackend.TOKYO)));
                rows++;
            }
            more = found.hasNext();
        }
        csv.flush();
        int count = rows;
        b.write(c -> {
            b.audit(AuditAction.EXPORT, RECORD_TYPE, 0, "申請一覧をCSVに出力（" + count + "件）");
            return null;
        });
        return count;
    }

    // ---- entry ---------------------------------------------------------------------------------

    @Override
    public Application submit(ApplicationDraft draft) {
        Permissions.requireRole(Role.STAFF);
        String name = check(draft);
        LocalDate day = draft.submittedOn() == null ? b.today() : draft.submittedOn();
        long id = b.both((em, c) -> {
            ProgrammeEntity p = programme(em, draft.programmeId());
            if (p.status == ProgrammeStatus.DRAFT) {
                throw ValidationException.of("programmeId", MESSAGES.get("application.programmeNotPublished", p.title));
            }
            ApplicationEntity a = new ApplicationEntity(draft, name, day, b.now());
            em.persist(a);
            em.flush();
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    a.id,
                    "「" + p.title + "」への申請「" + draft.title() + "」（" + name + "）を受付、申請額 "
                            + Money.yen(draft.requestedYen()));
            post(FundingEvents.APPLICATION_CREATED, a);
            return a.id;
        });
        return get(id);
    }

    @Override
    public Application update(long id, int expectedVersion, ApplicationDraft draft) {
        Permissions.requireRole(Role.STAFF);
        String name = check(draft);
        return step(id, expectedVersion, ApplicationStatus.SUBMITTED, "update", (em, c, a, p) -> {
            if (draft.programmeId() != a.programmeId) {
                throw ValidationException.of("programmeId", MESSAGES.get("application.programmeFixed"));
            }
            long before = a.requestedYen;
            a.set(draft, name, b.now());
            return "申請「" + draft.title() + "」を変更"
                    + (before == draft.requestedYen()
                            ? ""
                            : "、申請額 " + Money.yen(before) + " → " + Money.yen(draft.requestedYen()));
        });
    }

    /** @return the organisation's name */
    private String check(ApplicationDraft d) {
        Checks checks = new Checks(b);
        Optional<Applicant> o = checks.organisation("organisationId", d.organisationId());
        checks.required("title", d.title(), 200)
                .max("plan", d.plan(), 4000)
                .max("expectedEffect", d.expectedEffect(), 2000)
                .positiveYen("requestedYen", d.requestedYen())
                .period("endsOn", d.startsOn(), d.endsOn());
        budgetLines(checks, "budget", d.budget());
        checks.throwIfAny();
        return o.map(Applicant::name).orElse("");
    }

    private static void budgetLines(Checks checks, String field, List<BudgetLine> lines) {
        if (lines.size() > 200) {
            checks.error(field, "application.tooManyLines", 200);
        }
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            String at = field + "[" + i + "]";
            checks.present(at + ".side", l.side())
                    .required(at + ".item", l.item(), 200)
                    .yen(at + ".amountYen", l.amountYen());
        }
        if (checks.ok()) {
            try {
                BudgetLine.total(lines, BudgetSide.EXPENSE);
                BudgetLine.total(lines, BudgetSide.INCOME);
            } catch (ArithmeticException e) {
                checks.error(field, "check.yen");
            }
        }
    }

    // ---- the pipeline --------------------------------------------------------------------------

    /** One step of the pipeline on the entities, in one transaction with its JDBC work. */
    @FunctionalInterface
    private interface Step {
        /** @return the audit text of the step */
        String apply(EntityManager em, Connection c, ApplicationEntity a, ProgrammeEntity p) throws SQLException;
    }

    /**
     * Runs a step: the application must be in {@code from} (or, for a move, allow {@code to}); the version the
     * user saw must be current; on any failure nothing changes.
     *
     * @param from the state the step needs; null when {@code to} decides
     * @param action the step's name in the catalog ({@code action.<name>}), for the refusal
     */
    private Application step(long id, int expectedVersion, ApplicationStatus from, String action, Step step) {
        Actor actor = SecurityContext.require();
        b.both((em, c) -> {
            ApplicationEntity a = store.find(em, id).orElseThrow(() -> notFound(id));
            if (a.version != expectedVersion) {
                throw new ConflictException();
            }
            if (from != null && a.status != from) {
                throw notAllowed(a.status, action);
            }
            ProgrammeEntity p = programme(em, a.programmeId);
            String detail = step.apply(em, c, a, p);
            a.updatedAt = b.now();
            em.flush();
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, detail);
            post(FundingEvents.APPLICATION_UPDATED, a);
            return null;
        });
        return b.entities(em -> {
            ApplicationEntity a = store.find(em, id).orElseThrow(() -> notFound(id));
            return toApplication(a, programme(em, a.programmeId), actor);
        });
    }

    private static ConflictException notAllowed(ApplicationStatus current, String action) {
        return new ConflictException(MESSAGES.get(
                "application.notAllowed", MESSAGES.get("status." + current.name()), MESSAGES.get("action." + action)));
    }

    private void move(ApplicationEntity a, ApplicationStatus to, String action) {
        if (!a.status.next().contains(to)) {
            throw notAllowed(a.status, action);
        }
        a.moveTo(to, b.now());
    }

    private void post(String topic, ApplicationEntity a) {
        b.post(topic, a.id, FundingEvents.PROGRAMME_ID, a.programmeId);
    }

    @Override
    public Application screen(long id, int expectedVersion) {
        Permissions.requireRole(Role.COORDINATOR);
        return step(id, expectedVersion, ApplicationStatus.SUBMITTED, "screen", (em, c, a, p) -> {
            List<ReasonRow> found =
                    screening.check(c, p, a, AttachmentStore.documentNames(attachments.ofApplication(c, a.id)));
            a.reasons.clear();
            a.reasons.addAll(found);
            if (found.isEmpty()) {
                move(a, ApplicationStatus.SCREENED, "screen");
                return "要件確認: 適合";
            }
            move(a, ApplicationStatus.INELIGIBLE, "screen");
            return "要件確認: 不適合（"
                    + found.stream().map(r -> r.toReason().toString()).collect(Collectors.joining(" / ")) + "）";
        });
    }

    @Override
    public Application withdraw(long id, int expectedVersion, String reason) {
        Permissions.requireRole(Role.STAFF);
        String why = reason == null ? "" : reason.strip();
        Checks checks = new Checks(b);
        checks.required("reason", why, 2000).throwIfAny();
        return step(id, expectedVersion, null, "withdraw", (em, c, a, p) -> {
            move(a, ApplicationStatus.WITHDRAWN, "withdraw");
            a.decisionNote = why;
            return "取下げ: " + why;
        });
    }

    // ---- reviews -------------------------------------------------------------------------------

    /** The caller, when assigned to review the programme (or a coordinator). */
    private Actor requireReviewer(ProgrammeEntity p) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        if (!p.reviewers.contains(actor.userName())) {
            throw new AccessDeniedException(MESSAGES.get("review.notReviewer", p.title));
        }
        return actor;
    }

    @Override
    public Review saveReview(long applicationId, ReviewDraft draft) {
        Permissions.requireRole(Role.STAFF);
        long reviewId = b.both((em, c) -> {
            ApplicationEntity a = store.find(em, applicationId).orElseThrow(() -> notFound(applicationId));
            ProgrammeEntity p = programme(em, a.programmeId);
            Actor actor = requireReviewer(p);
            if (a.status != ApplicationStatus.SCREENED) {
                throw notAllowed(a.status, "review");
            }
            checkReview(draft, p);
            Optional<ReviewEntity> existing = reviews.find(em, applicationId, actor.userName());
            ReviewEntity r = existing.orElseGet(() -> new ReviewEntity(applicationId, actor.userName()));
            r.conflict = draft.conflictOfInterest();
            r.conflictNote = draft.conflictNote();
            r.comment = draft.comment();
            r.submittedAt = b.now();
            r.scores.clear();
            if (!draft.conflictOfInterest()) {
                r.scores.putAll(draft.scores());
            }
            if (existing.isEmpty()) {
                em.persist(r);
            }
            em.flush();
            b.audit(
                    existing.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                    REVIEW_RECORD_TYPE,
                    r.id,
                    draft.conflictOfInterest()
                            ? "申請 " + applicationId + " の審査: 利害関係あり（採点に含めない）"
                            : "申請 " + applicationId + " を採点 " + new TreeMap<>(draft.scores()));
            b.post(
                    existing.isEmpty() ? FundingEvents.REVIEW_CREATED : FundingEvents.REVIEW_UPDATED,
                    r.id,
                    FundingEvents.PROGRAMME_ID,
                    p.id);
            return r.id;
        });
        return b.entities(em -> toReview(em.find(ReviewEntity.class, reviewId), programmeOfReview(em, reviewId)));
    }

    private ProgrammeEntity programmeOfReview(EntityManager em, long reviewId) {
        ReviewEntity r = em.find(ReviewEntity.class, reviewId);
        ApplicationEntity a = em.find(ApplicationEntity.class, r.applicationId);
        return programme(em, a.programmeId);
    }

    private void checkReview(ReviewDraft d, ProgrammeEntity p) {
        Checks checks = new Checks(b);
        checks.max("conflictNote", d.conflictNote(), 1000).max("comment", d.comment(), 2000);
        if (d.conflictOfInterest()) {
            checks.required("conflictNote", d.conflictNote(), 1000);
        } else {
            Map<String, ReviewCriterion> criteria = new HashMap<>();
            p.criteria.forEach(c -> criteria.put(c.code, c.toCriterion()));
            for (ReviewCriterion c : criteria.values()) {
                Integer score = d.scores().get(c.code());
                if (score == null) {
                    checks.error("scores." + c.code(), "review.scoreMissing", c.name());
                } else {
                    checks.range("scores." + c.code(), score, 0, c.maxScore());
                }
            }
            d.scores().keySet().stream()
                    .filter(code -> !criteria.containsKey(code))
                    .forEach(code -> checks.error("scores." + code, "review.unknownCriterion", code));
        }
        checks.throwIfAny();
    }

    private static Review toReview(ReviewEntity r, ProgrammeEntity p) {
        long total = 0;
        if (!r.conflict) {
            for (CriterionRow c : p.criteria) {
                total += (long) c.weight * r.scores.getOrDefault(c.code, 0);
            }
        }
        return new Review(
                r.id,
                r.version,
                r.applicationId,
                r.reviewer,
                r.conflict,
                r.conflictNote,
                r.scores,
                r.comment,
                total,
                r.submittedAt);
    }

    @Override
    public List<Review> reviews(long applicationId) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        return b.entities(em -> {
            ApplicationEntity a = store.find(em, applicationId).orElseThrow(() -> notFound(applicationId));
            ProgrammeEntity p = programme(em, a.programmeId);
            boolean all = actor.has(Role.COORDINATOR);
            if (!all && !p.reviewers.contains(actor.userName())) {
                throw new AccessDeniedException(MESSAGES.get("review.notReviewer", p.title));
            }
            return reviews.ofApplication(em, applicationId).stream()
                    .filter(r -> all || r.reviewer.equals(actor.userName()))
                    .map(r -> toReview(r, p))
                    .toList();
        });
    }

    @Override
    public Application completeReview(long id, int expectedVersion) {
        Permissions.requireRole(Role.COORDINATOR);
        return step(id, expectedVersion, ApplicationStatus.SCREENED, "completeReview", (em, c, a, p) -> {
            int counting = reviews.counting(c, a.id);
            if (counting == 0) {
                throw new ConflictException(MESSAGES.get("review.noneCounts"));
            }
            move(a, ApplicationStatus.REVIEWED, "completeReview");
            return "審査終了（有効な審査 " + counting + " 件）";
        });
    }

    @Override
    public List<RankedApplication> ranking(long programmeId) {
        Permissions.requireRole(Role.COORDINATOR);
        return b.entities(em -> {
            ProgrammeEntity p = programme(em, programmeId);
            return b.read(c ->
                    reviews.ranking(c, programmeId, (requested, eligible) -> Limits.maxGrant(p, requested, eligible)));
        });
    }

    // ---- decision, agreement, payments ---------------------------------------------------------

    @Override
    public Application decide(long id, int expectedVersion, Decision decision) {
        Permissions.requireRole(Role.COORDINATOR);
        Checks checks = new Checks(b);
        checks.max("conditions", decision.conditions(), 2000).max("note", decision.note(), 2000);
        if (decision.grant()) {
            checks.positiveYen("grantedYen", decision.grantedYen());
        } else {
            checks.required("note", decision.note(), 2000);
        }
        checks.throwIfAny();
        LocalDate on = decision.decidedOn() == null ? b.today() : decision.decidedOn();
        Application decided = step(id, expectedVersion, ApplicationStatus.REVIEWED, "decide", (em, c, a, p) -> {
            a.decidedOn = on;
            a.decisionNote = decision.note();
            if (!decision.grant()) {
                move(a, ApplicationStatus.REJECTED, "decide");
                return "不採択: " + decision.note();
            }
            long amount = decision.grantedYen();
            long cap = Limits.maxGrant(p, a.requestedYen, a.eligibleCostYen);
            if (amount > cap) {
                throw ValidationException.of(
                        "grantedYen", MESSAGES.get("decision.aboveLimit", Money.yen(amount), Money.yen(cap)));
            }
            if (!programmes.commit(c, p.id, amount)) {
                long[] now = programmes.amounts(c, p.id);
                throw new ConflictException(
                        MESSAGES.get("budget.exceeded", p.title, Money.yen(amount), Money.yen(now[0] - now[1])));
            }
            if (p.wardCode != null && !programmes.wardCommit(c, p.fiscalYear, p.wardCode, amount)) {
                throw new ConflictException(MESSAGES.get("budget.wardExceeded", Money.yen(amount), p.wardCode));
            }
            a.grantedYen = amount;
            a.conditions = decision.conditions();
            move(a, ApplicationStatus.GRANTED, "decide");
            return "交付決定 " + Money.yen(amount) + "（「" + p.title + "」の予算に計上）";
        });
        if (decided.status() == ApplicationStatus.GRANTED
                && decided.programmeKind().proposal()) {
            Actor actor = SecurityContext.require();
            b.afterCommit(() -> SecurityContext.runAs(actor, () -> linkProject(id)));
        }
        return decided.status() == ApplicationStatus.GRANTED ? get(id) : decided;
    }

    /** After the grant of a proposal: the project in matching, when installed; a failure is logged, retried later. */
    private void linkProject(long id) {
        try {
            createProject(id);
        } catch (RuntimeException e) {
            LOG.warn("The granted proposal {} did not become a collaboration project (retry: createProject)", id, e);
        }
    }

    @Override
    public Optional<Long> createProject(long applicationId) {
        Permissions.requireRole(Role.COORDINATOR);
        ProposalProjects register = projects;
        if (register == null) {
            return Optional.empty();
        }
        return b.both((em, c) -> {
            ApplicationEntity a = store.find(em, applicationId).orElseThrow(() -> notFound(applicationId));
            ProgrammeEntity p = programme(em, a.programmeId);
            if (!p.kind.proposal() || !a.status.commits() || p.departmentId == null) {
                return Optional.<Long>empty();
            }
            if (a.projectId != null) {
                return Optional.of(a.projectId);
            }
            FiscalYear next = new FiscalYear(p.fiscalYear).next();
            long projectId = register.create(
                    a.title,
                    p.departmentId,
                    a.organisationId,
                    a.plan,
                    next.start(),
                    next.end(),
                    a.settledYen != null ? a.settledYen : a.grantedYen,
                    "funding:application:" + a.id);
            a.projectId = projectId;
            a.updatedAt = b.now();
            em.flush();
            b.audit(AuditAction.UPDATE, RECORD_TYPE, a.id, "協働事業（ID " + projectId + "）として登録");
            post(FundingEvents.APPLICATION_UPDATED, a);
            return Optional.of(projectId);
        });
    }

    @Override
    public Application agree(long id, int expectedVersion, Agreement agreement) {
        Permissions.requireRole(Role.COORDINATOR);
        Checks checks = new Checks(b);
        checks.max("number", agreement.number(), 50)
                .max("note", agreement.note(), 2000)
                .throwIfAny();
        return step(id, expectedVersion, ApplicationStatus.GRANTED, "agree", (em, c, a, p) -> {
            a.agreedOn = agreement.agreedOn() == null ? b.today() : agreement.agreedOn();
            a.agreementNumber = agreement.number();
            a.agreementNote = agreement.note();
            move(a, ApplicationStatus.AGREED, "agree");
            return "協定締結" + (agreement.number().isEmpty() ? "" : "（" + agreement.number() + "）");
        });
    }

    @Override
    public Application disburse(long id, int expectedVersion, DisbursementDraft payment) {
        Actor actor = Permissions.requireRole(Role.COORDINATOR);
        Checks checks = new Checks(b);
        checks.positiveYen("amountYen", payment.amountYen())
                .max("note", payment.note(), 1000)
                .throwIfAny();
        LocalDate on = payment.paidOn() == null ? b.today() : payment.paidOn();
        return step(id, expectedVersion, null, "disburse", (em, c, a, p) -> {
            if (!a.status.payable()) {
                throw notAllowed(a.status, "disburse");
            }
            long amount = payment.amountYen();
            if (!store.pay(c, a.id, amount)) {
                long limit = a.settledYen != null ? a.settledYen : a.grantedYen;
                throw new ConflictException(MESSAGES.get(
                        "disbursement.exceeded", Money.yen(amount), Money.yen(limit), Money.yen(store.paid(c, a.id))));
            }
            if (!programmes.pay(c, p.id, amount)
                    || (p.wardCode != null && !programmes.wardPay(c, p.fiscalYear, p.wardCode, amount))) {
                throw new ConflictException(MESSAGES.get("budget.paidExceeded", Money.yen(amount)));
            }
            em.persist(new DisbursementEntity(a.id, on, amount, payment.note(), actor.userName(), b.now()));
            return "支払 " + Money.yen(amount) + "（" + on + "）";
        });
    }

    @Override
    public List<Disbursement> disbursements(long applicationId) {
        Permissions.requireRole(Role.STAFF);
        return b.entities(em -> {
            store.find(em, applicationId).orElseThrow(() -> notFound(applicationId));
            return store.disbursements(em, applicationId);
        });
    }

    // ---- after the activity --------------------------------------------------------------------

    @Override
    public Application report(long id, int expectedVersion, ResultsReport report) {
        Permissions.requireRole(Role.STAFF);
        Checks checks = new Checks(b);
        checks.max("summary", report.summary(), 4000);
        budgetLines(checks, "actual", report.actual());
        for (int i = 0; i < report.indicators().size(); i++) {
            Indicator x = report.indicators().get(i);
            checks.required("indicators[" + i + "].name", x.name(), 100)
                    .max("indicators[" + i + "].unit", x.unit(), 20);
            if ((x.target() != null && x.target() < 0) || (x.result() != null && x.result() < 0)) {
                checks.error("indicators[" + i + "].result", "report.indicatorNegative");
            }
        }
        checks.throwIfAny();
        return step(id, expectedVersion, ApplicationStatus.AGREED, "report", (em, c, a, p) -> {
            a.reportedOn = report.reportedOn() == null ? b.today() : report.reportedOn();
            a.reportSummary = report.summary();
            a.actual.clear();
            report.actual().forEach(l -> a.actual.add(new LineRow(l)));
            a.indicators.clear();
            report.indicators().forEach(x -> a.indicators.add(new IndicatorRow(x)));
            long settled = Limits.settled(p, a.grantedYen, report.actualEligibleCostYen());
            long paid = store.paid(c, a.id);
            // what stays committed: the settled grant, or what was paid already (a refund is due then)
            long keep = Math.max(settled, paid);
            long free = a.grantedYen - keep;
            if (free > 0) {
                if (!programmes.release(c, p.id, free)
                        || (p.wardCode != null && !programmes.wardRelease(c, p.fiscalYear, p.wardCode, free))) {
                    throw new ConflictException();
                }
            }
            a.settledYen = settled;
            move(a, ApplicationStatus.REPORTED, "report");
            return "実績報告、交付額確定 " + Money.yen(settled) + "（交付決定 " + Money.yen(a.grantedYen) + "）"
                    + (free > 0 ? "、予算 " + Money.yen(free) + " を戻し" : "")
                    + (paid > settled ? "、返還 " + Money.yen(paid - settled) : "");
        });
    }

    @Override
    public Application evaluate(long id, int expectedVersion, Evaluation evaluation) {
        Permissions.requireRole(Role.COORDINATOR);
        Checks checks = new Checks(b);
        checks.range("rating", evaluation.rating(), 1, 5)
                .required("text", evaluation.text(), 4000)
                .throwIfAny();
        return step(id, expectedVersion, ApplicationStatus.REPORTED, "evaluate", (em, c, a, p) -> {
            a.rating = evaluation.rating();
            a.evaluation = evaluation.text();
            a.evaluatedOn = evaluation.evaluatedOn() == null ? b.today() : evaluation.evaluatedOn();
            move(a, ApplicationStatus.EVALUATED, "evaluate");
            return "評価 " + evaluation.rating() + "/5";
        });
    }

    @Override
    public Application decideExit(long id, int expectedVersion, ExitDecision exit) {
        Permissions.requireRole(Role.COORDINATOR);
        Checks checks = new Checks(b);
        checks.present("strategy", exit.strategy())
                .max("note", exit.note(), 2000)
                .throwIfAny();
        return step(id, expectedVersion, ApplicationStatus.EVALUATED, "exit", (em, c, a, p) -> {
            a.exitStrategy = exit.strategy();
            a.exitNote = exit.note();
            a.exitOn = exit.decidedOn() == null ? b.today() : exit.decidedOn();
            move(a, ApplicationStatus.CLOSED, "exit");
            return "出口: " + exit.strategy().labelJa();
        });
    }

    // ---- attachments ---------------------------------------------------------------------------

    @Override
    public AttachmentInfo attach(long applicationId, String documentName, String fileName, byte[] content) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        String document = documentName == null ? "" : documentName.strip();
        String file = fileName == null ? "" : fileName.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1).strip();
        Checks checks = new Checks(b);
        checks.required("documentName", document, 200).required("fileName", file, 255);
        Optional<String> type = Optional.empty();
        if (content == null || content.length == 0) {
            checks.error("content", "attachment.empty");
        } else if (content.length > MAX_ATTACHMENT_BYTES) {
            checks.error("content", "attachment.tooLarge", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        } else {
            type = ContentTypes.detect(content);
            if (type.isEmpty()) {
                checks.error("content", "attachment.type");
            }
        }
        checks.throwIfAny();
        String mediaType = type.orElseThrow();
        String name = file;
        long id = b.both((em, c) -> {
            ApplicationEntity a = store.find(em, applicationId).orElseThrow(() -> notFound(applicationId));
            if (a.status != ApplicationStatus.SUBMITTED && a.status != ApplicationStatus.AGREED) {
                throw notAllowed(a.status, "attach");
            }
            AttachmentInfo info = new AttachmentInfo(
                    0,
                    applicationId,
                    document,
                    name,
                    mediaType,
                    content.length,
                    sha256(content),
                    actor.userName(),
                    b.now());
            long newId = attachments.insert(c, info, content);
            b.audit(
                    AuditAction.CREATE,
                    ATTACHMENT_RECORD_TYPE,
                    newId,
                    "申請 " + applicationId + " に「" + document + "」（" + name + "、" + content.length + " バイト）を添付");
            b.post(FundingEvents.ATTACHMENT_CREATED, newId, FundingEvents.PROGRAMME_ID, a.programmeId);
            return newId;
        });
        return b.read(c -> attachments.info(c, id)).orElseThrow();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public List<AttachmentInfo> attachments(long applicationId) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> attachments.ofApplication(c, applicationId));
    }

    @Override
    public AttachmentContent readAttachment(long attachmentId) {
        Permissions.requireRole(Role.STAFF);
        return b.write(c -> {
            AttachmentInfo info = attachments
                    .info(c, attachmentId)
                    .orElseThrow(() -> new NotFoundException(MESSAGES.get("attachment.notFound", attachmentId)));
            byte[] content = attachments.content(c, attachmentId);
            b.audit(
                    AuditAction.READ_PERSONAL,
                    ATTACHMENT_RECORD_TYPE,
                    attachmentId,
                    "申請 " + info.applicationId() + " の添付「" + info.documentName() + "」を閲覧");
            return new AttachmentContent(info, content);
        });
    }

    @Override
    public void removeAttachment(long attachmentId) {
        Permissions.requireRole(Role.STAFF);
        b.both((em, c) -> {
            AttachmentInfo info = attachments
                    .info(c, attachmentId)
                    .orElseThrow(() -> new NotFoundException(MESSAGES.get("attachment.notFound", attachmentId)));
            ApplicationEntity a = store.find(em, info.applicationId()).orElseThrow();
            if (a.status != ApplicationStatus.SUBMITTED) {
                throw notAllowed(a.status, "removeAttachment");
            }
            attachments.delete(c, attachmentId);
            b.audit(
                    AuditAction.DELETE,
                    ATTACHMENT_RECORD_TYPE,
                    attachmentId,
                    "申請 " + a.id + " の添付「" + info.documentName() + "」を削除");
            b.post(FundingEvents.ATTACHMENT_DELETED, attachmentId, FundingEvents.PROGRAMME_ID, a.programmeId);
            return null;
        });
    }
}
