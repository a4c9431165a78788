package jp.kyodo.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.cluster.ChangeFeed;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.core.security.Actor;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.RegistryEvents;
import jp.kyodo.registry.RegistryStatistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the registry's services share, as operations: work in a transaction ({@link #write}, {@link
 * #read}) on the stores ({@link #organisations()}, {@link #people()}, {@link #memberships()}, {@link
 * #consents()} …); after a change, {@link #reindexAfterCommit}, {@link #audit} and {@link
 * #postAfterCommit}; the rules of the city's areas and activity fields ({@link #rules()}); and the search,
 * from the in-memory index once it is built, by SQL until then. Registered as a bundle-private service so
 * that each public service is a component of its own.
 *
 * <p>The search index is built when the component starts, re-reads the partners a transaction changed once
 * it has committed, and re-reads those another node changed when the {@link ChangeFeed} brings their events
 * (within a second on PostgreSQL); every {@link #REFRESH_EVERY} it also picks up rows changed lately, should an
 * event have been missed.
 */
@Component(
        service = {RegistryBackend.class, EventHandler.class},
        property = {
            EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ALL,
            EventConstants.EVENT_FILTER + "=(" + ChangeFeed.REMOTE + "=true)"
        })
public class RegistryBackend implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryBackend.class);

    /** How often the search index looks for rows changed by other nodes. */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(30);

    /** How far back that look goes: longer than any transaction takes to commit. */
    static final Duration REFRESH_WINDOW = Duration.ofMinutes(10);

    /** More changed rows than this after one commit are re-read by rebuilding the whole index. */
    private static final int REBUILD_ABOVE = 2_000;

    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;
    private final PartnerTable partners;
    private final PartnerScans scans;
    private final OrganisationStore organisations;
    private final PersonStore people;
    private final MembershipStore memberships = new MembershipStore();
    private final ConsentStore consents = new ConsentStore();
    private final PartnerIndex index = new PartnerIndex();
    private volatile boolean indexReady;
    private final ScheduledExecutorService indexer;

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

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    /** Announces changes to this node's EventAdmin and to the other nodes; null in tests (EventAdmin only). */
    private final ChangeFeed feed;

    @Activate
    public RegistryBackend(
            @Reference Transactions tx,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.registry)") Schema schema,
            @Reference AuditLog audit,
            @Reference ChangeFeed feed) {
        this(tx, Clock.system(java.time.ZoneId.of("Asia/Tokyo")), audit, indexer(), feed);
        indexer.execute(this::rebuildIndex);
        indexer.scheduleWithFixedDelay(
                this::refreshIndex, REFRESH_EVERY.toSeconds(), REFRESH_EVERY.toSeconds(), TimeUnit.SECONDS);
        LOG.info("Registry ready on schema V{}", schema.version());
    }

    /** For tests: the index is built at once, and kept current by the services' after-commit hooks. */
    RegistryBackend(Transactions tx, Clock clock, AuditLog audit) {
        this(tx, clock, audit, null, null);
        rebuildIndex();
    }

    /** For tests of several nodes: changes announced through the feed, other nodes' applied on the caller's thread. */
    RegistryBackend(Transactions tx, Clock clock, AuditLog audit, ChangeFeed feed) {
        this(tx, clock, audit, null, feed);
        rebuildIndex();
    }

    private RegistryBackend(
            Transactions tx, Clock clock, AuditLog audit, ScheduledExecutorService indexer, ChangeFeed feed) {
        this.tx = tx;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
        this.partners = new PartnerTable(clock);
        this.scans = new PartnerScans(partners);
        this.organisations = new OrganisationStore(partners, scans);
        this.people = new PersonStore(partners, scans);
        this.indexer = indexer;
    }

    private static ScheduledExecutorService indexer() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kyodo-registry-index");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        if (indexer != null) {
            indexer.shutdownNow();
        }
    }

    // ---- transactions and what follows a change -------------------------------------------------

    /** Runs the work in the caller's transaction, or in a new one that commits when it returns. */
    <T> T write(SqlWork<T> work) {
        return tx.write(work);
    }

    /** Runs read-only work (inside a transaction, it sees the transaction's own changes). */
    <T> T read(SqlWork<T> work) {
        return tx.read(work);
    }

    /** Re-reads the partners into the search index once the current transaction has committed. */
    void reindexAfterCommit(Collection<Long> ids) {
        List<Long> copy = List.copyOf(ids);
        tx.afterCommit(() -> {
            if (copy.size() > REBUILD_ABOVE) {
                rebuildIndex();
            } else {
                index.put(tx.read(c -> scans.entries(c, copy)));
            }
        });
    }

    void reindexAfterCommit(long id) {
        reindexAfterCommit(List.of(id));
    }

    /**
     * Records the change in the audit log, in the current transaction (so the entry and the change commit
     * together). The detail is a record in Japanese, never personal data itself.
     *
     * @param id the partner's id; null for a change of many (an import, an export)
     */
    void audit(AuditAction action, String recordType, Long id, String detail) {
        audit.record(action, recordType, id == null ? null : Long.toString(id), detail);
    }

    /**
     * Posts the event ({@link RegistryEvents}) once the current transaction has committed, here and, through the
     * change feed, on the other nodes.
     */
    void postAfterCommit(String topic, long id) {
        if (feed != null) {
            feed.publish(topic, Map.of(RegistryEvents.ID, id));
            return;
        }
        tx.afterCommit(() -> {
            EventAdmin events = eventAdmin;
            if (events != null) {
                events.postEvent(new Event(topic, Map.of(RegistryEvents.ID, id)));
            }
        });
    }

    // ---- the stores -------------------------------------------------------------------------

    /** REG_PARTNER: what every partner has. */
    PartnerTable partners() {
        return partners;
    }

    /** Reads of many partners by SQL: search, exports, counts. */
    PartnerScans scans() {
        return scans;
    }

    OrganisationStore organisations() {
        return organisations;
    }

    PersonStore people() {
        return people;
    }

    MembershipStore memberships() {
        return memberships;
    }

    ConsentStore consents() {
        return consents;
    }

    // ---- the clock and the rules ------------------------------------------------------------

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    Optional<AreaHierarchy> areas() {
        return Optional.ofNullable(areas);
    }

    Optional<ActivityFieldTaxonomy> fields() {
        return Optional.ofNullable(fields);
    }

    /** The checks of drafts, with the city's areas and activity fields as they are now. */
    Rules rules() {
        return new Rules(areas(), fields(), today());
    }

    // ---- search -----------------------------------------------------------------------------

    /** A query made ready for this user: the area with its inner areas, the consent rule. */
    SearchSpec searchSpec(PartnerQuery query, Actor actor, boolean byUpdated) {
        Set<String> inside = Set.of();
        if (!query.areaCode().isEmpty()) {
            inside = areas().filter(h -> h.find(query.areaCode()).isPresent())
                    .map(h -> h.descendantsAndSelf(query.areaCode()))
                    .orElseThrow(() ->
                            ValidationException.of("areaCode", Messages.get("search.areaUnknown", query.areaCode())));
        }
        return new SearchSpec(query, inside, today(), !Privacy.seesPersonalData(actor), byUpdated);
    }

    /** One page of partners matching the spec: from the index, or by SQL while it is built. */
    Page<PartnerSummary> search(SearchSpec spec, PageRequest page) {
        if (indexReady) {
            return index.search(spec, page);
        }
        return tx.read(c -> scans.search(c, spec, page));
    }

    /** The dashboard's counts: from the index, or by SQL while it is built. */
    RegistryStatistics statistics() {
        FiscalYear fy = FiscalYear.of(today());
        if (indexReady) {
            return index.statistics(fy);
        }
        return tx.read(c -> scans.statistics(c, fy));
    }

    /** Whether searches use the index (until then they scan the table). */
    boolean indexReady() {
        return indexReady;
    }

    /** Builds the search index from the database (at start; after a large import). */
    void rebuildIndex() {
        try {
            long start = System.nanoTime();
            index.load(tx.read(scans::allEntries));
            indexReady = true;
            LOG.info(
                    "Registry search index: {} partners in {} ms",
                    index.baseSize(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("The registry search index could not be built; searches scan the table until it is", e);
        }
    }

    /** Picks up rows changed by other nodes (several Kyodo nodes on one PostgreSQL database). */
    /**
     * Another node changed a partner: its entry is read again. A bulk import announces only its last id (as
     * {@code …/CREATED}): then every row changed lately is read again.
     */
    @Override
    public void handleEvent(Event event) {
        if (!indexReady || !(event.getProperty(RegistryEvents.ID) instanceof Long id)) {
            return;
        }
        Runnable work = event.getTopic().endsWith("/CREATED")
                ? this::refreshIndex
                : () -> index.put(tx.read(c -> scans.entries(c, List.of(id))));
        if (indexer != null) {
            indexer.execute(work);
        } else {
            work.run();
        }
    }

    void refreshIndex() {
        try {
            Instant since = clock.instant().minus(REFRESH_WINDOW);
            index.putIfNewer(tx.read(c -> scans.entriesUpdatedSince(c, since)));
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the registry search index failed: {}", e.toString());
        }
    }
}
