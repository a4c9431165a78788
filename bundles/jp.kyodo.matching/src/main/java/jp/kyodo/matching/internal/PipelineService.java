package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchPipeline;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.MatchStep;
import jp.kyodo.matching.MatchingEvents;
import jp.kyodo.matching.NeedStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = MatchPipeline.class)
public final class PipelineService implements MatchPipeline {

    static final String RECORD_TYPE = "matching.match";
    static final String CASE_RECORD_TYPE = "matching.case";

    private final MatchingBackend b;
    private final MatchingIndex index;
    private final MatchStore matches = new MatchStore();
    private final NeedStore needs = new NeedStore();
    private final CaseStore cases = new CaseStore();

    @Activate
    public PipelineService(@Reference MatchingBackend backend, @Reference MatchingIndex index) {
        this.b = backend;
        this.index = index;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("match.notFound", id));
    }

    @Override
    public Match propose(long needId, CandidateRef candidate, String note) {
        Actor actor = Permissions.requireRole(Role.COORDINATOR);
        if (candidate == null) {
            throw ValidationException.of("candidate", MESSAGES.get("match.candidateRequired"));
        }
        String why = text(note);
        if (why.length() > 2000) {
            throw ValidationException.of("note", MESSAGES.get("check.tooLong", 2000, why.length()));
        }
        long id = b.write(c -> {
            NeedStore.Row need = needs.get(c, needId).orElseThrow(() -> NeedService.notFound(needId));
            if (need.status() == NeedStatus.CLOSED || need.status() == NeedStatus.CANCELLED) {
                throw ValidationException.of(
                        "needId",
                        MESSAGES.get("matcher.needClosed", need.status().labelJa()));
            }
            Entry e = index.index()
                    .find(candidate.kind(), candidate.id())
                    .orElseThrow(() ->
                            ValidationException.of("candidate", MESSAGES.get("match.unknownCandidate", candidate)));
            // the index follows the registry's events; the registry itself decides (a consent withdrawn a
            // moment ago, an event not yet delivered)
            boolean mayBeProposed = e.eligible()
                    && b.partners()
                            .profile(e.partnerId())
                            .map(p -> p.active() && p.matchingConsent())
                            .orElse(false);
            if (!mayBeProposed) {
                throw ValidationException.of("candidate", MESSAGES.get("match.notEligible", e.name()));
            }
            if (!Ranking.serves(e, need.draft().kinds())
                    || e.partnerId() == need.draft().ownerId()) {
                throw ValidationException.of("candidate", MESSAGES.get("match.cannotServe", e.name()));
            }
            if (matches.candidatesOf(c, needId).contains(candidate)) {
                throw new ConflictException(MESSAGES.get("match.alreadyProposed", e.name()));
            }
            Instant now = b.now();
            long newId = matches.insert(c, needId, candidate, e.partnerId(), now);
            matches.addStep(c, newId, new MatchStep(MatchStage.PROPOSED, now, actor.userName(), why));
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    newId,
                    "ニーズ「" + need.draft().title() + "」に候補 " + candidate + " を提案");
            b.post(MatchingEvents.MATCH_CREATED, newId);
            index.matchesChanged(e.partnerId());
            return newId;
        });
        return get(id);
    }

    @Override
    public Match move(long matchId, int expectedVersion, MatchStage to, String note) {
        Actor actor = Permissions.requireRole(Role.COORDINATOR);
        String text = text(note);
        if (to == null) {
            throw ValidationException.of("stage", MESSAGES.get("match.stageRequired"));
        }
        if (to == MatchStage.COMPLETED && text.isEmpty()) {
            throw ValidationException.of("note", MESSAGES.get("match.outcomeRequired"));
        }
        if (to == MatchStage.DECLINED && text.isEmpty()) {
            throw ValidationException.of("note", MESSAGES.get("match.reasonRequired"));
        }
        if (text.length() > 2000) {
            throw ValidationException.of("note", MESSAGES.get("check.tooLong", 2000, text.length()));
        }
        b.write(c -> {
            MatchStore.Row m = matches.get(c, matchId).orElseThrow(() -> notFound(matchId));
            if (m.version() != expectedVersion) {
                throw new ConflictException();
            }
            if (!m.stage().next().contains(to)) {
                throw ValidationException.of(
                        "stage", MESSAGES.get("match.moveNotAllowed", m.stage().labelJa(), to.labelJa()));
            }
            Instant now = b.now();
            matches.move(c, matchId, expectedVersion, to, now);
            matches.addStep(c, matchId, new MatchStep(to, now, actor.userName(), text));
            if (to == MatchStage.AGREED) {
                needs.get(c, m.needId())
                        .filter(n -> n.status() == NeedStatus.OPEN)
                        .ifPresent(n -> forceStatus(c, n.id(), NeedStatus.MATCHED, now));
            }
            b.audit(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    matchId,
                    m.stage().labelJa() + " → " + to.labelJa() + (text.isEmpty() ? "" : "（" + text + "）"));
            b.post(MatchingEvents.MATCH_UPDATED, matchId);
            index.matchesChanged(m.partnerId());
            return null;
        });
        return get(matchId);
    }

    private void forceStatus(Connection c, long needId, NeedStatus status, Instant now) {
        try {
            needs.forceStatus(c, needId, status, now);
            b.post(MatchingEvents.NEED_UPDATED, needId);
        } catch (SQLException e) {
            throw new jp.kyodo.core.persistence.DatabaseException(e.getMessage(), e);
        }
    }

    @Override
    public Match get(long id) {
        Actor actor = SecurityContext.require();
        return b.read(c -> {
            MatchStore.Row m = matches.get(c, id).orElseThrow(() -> notFound(id));
            return toMatch(c, m, actor);
        });
    }

    @Override
    public Page<Match> search(MatchQuery query, PageRequest page) {
        Actor actor = SecurityContext.require();
        return b.read(c -> {
            Page<MatchStore.Row> rows = matches.search(c, query, staleBefore(), page);
            List<Match> items = new ArrayList<>();
            for (MatchStore.Row m : rows.items()) {
                items.add(toMatch(c, m, actor));
            }
            return new Page<>(items, rows.total(), page);
        });
    }

    private Instant staleBefore() {
        return b.now().minus(Duration.ofDays(b.config().staleAfterDays()));
    }

    private Match toMatch(Connection c, MatchStore.Row m, Actor actor) throws SQLException {
        Optional<NeedStore.Row> need = needs.get(c, m.needId());
        Optional<Entry> e =
                index.index().find(m.candidate().kind(), m.candidate().id());
        boolean anonymous = e.map(MatchingIndex::isPerson).orElse(false)
                && !actor.has(Role.COORDINATOR)
                && !m.stage().disclosed();
        String name = anonymous
                ? MESSAGES.get("candidate.privatePerson").toString()
                : e.map(Entry::name).orElse(m.candidate().toString());
        return new Match(
                m.id(),
                m.version(),
                m.needId(),
                need.map(n -> n.draft().title()).orElse(""),
                need.flatMap(n -> index.partner(n.draft().ownerId()))
                        .map(Entry::name)
                        .orElse(""),
                m.candidate(),
                name,
                anonymous,
                m.stage(),
                m.stageSince(),
                !m.stage().closed() && m.lastStepAt().isBefore(staleBefore()),
                matches.steps(c, m.id()),
                m.caseId());
    }

    // ---- case studies --------------------------------------------------------------------------

    @Override
    public CaseStudy writeCase(long matchId, CaseDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        checkCase(draft);
        long id = b.write(c -> {
            MatchStore.Row m = matches.get(c, matchId).orElseThrow(() -> notFound(matchId));
            if (m.stage() != MatchStage.COMPLETED) {
                throw ValidationException.of("matchId", MESSAGES.get("case.notCompleted"));
            }
            if (m.caseId() != null) {
                throw new ConflictException(MESSAGES.get("case.exists"));
            }
            NeedStore.Row need = needs.get(c, m.needId()).orElseThrow();
            long newId = cases.insert(
                    c,
                    matchId,
                    draft,
                    need.draft().kinds(),
                    Codes.join(need.draft().fieldCodes()),
                    need.draft().areaCode(),
                    draft.published() ? b.today() : null,
                    b.now());
            b.audit(
                    AuditAction.CREATE,
                    CASE_RECORD_TYPE,
                    newId,
                    "事例「" + draft.title() + "」を作成" + (draft.published() ? "（公開）" : ""));
            b.post(MatchingEvents.CASE_CREATED, newId);
            return newId;
        });
        return getCase(id);
    }

    @Override
    public CaseStudy updateCase(long caseId, int expectedVersion, CaseDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        checkCase(draft);
        b.write(c -> {
            CaseStudy before = cases.get(c, caseId).orElseThrow(() -> caseNotFound(caseId));
            java.time.LocalDate published =
                    draft.published() ? (before.publishedOn() != null ? before.publishedOn() : b.today()) : null;
            cases.update(c, caseId, expectedVersion, draft, published, b.now());
            b.audit(
                    AuditAction.UPDATE,
                    CASE_RECORD_TYPE,
                    caseId,
                    "事例「" + draft.title() + "」を変更"
                            + (draft.published() == (before.publishedOn() != null)
                                    ? ""
                                    : draft.published() ? "（公開）" : "（非公開に）"));
            b.post(MatchingEvents.CASE_UPDATED, caseId);
            return null;
        });
        return getCase(caseId);
    }

    private static NotFoundException caseNotFound(long id) {
        return new NotFoundException(MESSAGES.get("case.notFound", id));
    }

    @Override
    public CaseStudy getCase(long caseId) {
        Actor actor = SecurityContext.require();
        CaseStudy found = b.read(c -> cases.get(c, caseId)).orElseThrow(() -> caseNotFound(caseId));
        if (found.publishedOn() == null && !actor.has(Role.STAFF)) {
            throw caseNotFound(caseId);
        }
        return found;
    }

    @Override
    public Page<CaseStudy> cases(boolean publishedOnly, PageRequest page) {
        Actor actor = SecurityContext.require();
        return b.read(c -> cases.search(c, publishedOnly || !actor.has(Role.STAFF), page));
    }

    static void checkCase(CaseDraft d) {
        List<jp.kyodo.core.FieldError> errors = new ArrayList<>();
        if (d.title().isEmpty()) {
            errors.add(new jp.kyodo.core.FieldError("title", MESSAGES.get("check.required")));
        }
        if (d.summary().isEmpty()) {
            errors.add(new jp.kyodo.core.FieldError("summary", MESSAGES.get("check.required")));
        }
        if (d.outcome().isEmpty()) {
            errors.add(new jp.kyodo.core.FieldError("outcome", MESSAGES.get("case.outcomeRequired")));
        }
        if (d.title().length() > 200) {
            errors.add(new jp.kyodo.core.FieldError(
                    "title", MESSAGES.get("check.tooLong", 200, d.title().length())));
        }
        if (d.summary().length() > 4000 || d.outcome().length() > 4000) {
            errors.add(new jp.kyodo.core.FieldError(
                    "summary",
                    MESSAGES.get(
                            "check.tooLong",
                            4000,
                            Math.max(d.summary().length(), d.outcome().length()))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
