package jp.kyodo.exchange.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.exchange.ShareableType;
import jp.kyodo.core.municipality.MunicipalityDirectory;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.exchange.ExchangeTopics;
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
 * What the exchange services share: transactions on the module's schema, the clock, the audit log, events after
 * commit, the signing key, the municipality list, the shareable types the installed modules offer and the
 * configuration. A bundle-private service.
 */
@Component(service = ExchangeBackend.class, configurationPid = ExchangeConfiguration.PID)
@Designate(ocd = ExchangeConfiguration.class)
public class ExchangeBackend {

    /** Who the exchange acts as when it writes a neighbour's records through a module. */
    static final Actor EXCHANGE = Actor.system("exchange");

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeBackend.class);

    private final Transactions tx;
    private final AuditLog audit;
    private final MunicipalityDirectory municipalities;
    private final SigningKeys keys;
    private final Clock clock;
    private final Map<String, ShareableType> types = new ConcurrentHashMap<>();
    private volatile ExchangeConfiguration config;
    private volatile Runnable outboxWaker = () -> {};

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @Activate
    public ExchangeBackend(
            @Reference Transactions tx,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.exchange)") Schema schema,
            @Reference AuditLog audit,
            @Reference MunicipalityDirectory municipalities,
            ExchangeConfiguration config) {
        this(tx, audit, municipalities, SigningKeys.open(keyFolder(config)), Clock.systemUTC(), config);
        LOG.info(
                "Exchange ready on schema V{}, signing key {}",
                schema.version(),
                keys.current().keyId());
    }

    /** For tests: a key folder and clock of their own. */
    ExchangeBackend(
            Transactions tx,
            AuditLog audit,
            MunicipalityDirectory municipalities,
            SigningKeys keys,
            Clock clock,
            ExchangeConfiguration config) {
        this.tx = tx;
        this.audit = audit;
        this.municipalities = municipalities;
        this.keys = keys;
        this.clock = clock;
        this.config = config;
    }

    private static Path keyFolder(ExchangeConfiguration config) {
        if (!config.keyFolder().isBlank()) {
            return Path.of(config.keyFolder());
        }
        String etc = System.getProperty("karaf.etc");
        return Path.of(etc == null ? "etc" : etc, "kyodo-exchange");
    }

    @Modified
    void modified(ExchangeConfiguration newConfig) {
        this.config = newConfig;
    }

    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addType(ShareableType type) {
        types.putIfAbsent(type.type(), type);
        LOG.info("Shareable type {} offered", type.type());
    }

    void removeType(ShareableType type) {
        types.remove(type.type(), type);
    }

    ExchangeConfiguration config() {
        return config;
    }

    SigningKeys keys() {
        return keys;
    }

    MunicipalityDirectory municipalities() {
        return municipalities;
    }

    Optional<ShareableType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    List<ShareableType> types() {
        return List.copyOf(types.values());
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

    void audit(AuditAction action, String recordType, String id, String detail) {
        audit.record(action, recordType, id, detail);
    }

    /** Posts the event once the current transaction has committed (at once outside one). */
    void post(String topic, String peer) {
        tx.afterCommit(() -> {
            EventAdmin events = eventAdmin;
            if (events != null) {
                Map<String, Object> properties = new HashMap<>();
                properties.put(ExchangeTopics.PEER, peer);
                events.postEvent(new Event(topic, properties));
            }
        });
    }

    /** The outbox registers how to start its next round at once. */
    void onWake(Runnable waker) {
        this.outboxWaker = waker;
    }

    /** Starts the outbox's next round now (after a share, a change, a sync request). */
    void wakeOutbox() {
        outboxWaker.run();
    }

    Instant now() {
        return clock.instant();
    }

    /** The user name for records (shared by …). */
    static String userName() {
        return SecurityContext.current().map(Actor::userName).orElse("anonymous");
    }
}
