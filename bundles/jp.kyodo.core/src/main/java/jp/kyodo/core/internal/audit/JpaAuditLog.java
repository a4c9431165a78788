package jp.kyodo.core.internal.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditEntry;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.audit.AuditQuery;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit log on the {@code kyodo-core} persistence unit. */
@Component(service = AuditLog.class)
public final class JpaAuditLog implements AuditLog {

    static final int MAX_DETAIL = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditLog.class);
    private static final String ANONYMOUS = "anonymous";

    private final JpaTemplate jpa;
    private final Clock clock;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public JpaAuditLog(
            @Reference(target = "(osgi.unit.name=kyodo-core)") JpaTemplate jpa,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.core)") Schema schema) {
        this(jpa, Clock.systemUTC());
        LOG.info("Audit log ready on schema V{}", schema.version());
    }

    JpaAuditLog(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public AuditEntry record(AuditAction action, String recordType, String recordId, String detail) {
        Actor actor = SecurityContext.current().orElse(null);
        AuditRecord row = new AuditRecord(
                clock.instant(),
                actor == null ? ANONYMOUS : cut(actor.userName(), 100),
                actor == null ? null : cut(actor.remoteAddress(), 64),
                action,
                cut(recordType, 64),
                cut(recordId, 64),
                cut(detail, MAX_DETAIL));
        AuditEntry entry = jpa.txExpr(TransactionType.Required, em -> {
            em.persist(row);
            em.flush();
            return row.toEntry();
        });
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(TOPIC_RECORDED, Map.of("id", entry.id(), "action", action.name())));
        }
        return entry;
    }

    @Override
    public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
        Permissions.requireRole(Role.COORDINATOR);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<AuditEntry> items = build(em, query, "select a", " order by a.id desc", AuditRecord.class)
                    .setFirstResult(page.offset())
                    .setMaxResults(page.limit())
                    .getResultList()
                    .stream()
                    .map(AuditRecord::toEntry)
                    .toList();
            long total = build(em, query, "select count(a)", "", Long.class).getSingleResult();
            return new Page<>(items, total, page);
        });
    }

    private static <T> TypedQuery<T> build(
            EntityManager em, AuditQuery q, String select, String orderBy, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (q.actor() != null) {
            where.add("a.actor = :actor");
        }
        if (!q.actions().isEmpty()) {
            where.add("a.action in :actions");
        }
        if (q.recordType() != null) {
            where.add("a.recordType = :recordType");
        }
        if (q.recordId() != null) {
            where.add("a.recordId = :recordId");
        }
        if (q.from() != null) {
            where.add("a.occurredAt >= :from");
        }
        if (q.to() != null) {
            where.add("a.occurredAt < :to");
        }
        String jpql = select + " from AuditRecord a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + orderBy;
        TypedQuery<T> tq = em.createQuery(jpql, type);
        if (q.actor() != null) {
            tq.setParameter("actor", q.actor());
        }
        if (!q.actions().isEmpty()) {
            tq.setParameter("actions", List.copyOf(q.actions()));
        }
        if (q.recordType() != null) {
            tq.setParameter("recordType", q.recordType());
        }
        if (q.recordId() != null) {
            tq.setParameter("recordId", q.recordId());
        }
        if (q.from() != null) {
            tq.setParameter("from", q.from());
        }
        if (q.to() != null) {
            tq.setParameter("to", q.to());
        }
        return tq;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
