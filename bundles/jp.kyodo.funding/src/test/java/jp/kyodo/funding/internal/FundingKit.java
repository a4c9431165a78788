package jp.kyodo.funding.internal;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.core.internal.pdf.PdfBoxDocuments;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.MutableClock;
import jp.kyodo.testing.RecordingAuditLog;
import jp.kyodo.testing.TestDatabase;
import jp.kyodo.testing.TestJpa;

/** The funding services on a fresh database, its JPA unit, a movable clock and organisations kept in memory. */
final class FundingKit implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static final Actor COORDINATOR = new Actor("suishin", Set.of(Role.COORDINATOR), "10.0.0.1");
    static final Actor STAFF = new Actor("shokuin", Set.of(Role.STAFF), "10.0.0.2");
    static final Actor REVIEWER_A = new Actor("shinsa-a", Set.of(Role.STAFF), "10.0.0.3");
    static final Actor REVIEWER_B = new Actor("shinsa-b", Set.of(Role.STAFF), "10.0.0.4");
    static final Actor REVIEWER_C = new Actor("shinsa-c", Set.of(Role.STAFF), "10.0.0.5");
    static final Actor VIEWER = new Actor("etsuran", Set.of(Role.VIEWER), "10.0.0.9");

    /** A designated city with two wards, districts and 町会. */
    static final AreaHierarchy AREAS = AreaHierarchy.of(
            List.of(
                    new Area("city", "さいたま市", "さいたまし", AreaKind.CITY, null),
                    new Area("urawa", "浦和区", "うらわく", AreaKind.WARD, "city"),
                    new Area("urawa-n", "浦和北地区", "うらわきたちく", AreaKind.DISTRICT, "urawa"),
                    new Area("omiya", "大宮区", "おおみやく", AreaKind.WARD, "city"),
                    new Area("omiya-e", "大宮東地区", "おおみやひがしちく", AreaKind.DISTRICT, "omiya")),
            Map.of());

    final TestDatabase db = TestDatabase.create("jp.kyodo.core", "jp.kyodo.funding");
    final TestJpa jpa = db.jpa("kyodo-funding");
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MutableClock clock =
            new MutableClock(TODAY.atStartOfDay(TOKYO).plusHours(10).toInstant(), TOKYO);
    final FakeApplicants organisations = new FakeApplicants();
    final FundingBackend backend;
    final ProgrammeService programmes;
    final ApplicationService applications;
    final FundService funds;
    final SharedCalls shared;
    final NeighbourCallService neighbourCalls;

    /** Departments and organisations every test may use. */
    final Applicant department;

    final Applicant npo;
    final Applicant association;
    final Applicant company;

    FundingKit() {
        backend = new FundingBackend(db.transactions(), jpa, audit, organisations, clock, config());
        backend.areas = AREAS;
        programmes = new ProgrammeService(backend);
        applications = new ApplicationService(backend);
        funds = new FundService(backend, new PdfBoxDocuments());
        shared = new SharedCalls(backend);
        neighbourCalls = new NeighbourCallService(backend);
        department = organisations.add(PartnerType.CITY, "市民協働推進課", OrganisationStatus.REGISTERED, "city");
        npo = organisations.add(PartnerType.CIVIC, "NPO法人うらわ子ども食堂", OrganisationStatus.REGISTERED, "urawa-n");
        association = organisations.add(PartnerType.NEIGHBOURHOOD, "大宮東町会", OrganisationStatus.REGISTERED, "omiya-e");
        company = organisations.add(PartnerType.BUSINESS, "株式会社みらい", OrganisationStatus.REGISTERED, "city");
    }

    static <T> T as(Actor actor, Callable<T> task) {
        return SecurityContext.callAs(actor, task);
    }

    static void run(Actor actor, Runnable task) {
        SecurityContext.runAs(actor, task);
    }

    static FundingConfiguration config() {
        return new FundingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return FundingConfiguration.class;
            }

            @Override
            public String receiptFont() {
                return "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
            }

            @Override
            public String receiptIssuer() {
                return "さいたま市長　協働　太郎";
            }

            @Override
            public String cityName() {
                return "さいたま市";
            }

            @Override
            public String cityCode() {
                return "111007";
            }

            @Override
            public String openDataLayout() {
                return "";
            }

            @Override
            public String proposalProjectForm() {
                return "GRANT";
            }
        };
    }

    @Override
    public void close() {
        db.close();
    }

    /** The registry's organisations as funding sees them, in memory. */
    static final class FakeApplicants implements Applicants {

        private final Map<Long, Applicant> byId = new ConcurrentHashMap<>();
        private final AtomicLong next = new AtomicLong(1000);

        Applicant add(PartnerType type, String name, OrganisationStatus status, String area) {
            return put(new Applicant(
                    next.incrementAndGet(),
                    name,
                    type,
                    status,
                    true,
                    null,
                    null,
                    Set.of(area),
                    LocalDate.of(2015, 4, 1)));
        }

        Applicant put(Applicant a) {
            byId.put(a.id(), a);
            return a;
        }

        @Override
        public Optional<Applicant> find(long organisationId) {
            return Optional.ofNullable(byId.get(organisationId));
        }
    }
}
