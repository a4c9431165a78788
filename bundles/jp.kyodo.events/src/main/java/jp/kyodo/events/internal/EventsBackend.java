package jp.kyodo.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.EventTopics;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerProfiles;
import jp.kyodo.registry.RegistryEvents;
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
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the events services share, as operations: JDBC and JPA work in one transaction on the module's schema,
 * the clock, the audit log, events after commit, the registry's partners, the configuration. A
 * bundle-private service, so that each public service is a component of its own.
 */
@Component(
        service = {EventsBackend.class, EventHandler.class},
        configurationPid = EventsConfiguration.PID,
        property = EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ALL)
@Designate(ocd = EventsConfiguration.class)
public class EventsBackend implements EventHandler {

    static final MessageCatalog MESSAGES = MessageCatalog.of(EventsBackend.class, "jp.kyodo.events.internal.messages");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final Logger LOG = LoggerFactory.getLogger(EventsBackend.class);
    /** Looks partners up as the platform: the caller's permission for the operation was checked already. */
    private static final Actor LOOKUP = Actor.system("events-lookup");

    private final Transactions tx;
    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final PartnerProfiles partners;
    private final Clock clock;
    private volatile EventsConfiguration config;
    /**
     * Partners' names as calendars, lists and feeds show them, kept until the registry announces a change of
     * the partner: a month's calendar names a hundred groups without a query each.
     */
    private final Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @Activate
    public EventsBackend(
            @Reference Transactions tx,
            @Reference(target = "(osgi.unit.name=kyodo-events)") JpaTemplate jpa,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.events)") Schema schema,
            @Reference AuditLog audit,
            @Reference PartnerProfiles partners,
            EventsConfiguration config) {
        this(tx, jpa, audit, partners, Clock.system(TOKYO), config);
        LOG.info("Events ready on schema V{}", schema.version());
    }

    /** For tests: a fixed clock. */
    EventsBackend(
            Transactions tx,
            JpaTemplate jpa,
            AuditLog audit,
            PartnerProfiles partners,
            Clock clock,
            EventsConfiguration config) {
        this.tx = tx;
        this.jpa = jpa;
        this.audit = audit;
        this.partners = partners;
        this.clock = clock;
        this.config = config;
    }

    @Modified
    void modified(EventsConfiguration newConfig) {
        this.config = newConfig;
    }

    EventsConfiguration config() {
        return config;
    }

    <T> T write(SqlWork<T> work) {
        return tx.write(work);
    }

    <T> T read(SqlWork<T> work) {
        return tx.read(work);
    }

    /** Entity work in the current transaction (or a new one): venues and rooms. */
    <T> T jpa(EmFunction<T> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    void audit(AuditAction action, String recordType, long id, String detail) {
        audit.record(action, recordType, Long.toString(id), detail);
    }

    /** Posts the event once the current transaction has committed (at once outside one). */
    void post(String topic, long id) {
        tx.afterCommit(() -> {
            EventAdmin events = eventAdmin;
            if (events != null) {
                events.postEvent(new Event(topic, Map.of(EventTopics.ID, id)));
            }
        });
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Instant instant(LocalDateTime local) {
        return local.atZone(TOKYO).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, TOKYO);
    }

    Optional<PartnerProfile> partner(long id) {
        return SecurityContext.callAs(LOOKUP, () -> partners.profile(id));
    }

    String partnerName(long id) {
        String name = names.get(id);
        if (name == null) {
            name = partner(id).map(PartnerProfile::name).orElse("");
            if (!name.isEmpty()) {
                names.put(id, name);
            }
        }
        return name;
    }

    /** A partner of the registry changed: its name is read again when next needed. */
    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(RegistryEvents.ID) instanceof Long id) {
            names.remove(id);
        } else {
            names.clear();
        }
    }

    PartnerProfiles partners() {
        return partners;
    }
}
