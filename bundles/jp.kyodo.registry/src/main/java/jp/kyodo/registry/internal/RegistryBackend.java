package jp.kyodo.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the registry's services share: the database (once the registry's schema is migrated), the
 * audit log, the city's areas and activity fields, and EventAdmin. Registered as a bundle-private
 * service so that each public service is a component of its own.
 */
@Component(service = RegistryBackend.class)
public class RegistryBackend {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryBackend.class);

    /** How often the search index looks for rows changed by other nodes. */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(30);

    /** How far back that look goes: longer than any transaction takes to commit. */
    static final Duration REFRESH_WINDOW = Duration.ofMinutes(10);

    /** More changed rows than this after one commit are re-read by rebuilding the whole index. */
    private static final int REBUILD_ABOVE = 2_000;

    final Transactions tx;
    final RegistryStore store;
    final DetailStore details = new DetailStore();
    final AuditLog audit;
    final PartnerIndex index = new PartnerIndex();
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

    @Activate
    public RegistryBackend(
            @Reference Transactions tx,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.registry)") Schema schema,
            @Reference AuditLog audit) {
        ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kyodo-registry-index");
            t.setDaemon(true);
            return t;
        });
        this.tx = tx;
        this.store = new RegistryStore(Clock.system(java.time.ZoneId.of("Asia/Tokyo")));
        this.audit = audit;
        this.indexer = indexer;
        indexer.execute(this::rebuildIndex);
        indexer.scheduleWithFixedDelay(
                this::refreshIndex, REFRESH_EVERY.toSeconds(), REFRESH_EVERY.toSeconds(), TimeUnit.SECONDS);
        LOG.info("Registry ready on schema V{}", schema.version());
    }

    /** For tests: the index is built at once, and kept current by the services' after-commit hooks. */
    RegistryBackend(Transactions tx, Clock clock, AuditLog audit) {
        this.tx = tx;
        this.store = new RegistryStore(clock);
        this.audit = audit;
        this.indexer = null;
        rebuildIndex();
    }

    @Deactivate
    void deactivate() {
        if (indexer != null) {
            indexer.shutdownNow();
        }
    }

    /** Whether searches can use the index (until then they scan the table). */
    boolean indexReady() {
        return indexReady;
    }

    /** Re-reads the partners into the search index once the current transaction has committed. */
    void indexChanged(Collection<Long> ids) {
        List<Long> copy = List.copyOf(ids);
        tx.afterCommit(() -> {
            if (copy.size() > REBUILD_ABOVE) {
                rebuildIndex();
            } else {
                index.put(tx.read(c -> store.entries(c, copy)));
            }
        });
    }

    void indexChanged(long id) {
        indexChanged(List.of(id));
    }

    void rebuildIndex() {
        try {
            long start = System.nanoTime();
            index.load(tx.read(store::allEntries));
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
    void refreshIndex() {
        try {
            Instant since = store.clock().instant().minus(REFRESH_WINDOW);
            index.putIfNewer(tx.read(c -> store.entriesUpdatedSince(c, since)));
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the registry search index failed: {}", e.toString());
        }
    }

    Optional<AreaHierarchy> areas() {
        return Optional.ofNullable(areas);
    }

    Optional<ActivityFieldTaxonomy> fields() {
        return Optional.ofNullable(fields);
    }

    Rules rules() {
        return new Rules(areas(), fields(), store.today());
    }

    /** A query made ready for this user: the area with its inner areas, the consent rule. */
    SearchSpec searchSpec(PartnerQuery query, Actor actor, boolean byUpdated) {
        Set<String> inside = Set.of();
        if (!query.areaCode().isEmpty()) {
            inside = areas().filter(h -> h.find(query.areaCode()).isPresent())
                    .map(h -> h.descendantsAndSelf(query.areaCode()))
                    .orElseThrow(() -> ValidationException.of("areaCode", "地域「" + query.areaCode() + "」はありません"));
        }
        return new SearchSpec(query, inside, store.today(), !Privacy.seesPersonalData(actor), byUpdated);
    }

    /**
     * Deactivates (with a reason) or reactivates a partner of the kind, audited and re-indexed; records
     * are never deleted.
     *
     * @param precondition further checks inside the transaction (throw to refuse)
     */
    void changeActive(PartnerKind kind, long id, boolean active, String reason, SqlWork<Void> precondition) {
        Permissions.requireRole(Role.COORDINATOR);
        String why = reason == null ? "" : reason.strip();
        if (!active && why.isEmpty()) {
            throw ValidationException.of("reason", "無効化の理由を入力してください");
        }
        boolean organisation = kind == PartnerKind.ORGANISATION;
        tx.write(c -> {
            PartnerMeta meta = store.meta(c, id)
                    .filter(m -> m.type().kind() == kind)
                    .orElseThrow(() -> new NotFoundException(kind.labelJa() + "（ID " + id + "）は見つかりません"));
            precondition.run(c);
            if (meta.active() == active) {
                throw new ConflictException("この" + kind.labelJa() + (active ? "はすでに有効です" : "はすでに無効化されています"));
            }
            store.setActive(c, id, active);
            details.setDeactivationReason(c, organisation, id, active ? null : why);
            indexChanged(id);
            audit.record(
                    active ? AuditAction.UPDATE : AuditAction.DEACTIVATE,
                    organisation ? Organisations.RECORD_TYPE : People.RECORD_TYPE,
                    Long.toString(id),
                    active ? "再び有効にした" : "無効化: " + why);
            return null;
        });
    }

    /** Posts an event after the change was committed (the caller calls this after {@code tx.write}). */
    void post(String topic, long id) {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(topic, Map.of(jp.kyodo.registry.RegistryEvents.ID, id)));
        }
    }
}
