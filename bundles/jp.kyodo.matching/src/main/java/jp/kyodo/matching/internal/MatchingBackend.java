package jp.kyodo.matching.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.cluster.ChangeFeed;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.registry.PartnerProfiles;
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
 * What the matching services share, as operations: transactions on the module's schema, the clock, the
 * audit log, events after commit, the registry's profiles, the city's areas and fields, the configuration.
 * A bundle-private service, so that each public service is a component of its own.
 */
@Component(service = MatchingBackend.class, configurationPid = MatchingConfiguration.PID)
@Designate(ocd = MatchingConfiguration.class)
public class MatchingBackend {

    static final MessageCatalog MESSAGES =
            MessageCatalog.of(MatchingBackend.class, "jp.kyodo.matching.internal.messages");

    private static final Logger LOG = LoggerFactory.getLogger(MatchingBackend.class);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final Transactions tx;
    private final AuditLog audit;
    /** The clock of the running system; {@link #clock} is it, or it moved ahead for a rehearsal. */
    private final Clock base;

    private volatile Clock clock;
    private final PartnerProfiles partners;
    private volatile MatchingConfiguration config;
    /** This node's EventAdmin and the other nodes'; null in tests (EventAdmin only). */
    private final ChangeFeed feed;

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

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ActivityFieldTaxonomy fields;

    @Activate
    public MatchingBackend(
            @Reference Transactions tx,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.matching)") Schema schema,
            @Reference AuditLog audit,
            @Reference PartnerProfiles partners,
            @Reference ChangeFeed feed,
            MatchingConfiguration config) {
        this(tx, audit, partners, Clock.system(TOKYO), config, feed);
        LOG.info("Matching ready on schema V{}", schema.version());
    }

    /** For tests: a fixed clock; events posted on this node only. */
    MatchingBackend(
            Transactions tx, AuditLog audit, PartnerProfiles partners, Clock clock, MatchingConfiguration config) {
        this(tx, audit, partners, clock, config, null);
    }

    private MatchingBackend(
            Transactions tx,
            AuditLog audit,
            PartnerProfiles partners,
            Clock clock,
            MatchingConfiguration config,
            ChangeFeed feed) {
        this.feed = feed;
        this.tx = tx;
        this.audit = audit;
        this.partners = partners;
        this.base = clock;
        modified(config);
    }

    @Modified
    void modified(MatchingConfiguration newConfig) {
        this.config = newConfig;
        int ahead = newConfig.rehearsalDaysAhead();
        this.clock = ahead == 0 ? base : Clock.offset(base, java.time.Duration.ofDays(ahead));
        if (ahead != 0) {
            LOG.warn("Matching runs {} days ahead of the real date (rehearsalDaysAhead): not for production", ahead);
        }
    }

    MatchingConfiguration config() {
        return config;
    }

    <T> T write(SqlWork<T> work) {
        return tx.write(work);
    }

    <T> T read(SqlWork<T> work) {
        return tx.read(work);
    }

    void afterCommit(Runnable action) {
        tx.afterCommit(action);
    }

    void audit(AuditAction action, String recordType, long id, String detail) {
        audit.record(action, recordType, Long.toString(id), detail);
    }

    /**
     * Posts the event once the current transaction has committed (at once outside one), here and, through the
     * change feed, on the other nodes.
     */
    void post(String topic, long id) {
        if (feed != null) {
            feed.publish(topic, Map.of(jp.kyodo.matching.MatchingEvents.ID, id));
            return;
        }
        tx.afterCommit(() -> {
            EventAdmin events = eventAdmin;
            if (events != null) {
                events.postEvent(new Event(topic, Map.of(jp.kyodo.matching.MatchingEvents.ID, id)));
            }
        });
    }

    Clock clock() {
        return clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    PartnerProfiles partners() {
        return partners;
    }

    Optional<AreaHierarchy> areas() {
        return Optional.ofNullable(areas);
    }

    Optional<ActivityFieldTaxonomy> fields() {
        return Optional.ofNullable(fields);
    }

    Set<String> disabledRules() {
        return Set.of(config.disabledRules());
    }
}
