package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingBackend.MESSAGES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.pdf.PdfDocuments;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.Person;
import jp.kyodo.training.PointBalance;
import jp.kyodo.training.PointEntry;
import jp.kyodo.training.PointKind;
import jp.kyodo.training.PointRule;
import jp.kyodo.training.TrainingTopics;
import jp.kyodo.training.VolunteerPoints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Volunteer points. Points belong to the fiscal year they were earned in and expire at its end: the balance is
 * the current year's account, and {@link #expireEndedYears} writes what was left of earlier years into the
 * ledger as expired (run when the service starts and by staff at any time).
 */
@Component(service = VolunteerPoints.class)
public class PointsService implements VolunteerPoints {

    static final String RECORD = "training.points";
    private static final int MAX_MINUTES_A_DAY = 24 * 60;

    private final TrainingBackend b;
    private final PointStore store = new PointStore();
    private final CertificatePdf certificates;

    @Activate
    public PointsService(@Reference TrainingBackend backend, @Reference PdfDocuments pdf) {
        this.b = backend;
        this.certificates = new CertificatePdf(pdf);
        jp.kyodo.core.security.SecurityContext.runAs(
                jp.kyodo.core.security.Actor.system("training-points"), this::expireEndedYearsAsPlatform);
    }

    private void expireEndedYearsAsPlatform() {
        expire();
    }

    @Override
    public List<PointRule> rules() {
        Permissions.requireRole(Role.VIEWER);
        return b.read(store::rules);
    }

    @Override
    public PointRule saveRule(String code, String name, int pointsPerHour, boolean active) {
        Permissions.requireRole(Role.COORDINATOR);
        String c0 = code == null ? "" : code.strip();
        String n0 = name == null ? "" : name.strip();
        Checks k = new Checks()
                .required("code", c0, 32)
                .required("name", n0, 100)
                .range("pointsPerHour", pointsPerHour, 0, 1000);
        if (!c0.isEmpty() && !c0.matches("[A-Za-z0-9_-]+")) {
            k.error("code", "points.code");
        }
        k.throwIfAny();
        return b.write(c -> {
            store.saveRule(c, c0, n0, pointsPerHour, active);
            PointRule r = store.rule(c, c0).orElseThrow();
            b.audit(AuditAction.UPDATE, RECORD, r.id(), "ポイント規則「" + n0 + "」1時間 " + pointsPerHour + " ポイント");
            return r;
        });
    }

    @Override
    public PointEntry earn(long personId, String ruleCode, LocalDate on, int minutes, String note) {
        Permissions.requireRole(Role.STAFF);
        String n0 = note == null ? "" : note.strip();
        Checks k = new Checks()
                .present("on", on)
                .range("minutes", minutes, 1, MAX_MINUTES_A_DAY)
                .max("note", n0, 500);
        LocalDate today = b.today();
        FiscalYear current = FiscalYear.of(today);
        if (on != null && on.isAfter(today)) {
            k.error("on", "points.future");
        } else if (on != null && !current.contains(on)) {
            k.error("on", "points.endedYear", FiscalYear.of(on).format());
        }
        if (b.person(personId).isEmpty()) {
            k.error("personId", "apply.noPerson", personId);
        }
        k.throwIfAny();
        long id = b.write(c -> {
            PointRule rule = store.rule(c, ruleCode == null ? "" : ruleCode)
                    .filter(PointRule::active)
                    .orElseThrow(() -> ValidationException.of("ruleCode", MESSAGES.get("points.noRule", ruleCode)));
            int points = rule.pointsFor(minutes);
            long entryId = store.insert(
                    c,
                    new PointEntry(
                            0,
                            personId,
                            current.startYear(),
                            PointKind.EARN,
                            on,
                            rule.name(),
                            minutes,
                            points,
                            n0,
                            TrainingBackend.userName()),
                    rule.id(),
                    b.now());
            store.credit(c, personId, current.startYear(), points);
            b.audit(AuditAction.CREATE, RECORD, personId, rule.name() + " " + minutes + " 分で " + points + " ポイント付与");
            return entryId;
        });
        b.post(TrainingTopics.POINTS_UPDATED, personId);
        return b.read(c -> store.entry(c, id)).orElseThrow();
    }

    @Override
    public PointEntry redeem(long personId, int points, String note) {
        Permissions.requireRole(Role.STAFF);
        String n0 = note == null ? "" : note.strip();
        new Checks().range("points", points, 1, 1_000_000).max("note", n0, 500).throwIfAny();
        int year = b.fiscalYear().startYear();
        long id = b.write(c -> {
            if (!store.debit(c, personId, year, points)) {
                throw ValidationException.of(
                        "points", MESSAGES.get("points.notEnough", store.balance(c, personId, year), points));
            }
            long entryId = store.insert(
                    c,
                    new PointEntry(
                            0,
                            personId,
                            year,
                            PointKind.REDEEM,
                            b.today(),
                            "ポイント交換",
                            0,
                            -points,
                            n0,
                            TrainingBackend.userName()),
                    null,
                    b.now());
            b.audit(AuditAction.UPDATE, RECORD, personId, points + " ポイントを交換" + (n0.isEmpty() ? "" : "（" + n0 + "）"));
            return entryId;
        });
        b.post(TrainingTopics.POINTS_UPDATED, personId);
        return b.read(c -> store.entry(c, id)).orElseThrow();
    }

    @Override
    public PointBalance balance(long personId) {
        Permissions.requireRole(Role.STAFF);
        FiscalYear year = b.fiscalYear();
        int balance = b.read(c -> store.balance(c, personId, year.startYear()));
        return new PointBalance(personId, year.startYear(), balance, year.end());
    }

    @Override
    public Page<PointEntry> ledger(long personId, PageRequest page) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> store.ledger(c, personId, page));
    }

    @Override
    public int expireEndedYears() {
        Permissions.requireRole(Role.STAFF);
        return expire();
    }

    private int expire() {
        int current = b.fiscalYear().startYear();
        int n = b.write(c -> {
            int expired = 0;
            for (long[] account : store.leftOver(c, current)) {
                long person = account[0];
                int year = (int) account[1];
                int balance = (int) account[2];
                if (store.debit(c, person, year, balance)) {
                    store.insert(
                            c,
                            new PointEntry(
                                    0,
                                    person,
                                    year,
                                    PointKind.EXPIRE,
                                    new FiscalYear(year).end(),
                                    "年度末失効",
                                    0,
                                    -balance,
                                    "",
                                    TrainingBackend.userName()),
                            null,
                            b.now());
                    expired++;
                }
            }
            if (expired > 0) {
                b.audit(AuditAction.UPDATE, RECORD, 0, expired + " 人の前年度までのポイントを失効");
            }
            return expired;
        });
        return n;
    }

    @Override
    public long volunteerMinutes(long personId, LocalDate from, LocalDate until) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> store.minutes(c, personId, from, until));
    }

    @Override
    public byte[] certificate(long personId, LocalDate from, LocalDate until) {
        Permissions.requireRole(Role.STAFF);
        Checks k = new Checks().present("from", from).present("until", until);
        if (from != null && until != null && until.isBefore(from)) {
            k.error("until", "check.dateOrder");
        }
        k.throwIfAny();
        Person person = b.person(personId)
                .orElseThrow(() -> ValidationException.of("personId", MESSAGES.get("apply.noPerson", personId)));
        Path font = Path.of(b.config().certificateFont());
        if (!Files.isReadable(font)) {
            throw new DomainException("certificate-font", MESSAGES.get("certificate.font", font));
        }
        List<PointEntry> activities = b.read(c -> store.activities(c, personId, from, until));
        if (activities.isEmpty()) {
            throw ValidationException.of("from", MESSAGES.get("certificate.nothing"));
        }
        LocalDate today = b.today();
        String number = "V" + personId + "-" + today.toString().replace("-", "");
        byte[] pdf = certificates.render(
                font,
                number,
                person.details().name(),
                from,
                until,
                activities,
                today,
                b.config().cityName(),
                b.config().certificateIssuer());
        b.audit(AuditAction.EXPORT, RECORD, personId, "ボランティア活動証明書 " + number + " を発行");
        return pdf;
    }
}
