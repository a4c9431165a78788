package jp.kyodo.matching.internal;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.core.field.ActivityFieldCsv;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.ScoringRule;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.MutableClock;
import jp.kyodo.testing.RecordingAuditLog;
import jp.kyodo.testing.TestDatabase;

/** The matching services on a fresh database, a movable clock and profiles kept in memory. */
final class MatchingKit implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static final Actor COORDINATOR = new Actor("suishin", Set.of(Role.COORDINATOR), "10.0.0.1");
    static final Actor STAFF = new Actor("shokuin", Set.of(Role.STAFF), "10.0.0.2");
    static final Actor VIEWER = new Actor("etsuran", Set.of(Role.VIEWER), "10.0.0.3");

    /** 川口市 (two districts, three 町会) and its neighbour 蕨市. */
    static final AreaHierarchy AREAS = AreaHierarchy.of(
            List.of(
                    new Area("kawaguchi", "川口市", "かわぐちし", AreaKind.CITY, null),
                    new Area("chuo", "中央地区", "ちゅうおうちく", AreaKind.DISTRICT, "kawaguchi"),
                    new Area("honcho", "本町町会", "ほんちょうちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "chuo"),
                    new Area("sakaecho", "栄町町会", "さかえちょうちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "chuo"),
                    new Area("shiba", "芝地区", "しばちく", AreaKind.DISTRICT, "kawaguchi"),
                    new Area("shiba-n", "芝中央町会", "しばちゅうおうちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "shiba"),
                    new Area("warabi", "蕨市", "わらびし", AreaKind.CITY, null),
                    new Area("warabi-c", "蕨中央地区", "わらびちゅうおうちく", AreaKind.DISTRICT, "warabi")),
            Map.of());

    final TestDatabase db = TestDatabase.create("jp.kyodo.core", "jp.kyodo.matching");
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MutableClock clock =
            new MutableClock(TODAY.atStartOfDay(TOKYO).plusHours(10).toInstant(), TOKYO);
    final FakeProfiles profiles = new FakeProfiles();
    final MatchingBackend backend;
    MatchingIndex index;
    MatcherService matcher;
    NeedService needs;
    DeskService desk;
    ProjectService projects;
    OfferService offers;
    PipelineService pipeline;
    final List<ScoringRule> rules = List.of(
            new Rules.Skills(),
            new Rules.Fields(),
            new Rules.Area(),
            new Rules.Availability(),
            new Rules.OfferKindRule(),
            new Rules.Outcomes(),
            new Rules.Load());

    /** The owner of the needs: a department. */
    final PartnerProfile department;

    /** Another department, for routing desk items. */
    final PartnerProfile environment;

    MatchingKit(String... disabledRules) {
        backend = new MatchingBackend(db.transactions(), audit, profiles, clock, config(disabledRules));
        backend.areas = AREAS;
        backend.fields = ActivityFieldCsv.loadDefault();
        department = profiles.organisation(PartnerType.CITY, "市民協働推進課", "", Set.of(), "kawaguchi");
        environment = profiles.organisation(PartnerType.CITY, "環境政策課", "", Set.of(), "kawaguchi");
        start();
    }

    /** (Re)starts the services on the profiles given so far — as after a restart of the bundle. */
    void start() {
        index = as(COORDINATOR, () -> new MatchingIndex(backend, true));
        matcher = new MatcherService(backend, index);
        rules.forEach(matcher::addRule);
        needs = new NeedService(backend, index);
        offers = new OfferService(backend, index);
        pipeline = new PipelineService(backend, index);
        desk = new DeskService(backend, index);
        projects = new ProjectService(backend, index);
    }

    static <T> T as(Actor actor, Callable<T> task) {
        return SecurityContext.callAs(actor, task);
    }

    static MatchingConfiguration config(String... disabled) {
        return config(0, disabled);
    }

    static MatchingConfiguration config(int daysAhead, String... disabled) {
        return new MatchingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MatchingConfiguration.class;
            }

            @Override
            public int staleAfterDays() {
                return 14;
            }

            @Override
            public int deskAnswerDays() {
                return 14;
            }

            @Override
            public int escalationCheckMinutes() {
                return 60;
            }

            @Override
            public int exitWarningWeeks() {
                return 8;
            }

            @Override
            public String[] disabledRules() {
                return disabled.clone();
            }

            @Override
            public int rehearsalDaysAhead() {
                return daysAhead;
            }
        };
    }

    @Override
    public void close() {
        db.close();
    }
}
