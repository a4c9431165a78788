package jp.kyodo.training.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerProfiles;
import jp.kyodo.registry.Person;
import jp.kyodo.registry.PersonRegistry;
import jp.kyodo.training.TrainingTopics;
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
 * What the training services share, as operations: JDBC and JPA work in one transaction on the module's schema,
 * the clock, the audit log, events after commit, the registry's people, the configuration. A bundle-private
 * service, so that each public service is a component of its own.
 */
@Component(service = TrainingBackend.class, configurationPid = TrainingConfiguration.PID)
@Designate(ocd = TrainingConfiguration.class)
public class TrainingBackend {

    static final MessageCatalog MESSAGES =
            MessageCatalog.of(TrainingBackend.class, "jp.kyodo.training.internal.messages");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final Logger LOG = LoggerFactory.getLogger(TrainingBackend.class);
    /** Reads people as the platform: the caller's permission for the operation was checked already. */
    private static final Actor LOOKUP = Actor.system("training-lookup");

    private final Transactions tx;
    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final PersonRegistry people;
    private final PartnerProfiles profiles;
    private final Clock clock;
    private volatile TrainingConfiguration config;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @Activate
    public TrainingBackend(
            @Reference Transactions tx,
            @Reference(target = "(osgi.unit.name=kyodo-training)") JpaTemplate jpa,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.training)") Schema schema,
            @Reference AuditLog audit,
            @Reference PersonRegistry people,
            @Reference PartnerProfiles profiles,
            TrainingConfiguration config) {
        this(tx, jpa, audit, people, profiles, Clock.system(TOKYO), config);
        LOG.info("Training ready on schema V{}", schema.version());
    }

    /** For tests: a fixed clock. */
    TrainingBackend(
            Transactions tx,
            JpaTemplate jpa,
            AuditLog audit,
            PersonRegistry people,
            PartnerProfiles profiles,
            Clock clock,
            TrainingConfiguration config) {
        this.tx = tx;
        this.jpa = jpa;
        this.audit = audit;
        this.people = people;
        this.profiles = profiles;
        this.clock = clock;
        this.config = config;
    }

    @Modified
    void modified(TrainingConfiguration newConfig) {
        this.config = newConfig;
    }

    TrainingConfiguration config() {
        return config;
    }

    <T> T write(SqlWork<T> work) {
        return tx.write(work);
    }

    <T> T read(SqlWork<T> work) {
        return tx.read(work);
    }

    /** Entity work in the current transaction (or a new one): courses. */
    <T> T jpa(EmFunction<T> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    void afterCommit(Runnable action) {
        tx.afterCommit(action);
    }

    void audit(AuditAction action, String recordType, long id, String detail) {
        audit.record(action, recordType, Long.toString(id), detail);
    }

    /** Posts the event once the current transaction has committed (at once outside one). */
    void post(String topic, long id, Map<String, Object> extra) {
        tx.afterCommit(() -> {
            EventAdmin events = eventAdmin;
            if (events != null) {
                Map<String, Object> properties = new HashMap<>(extra);
                properties.put(TrainingTopics.ID, id);
                events.postEvent(new Event(topic, properties));
            }
        });
    }

    void post(String topic, long id) {
        post(topic, id, Map.of());
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TOKYO));
    }

    FiscalYear fiscalYear() {
        return FiscalYear.of(today());
    }

    /** The registry's person as the platform reads it (birth year, name); empty when unknown or erased. */
    Optional<Person> person(long id) {
        return SecurityContext.callAs(LOOKUP, () -> people.find(id)).filter(p -> !p.erased());
    }

    Optional<PartnerProfile> profile(long id) {
        return SecurityContext.callAs(LOOKUP, () -> profiles.profile(id));
    }

    /** The user name for records (recorded by …). */
    static String userName() {
        return SecurityContext.current().map(Actor::userName).orElse("anonymous");
    }
}
