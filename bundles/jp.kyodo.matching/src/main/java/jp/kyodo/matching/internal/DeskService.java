package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.ConsultationDesk;
import jp.kyodo.matching.DeskAction;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskItemDraft;
import jp.kyodo.matching.DeskQuery;
import jp.kyodo.matching.DeskStatistics;
import jp.kyodo.matching.DeskStatus;
import jp.kyodo.matching.DeskStep;
import jp.kyodo.matching.MatchingEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ConsultationDesk.class)
public final class DeskService implements ConsultationDesk {

    static final String RECORD_TYPE = "matching.desk";

    private final MatchingBackend b;
    private final MatchingIndex index;
    private final DeskStore desk = new DeskStore();

    @Activate
    public DeskService(@Reference MatchingBackend backend, @Reference MatchingIndex index) {
        this.b = backend;
        this.index = index;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("desk.notFound", id));
    }

    @Override
    public DeskItem receive(DeskItemDraft draft) {
        Actor actor = Permissions.requireRole(Role.COORDINATOR);
        Checks checks = new Checks(b);
        if (draft.kind() == null) {
            checks.error("kind", "desk.kindRequired");
        }
        checks.required("fromName", draft.fromName(), 200)
                .required("subject", draft.subject(), 200)
                .max("body", draft.body(), 4000);
        if (draft.receivedOn() != null && draft.receivedOn().isAfter(b.today())) {
            checks.error("receivedOn", "desk.receivedFuture");
        }
        if (draft.fromPartnerId() != null) {
            checks.partner("fromPartnerId", draft.fromPartnerId());
        }
        checks.throwIfAny();
        DeskItemDraft d = draft.receivedOn() != null
                ? draft
                : new DeskItemDraft(
                        draft.kind(),
                        draft.fromName(),
                        draft.fromPartnerId(),
                        draft.subject(),
                        draft.body(),
                        b.today());
        long id = b.write(c -> {
            Instant now = b.now();
            long newId = desk.insert(c, d, now);
            desk.addStep(c, newId, new DeskStep(DeskAction.RECEIVED, now, actor.userName(), "", ""));
            b.audit(AuditAction.CREATE, RECORD_TYPE, newId, d.kind().labelJa() + "「" + d.subject() + "」を受付");
            b.post(MatchingEvents.DESK_ITEM_CREATED, newId);
            return newId;
        });
        return get(id);
    }

    @Override
    public DeskItem route(long id, int expectedVersion, long departmentId, String owner, LocalDate dueOn, String note) {
        Actor actor = Permissions.requireRole(Role.COORDINATOR);
        return send(actor, id, expectedVersion, departmentId, owner, dueOn, note, DeskAction.ROUTED);
    }

    @Override
    public DeskItem forward(
            long id, int expectedVersion, long departmentId, String owner, LocalDate dueOn, String note) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        return send(actor, id, expectedVersion, departmentId, owner, dueOn, note, DeskAction.FORWARDED);
    }

    private DeskItem send(
            Actor actor,
            long id,
            int expectedVersion,
            long departmentId,
            String owner,
            LocalDate dueOn,
            String note,
            DeskAction action) {
        String who = text(owner);
        String why = text(note);
        LocalDate due = dueOn != null ? dueOn : b.today().plusDays(b.config().deskAnswerDays());
        Checks checks = new Checks(b);
        String department = checks.department("departmentId", departmentId);
        checks.required("owner", who, 100).max("note", why, 2000);
        if (due.isBefore(b.today())) {
            checks.error("dueOn", "desk.duePast");
        }
        if (action == DeskAction.FORWARDED && why.isEmpty()) {
            checks.error("note", "desk.forwardReason");
        }
        checks.throwIfAny();
        b.write(c -> {
            DeskStore.Row row = open(c, id);
            if (action == DeskAction.FORWARDED && row.status() != DeskStatus.ROUTED) {
                throw ValidationException.of("status", MESSAGES.get("desk.notRouted"));
            }
            Instant now = b.now();
            desk.route(c, id, expectedVersion, departmentId, who, due, now);
            desk.addStep(c, id, new DeskStep(action, now, actor.userName(), department, why));
            b.audit(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    id,
                    action.labelJa() + ": " + department + "（担当 " + who + "、期限 " + due + "）");
            b.post(MatchingEvents.DESK_ITEM_UPDATED, id);
            return null;
        });
        return get(id);
    }

    @Override
    public DeskItem accept(long id, int expectedVersion, String answer) {
        return answer(id, expectedVersion, DeskStatus.ACCEPTED, answer, "desk.answerRequired");
    }

    @Override
    public DeskItem decline(long id, int expectedVersion, String reason) {
        return answer(id, expectedVersion, DeskStatus.DECLINED, reason, "desk.reasonRequired");
    }

    private DeskItem answer(long id, int expectedVersion, DeskStatus status, String answer, String requiredKey) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        String text = text(answer);
        Checks checks = new Checks(b);
        if (text.isEmpty()) {
            checks.error("answer", requiredKey);
        }
        checks.max("answer", text, 2000).throwIfAny();
        b.write(c -> {
            DeskStore.Row row = open(c, id);
            if (row.status() != DeskStatus.ROUTED) {
                throw ValidationException.of("status", MESSAGES.get("desk.notRouted"));
            }
            Instant now = b.now();
            desk.answer(c, id, expectedVersion, status, text, b.today(), now);
            DeskAction action = status == DeskStatus.ACCEPTED ? DeskAction.ACCEPTED : DeskAction.DECLINED;
            desk.addStep(c, id, new DeskStep(action, now, actor.userName(), departmentName(row.departmentId()), text));
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, action.labelJa() + ": " + text);
            b.post(MatchingEvents.DESK_ITEM_UPDATED, id);
            return null;
        });
        return get(id);
    }

    /** The item, which must still wait for an answer. */
    private DeskStore.Row open(Connection c, long id) throws SQLException {
        DeskStore.Row row = desk.get(c, id).orElseThrow(() -> notFound(id));
        if (!row.status().open()) {
            throw ValidationException.of(
                    "status", MESSAGES.get("desk.answered", row.status().labelJa()));
        }
        return row;
    }

    @Override
    public DeskItem get(long id) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> toItem(c, desk.get(c, id).orElseThrow(() -> notFound(id))));
    }

    @Override
    public Page<DeskItem> search(DeskQuery query, PageRequest page) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> {
            Page<DeskStore.Row> rows = desk.search(c, query, b.today(), page);
            List<DeskItem> items = new ArrayList<>();
            for (DeskStore.Row r : rows.items()) {
                items.add(toItem(c, r));
            }
            return new Page<>(items, rows.total(), page);
        });
    }

    private DeskItem toItem(Connection c, DeskStore.Row r) throws SQLException {
        return new DeskItem(
                r.id(),
                r.version(),
                r.draft(),
                r.status(),
                r.departmentId(),
                departmentName(r.departmentId()),
                r.owner(),
                r.dueOn(),
                r.answer(),
                r.answeredOn(),
                overdue(r),
                r.escalatedAt(),
                desk.steps(c, r.id()));
    }

    private boolean overdue(DeskStore.Row r) {
        return r.status() == DeskStatus.ROUTED && r.dueOn() != null && r.dueOn().isBefore(b.today());
    }

    private String departmentName(Long departmentId) {
        return departmentId == null
                ? ""
                : index.partner(departmentId).map(Entry::name).orElse("");
    }

    @Override
    public DeskStatistics statistics() {
        Permissions.requireRole(Role.STAFF);
        LocalDate today = b.today();
        LocalDate yearStart = FiscalYear.of(today).start();
        List<DeskStore.Row> rows = b.read(c -> desk.openAndAnsweredSince(c, yearStart));
        int unrouted = 0;
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, DeskStatistics.Ageing> ageing = new HashMap<>();
        Map<Long, long[]> answerDays = new HashMap<>();
        for (DeskStore.Row r : rows) {
            if (r.status() == DeskStatus.RECEIVED) {
                unrouted++;
                continue;
            }
            long dept = r.departmentId();
            int[] n = counts.computeIfAbsent(dept, k -> new int[3]);
            if (r.status() == DeskStatus.ROUTED) {
                n[0]++;
                if (overdue(r)) {
                    n[1]++;
                }
                long age = ChronoUnit.DAYS.between(r.draft().receivedOn(), today);
                ageing.put(
                        dept,
                        ageing.getOrDefault(dept, DeskStatistics.Ageing.NONE).plus(age));
            } else if (r.answeredOn() != null && !r.answeredOn().isBefore(yearStart)) {
                n[2]++;
                long[] d = answerDays.computeIfAbsent(dept, k -> new long[2]);
                d[0] += ChronoUnit.DAYS.between(r.draft().receivedOn(), r.answeredOn());
                d[1]++;
            }
        }
        List<DeskStatistics.Department> departments = new ArrayList<>();
        counts.forEach((dept, n) -> {
            long[] d = answerDays.get(dept);
            departments.add(new DeskStatistics.Department(
                    dept,
                    departmentName(dept),
                    n[0],
                    n[1],
                    ageing.getOrDefault(dept, DeskStatistics.Ageing.NONE),
                    n[2],
                    d == null ? null : (double) d[0] / d[1]));
        });
        departments.sort(Comparator.comparingInt(DeskStatistics.Department::open)
                .reversed()
                .thenComparing(DeskStatistics.Department::name));
        return new DeskStatistics(unrouted, departments);
    }

    @Override
    public int escalateOverdue() {
        Actor actor = SecurityContext.require();
        Permissions.requireRole(Role.COORDINATOR);
        return b.write(c -> {
            Instant now = b.now();
            List<Long> ids = desk.escalate(c, b.today(), now);
            for (long id : ids) {
                DeskStore.Row row = desk.get(c, id).orElseThrow();
                String note = MESSAGES.get("desk.escalatedNote", row.dueOn()).toString();
                desk.addStep(
                        c,
                        id,
                        new DeskStep(
                                DeskAction.ESCALATED, now, actor.userName(), departmentName(row.departmentId()), note));
                b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "期限超過のため協働推進課へエスカレーション（期限 " + row.dueOn() + "）");
                b.post(MatchingEvents.DESK_ITEM_ESCALATED, id);
            }
            return ids.size();
        });
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
