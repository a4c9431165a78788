package jp.kyodo.funding.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.persistence.DatabaseException;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.funding.FundingEvents;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the funding services share, as operations: the entity work of the {@code kyodo-funding} unit and the
 * JDBC work of the core's transactions — one JTA transaction —, the clock, the audit log, events after
 * commit, the registry's organisations, the city's areas and the configuration. A bundle-private service, so
 * that each public service is a component of its own.
 */
@Component(service = FundingBackend.class, configurationPid = FundingConfiguration.PID)
@Designate(ocd = FundingConfiguration.class)
public class FundingBackend {

    static final MessageCatalog MESSAGES =
            MessageCatalog.of(FundingBackend.class, "jp.kyodo.funding.internal.messages");

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Logger LOG = LoggerFactory.getLogger(FundingBackend.class);

    private final Transactions tx;
    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final Applicants applicants;
    private final Clock clock;
    private volatile FundingConfiguration config;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AreaHierarchy areas;

    @Activate
    public FundingBackend(
            @Reference Transactions tx,
            @Reference(target = "(osgi.unit.name=kyodo-funding)") JpaTemplate jpa,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.funding)") Schema schema,
            @Reference AuditLog audit,
            @Reference Applicants applicants,
            FundingConfiguration config) {
        this(tx, jpa, audit, applicants, Clock.system(TOKYO), config);
        LOG.info("Funding ready on schema V{}", schema.version());
    }

    /** For tests: a fixed clock. */
    FundingBackend(
            Transactions tx,
            JpaTemplate jpa,
            AuditLog audit,
            Applicants applicants,
            Clock clock,
            FundingConfiguration config) {
        this.tx = tx;
        this.jpa = jpa;
        this.audit = audit;
        this.applicants = applicants;
        this.clock = clock;
        this.config = config;
    }

    @Modified
    void modified(FundingConfiguration newConfig) {
        this.config = newConfig;
    }

    FundingConfiguration config() {
        return config;
    }

    /** JDBC work in the caller's transaction or a new one; entity work inside joins it. */
    <T> T write(SqlWork<T> work) {
        return tx.write(work);
    }

    <T> T read(SqlWork<T> work) {
        return tx.read(work);
    }

    /**
     * Entity work joining the current transaction (or in one of its own). A version clash found when the
     * entity manager flushes — someone saved first — is the platform's conflict.
     */
    <T> T entities(EmFunction<T> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (PersistenceException e) {
            if (optimisticLock(e)) {
                throw new ConflictException();
            }
            throw e;
        }
    }

    private static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().endsWith("StaleObjectStateException")
                    || t.getClass().getName().endsWith("StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    /** Entity work and JDBC work on the same transaction's connection. */
    @FunctionalInterface
    interface Both<T> {
        T run(EntityManager em, Connection c) throws SQLException;
    }

    /** Runs entity and JDBC work in one transaction (the caller's, or a new one); see {@link #entities}. */
    <T> T both(Both<T> work) {
        return tx.write(c -> entities(em -> {
            try {
                return work.run(em, c);
            } catch (SQLException e) {
                throw new DatabaseException("database error: " + e.getMessage(), e);
            }
        }));
    }

    void afterCommit(Runnable action) {
        tx.afterCommit(action);
    }

    void audit(AuditAction action, String recordType, long id, String detail) {
        audit.record(action, recordType, Long.toString(id), detail);
    }

    /** Posts the event once the current transaction has committed (at once outside one). */
    void post(String topic, long id, String extraKey, Long extraValue) {
        tx.afterCommit(() -> {
            EventAdmin events = eventAdmin;
            if (events != null) {
                Map<String, Object> properties = new HashMap<>();
                properties.put(FundingEvents.ID, id);
                if (extraKey != null && extraValue != null) {
                    properties.put(extraKey, extraValue);
                }
                events.postEvent(new Event(topic, properties));
            }
        });
    }

    void post(String topic, long id) {
        post(topic, id, null, null);
    }

    Clock clock() {
        return clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TOKYO));
    }

    Optional<Applicant> organisation(long id) {
        return applicants.find(id);
    }

    Optional<AreaHierarchy> areas() {
        return Optional.ofNullable(areas);
    }

    /** The user name for records (recorded by …). */
    static String userName() {
        return SecurityContext.current().map(a -> a.userName()).orElse("anonymous");
    }
}
