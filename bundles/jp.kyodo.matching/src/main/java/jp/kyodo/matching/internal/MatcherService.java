package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.Candidate;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.Matcher;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.ScoringRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = Matcher.class)
public final class MatcherService implements Matcher {

    /** The code of the answer while the index is still being built (seconds after start). */
    static final String NOT_READY = "not-ready";

    private final MatchingBackend b;
    private final MatchingIndex index;
    private final List<ScoringRule> registered = new CopyOnWriteArrayList<>();

    @Activate
    public MatcherService(@Reference MatchingBackend backend, @Reference MatchingIndex index) {
        this.b = backend;
        this.index = index;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(ScoringRule rule) {
        registered.add(rule);
    }

    void removeRule(ScoringRule rule) {
        registered.remove(rule);
    }

    @Override
    public List<ScoringRule> rules() {
        Set<String> disabled = b.disabledRules();
        return registered.stream()
                .filter(r -> !disabled.contains(r.id()))
                .sorted(Comparator.comparing(ScoringRule::id))
                .toList();
    }

    @Override
    public List<Candidate> candidates(long needId, int limit) {
        Permissions.requireRole(Role.COORDINATOR);
        if (limit < 1 || limit > 100) {
            throw ValidationException.of("limit", MESSAGES.get("matcher.limit"));
        }
        NeedStore.Row need =
                b.read(c -> new NeedStore().get(c, needId)).orElseThrow(() -> NeedService.notFound(needId));
        if (need.status() == NeedStatus.CLOSED || need.status() == NeedStatus.CANCELLED) {
            throw ValidationException.of(
                    "needId", MESSAGES.get("matcher.needClosed", need.status().labelJa()));
        }
        if (!index.ready()) {
            throw new DomainException(NOT_READY, MESSAGES.get("matcher.notReady"));
        }
        Set<CandidateRef> proposed = b.read(c -> new MatchStore().candidatesOf(c, needId));
        List<Candidate> result = Ranking.rank(
                index.index().snapshot(),
                new Ranking.Request(need.draft(), proposed, b.today(), limit),
                rules(),
                index.index()::stats,
                Ranking.NameMask.AS_INDEXED);
        long people = result.stream()
                .filter(c -> c.ref().kind() == jp.kyodo.matching.CandidateKind.PERSON)
                .count();
        if (people > 0) {
            b.audit(
                    AuditAction.READ_PERSONAL,
                    NeedService.RECORD_TYPE,
                    needId,
                    "マッチング候補を表示（" + result.size() + "件、うち個人" + people + "件）");
        }
        return result;
    }
}
