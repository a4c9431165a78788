package jp.kyodo.exchange.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Recently;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.exchange.ShareableType;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.exchange.ShareCandidate;
import jp.kyodo.exchange.ShareableKind;
import jp.kyodo.exchange.SharedRecord;
import jp.kyodo.exchange.Sharing;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this city shares, opt-in per record, and the outbox's revisions: a share, a change of a shared record (heard
 * on its module's change topics) and a withdrawal each take the next revision, which every neighbour then gets.
 */
@Component(service = {Sharing.class, SharingService.class})
public final class SharingService implements Sharing {

    private static final Logger LOG = LoggerFactory.getLogger(SharingService.class);

    private final ExchangeBackend b;
    private final ExchangeStore store = new ExchangeStore();
    private final Map<String, ShareableType> watched = new ConcurrentHashMap<>();
    /**
     * The ids of each type's shared records, so that the changes of the many records nobody shares (a neighbour's
     * 10,000 received events) cost no query; read again after a while for the shares made on other nodes.
     */
    private final Recently<String, Set<String>> sharedIds = Recently.keptFor(Duration.ofSeconds(30));

    private ServiceRegistration<EventHandler> listener;

    @Activate
    public SharingService(@Reference ExchangeBackend backend, BundleContext context) {
        this.b = backend;
        if (context != null) {
            listener = context.registerService(EventHandler.class, this::changed, topics());
        }
    }

    @Deactivate
    void deactivate() {
        if (listener != null) {
            listener.unregister();
            listener = null;
        }
    }

    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addType(ShareableType type) {
        watched.put(type.type(), type);
        retopic();
    }

    void removeType(ShareableType type) {
        watched.remove(type.type(), type);
        retopic();
    }

    private synchronized void retopic() {
        if (listener != null) {
            listener.setProperties(topics());
        }
    }

    private Dictionary<String, Object> topics() {
        Set<String> topics = new LinkedHashSet<>();
        watched.values().forEach(t -> topics.addAll(t.changeTopics()));
        Dictionary<String, Object> properties = new Hashtable<>();
        // no topic at all would mean every topic: listen to one nobody posts
        properties.put(
                EventConstants.EVENT_TOPIC,
                topics.isEmpty() ? new String[] {"jp/kyodo/exchange/NONE"} : topics.toArray(String[]::new));
        return properties;
    }

    @Override
    public List<ShareableKind> kinds(Locale language) {
        SecurityContext.require();
        return b.types().stream()
                .map(t -> new ShareableKind(t.type(), t.title(language)))
                .sorted(java.util.Comparator.comparing(ShareableKind::type))
                .toList();
    }

    @Override
    public List<ShareCandidate> candidates(String type, String text, int limit) {
        SecurityContext.require();
        ShareableType shareable = type(type);
        List<ShareableType.Candidate> found = SecurityContext.callAs(
                ExchangeBackend.EXCHANGE,
                () -> shareable.candidates(text == null ? "" : text.strip(), Math.max(1, Math.min(limit, 500))));
        Map<String, ExchangeStore.SharedRow> shared = b.read(c -> store.shared(
                c, type, found.stream().map(ShareableType.Candidate::localId).toList()));
        return found.stream()
                .map(f -> new ShareCandidate(
                        type,
                        f.localId(),
                        f.title(),
                        f.detail(),
                        shared.containsKey(f.localId())
                                && !shared.get(f.localId()).withdrawn()))
                .toList();
    }

    @Override
    public Page<SharedRecord> shared(String type, PageRequest page) {
        SecurityContext.require();
        return b.read(c -> store.sharedPage(c, type == null ? "" : type.strip(), page));
    }

    @Override
    public int share(String type, Collection<String> localIds) {
        Permissions.requireRole(Role.STAFF);
        ShareableType shareable = type(type);
        List<String> ids = List.copyOf(new LinkedHashSet<>(localIds));
        Map<String, ShareableType.Outgoing> records =
                SecurityContext.callAs(ExchangeBackend.EXCHANGE, () -> shareable.export(ids));
        List<String> missing =
                ids.stream().filter(id -> !records.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of(
                    "localId",
                    "共有できない記録があります（存在しないか、公開されていません）: "
                            + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                            + (missing.size() > 10 ? " ほか" + (missing.size() - 10) + "件" : ""));
        }
        String user = ExchangeBackend.userName();
        int count = b.write(c -> {
            Map<String, ExchangeStore.SharedRow> existing = store.shared(c, type, ids);
            List<String> fresh = ids.stream()
                    .filter(id -> !existing.containsKey(id) || existing.get(id).withdrawn())
                    .toList();
            if (fresh.isEmpty()) {
                return 0;
            }
            long revision = store.takeRevisions(c, fresh.size());
            List<ExchangeStore.SharedRow> inserts = new ArrayList<>();
            for (String id : fresh) {
                ShareableType.Outgoing out = records.get(id);
                ExchangeStore.SharedRow row = new ExchangeStore.SharedRow(
                        type, id, out.title(), out.fingerprint(), revision++, false, b.now(), user);
                if (existing.containsKey(id)) {
                    store.updateShared(c, row);
                } else {
                    inserts.add(row);
                }
            }
            store.insertShared(c, inserts);
            b.audit(
                    AuditAction.UPDATE,
                    "exchange.shared",
                    type,
                    "連携先と共有: " + shareable.title(Locale.JAPANESE) + " " + fresh.size() + "件（" + sample(fresh) + "）");
            return fresh.size();
        });
        sharedIds.forget(type);
        b.afterCommit(() -> {
            sharedIds.forget(type);
            b.wakeOutbox();
        });
        return count;
    }

    @Override
    public int withdraw(String type, Collection<String> localIds) {
        Permissions.requireRole(Role.STAFF);
        ShareableType shareable = type(type);
        List<String> ids = List.copyOf(new LinkedHashSet<>(localIds));
        String user = ExchangeBackend.userName();
        int count = b.write(c -> {
            List<ExchangeStore.SharedRow> rows = store.shared(c, type, ids).values().stream()
                    .filter(r -> !r.withdrawn())
                    .toList();
            if (rows.isEmpty()) {
                return 0;
            }
            long revision = store.takeRevisions(c, rows.size());
            for (ExchangeStore.SharedRow row : rows) {
                store.updateShared(
                        c,
                        new ExchangeStore.SharedRow(
                                type, row.localId(), row.title(), row.fingerprint(), revision++, true, b.now(), user));
            }
            b.audit(
                    AuditAction.UPDATE,
                    "exchange.shared",
                    type,
                    "共有をやめる: " + shareable.title(Locale.JAPANESE) + " " + rows.size() + "件（"
                            + sample(rows.stream()
                                    .map(ExchangeStore.SharedRow::localId)
                                    .toList()) + "）");
            return rows.size();
        });
        b.afterCommit(b::wakeOutbox);
        return count;
    }

    /** A module announced a change: a shared record that changed (or may no longer be shared) takes a new revision. */
    void changed(Event event) {
        for (ShareableType type : watched.values()) {
            if (!matches(type.changeTopics(), event.getTopic())) {
                continue;
            }
            Object id = event.getProperty(type.idProperty());
            if (id == null) {
                continue;
            }
            try {
                if (recordChanged(type, id.toString())) {
                    b.wakeOutbox();
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not follow the change of {} {}: {}", type.type(), id, e.toString());
            }
        }
    }

    /** Whether the record may be shared now (may: the database decides). */
    private boolean maybeShared(String type, String localId) {
        return sharedIds
                .get(type, t -> Set.copyOf(b.read(c -> store.sharedIds(c, t))))
                .contains(localId);
    }

    /** @return whether the record was shared and takes a new revision */
    boolean recordChanged(ShareableType type, String localId) {
        if (!maybeShared(type.type(), localId)) {
            return false;
        }
        ExchangeStore.SharedRow row =
                b.read(c -> store.shared(c, type.type(), List.of(localId))).get(localId);
        if (row == null || row.withdrawn()) {
            return false;
        }
        ShareableType.Outgoing now = SecurityContext.callAs(
                        ExchangeBackend.EXCHANGE, () -> type.export(List.of(localId)))
                .get(localId);
        if (now != null && now.fingerprint().equals(row.fingerprint())) {
            return false;
        }
        return b.write(c -> {
            ExchangeStore.SharedRow current =
                    store.shared(c, type.type(), List.of(localId)).get(localId);
            if (current == null || current.withdrawn()) {
                return false;
            }
            long revision = store.takeRevisions(c, 1);
            store.updateShared(
                    c,
                    new ExchangeStore.SharedRow(
                            type.type(),
                            localId,
                            now == null ? current.title() : now.title(),
                            now == null ? current.fingerprint() : now.fingerprint(),
                            revision,
                            // gone or no longer public: withdrawn at the neighbours
                            now == null,
                            current.sharedAt(),
                            current.sharedBy()));
            return true;
        });
    }

    /**
     * Compares every shared record with what was sent and sends again those that differ — the safety net for a change
     * whose event was missed (the module stopped, the change made on another node while its list of shared ids was
     * old).
     *
     * @return how many took a new revision
     */
    int reconcile() {
        int changed = 0;
        for (ShareableType type : watched.values()) {
            List<String> ids = b.read(c -> store.sharedIds(c, type.type()));
            for (int i = 0; i < ids.size(); i += 1000) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
                Map<String, ExchangeStore.SharedRow> rows = b.read(c -> store.shared(c, type.type(), chunk));
                Map<String, String> now =
                        SecurityContext.callAs(ExchangeBackend.EXCHANGE, () -> type.fingerprints(chunk));
                for (String id : chunk) {
                    ExchangeStore.SharedRow row = rows.get(id);
                    if (row != null && !row.fingerprint().equals(now.get(id))) {
                        sharedIds.forget(type.type());
                        if (recordChanged(type, id)) {
                            changed++;
                        }
                    }
                }
            }
        }
        return changed;
    }

    static boolean matches(List<String> topics, String topic) {
        for (String t : topics) {
            if (t.equals(topic) || t.endsWith("/*") && topic.startsWith(t.substring(0, t.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private ShareableType type(String type) {
        return b.type(type == null ? "" : type.strip())
                .orElseThrow(() -> new NotFoundException("共有できる種類「" + type + "」はありません（モジュールが導入されていません）"));
    }

    private static String sample(List<String> ids) {
        List<String> shown = new ArrayList<>(ids.subList(0, Math.min(5, ids.size())));
        return String.join(", ", shown) + (ids.size() > 5 ? " ほか" : "");
    }
}
