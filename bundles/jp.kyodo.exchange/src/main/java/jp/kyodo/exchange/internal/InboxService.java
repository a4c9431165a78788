package jp.kyodo.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.exchange.ShareableType;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.exchange.Conflict;
import jp.kyodo.exchange.Direction;
import jp.kyodo.exchange.ExchangeRefusedException;
import jp.kyodo.exchange.ExchangeTopics;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.Inbox;
import jp.kyodo.exchange.Outcome;
import jp.kyodo.exchange.ReceivedQuery;
import jp.kyodo.exchange.ReceivedRecord;
import jp.kyodo.exchange.ReceivedStatus;
import jp.kyodo.exchange.Resolution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Messages from the neighbours: verified (known sender, its key's signature, addressed to this city, signed within
 * the clock window, never seen before), then every record written through its module in one transaction with the
 * message's log entry — idempotent (a revision already written is skipped), with provenance, and never over a local
 * edit (that becomes a conflict). A refused message writes nothing but its log entry.
 */
@Component(service = {Inbox.class, InboxService.class})
public final class InboxService implements Inbox {

    private final ExchangeBackend b;
    private final PeerService peers;
    private final ExchangeStore store = new ExchangeStore();
    private final Semaphore slots;

    @Activate
    public InboxService(@Reference ExchangeBackend backend, @Reference PeerService peers) {
        this.b = backend;
        this.peers = peers;
        this.slots = new Semaphore(Math.max(1, backend.config().concurrentMessages()));
    }

    @Override
    public Page<ReceivedRecord> received(ReceivedQuery query, PageRequest page) {
        SecurityContext.require();
        return b.read(c -> store.receivedPage(c, query, store.peerNames(c), page));
    }

    @Override
    public List<Conflict> conflicts() {
        SecurityContext.require();
        List<ExchangeStore.ConflictRow> rows = b.read(store::openConflicts);
        Map<String, String> names = b.read(store::peerNames);
        Map<String, Map<String, ShareableType.Outgoing>> localByType = new HashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (ExchangeStore.ConflictRow row : rows) {
            Optional<ShareableType> type = b.type(row.type());
            ShareableType.Outgoing local = localByType
                    .computeIfAbsent(row.type(), t -> locals(type, t, rows))
                    .get(row.localId());
            conflicts.add(ExchangeStore.toConflict(
                    row,
                    names.getOrDefault(row.peerCode(), row.peerCode()),
                    local == null ? "" : local.title(),
                    type.isEmpty() ? List.of() : differences(type.get(), row.payload(), local)));
        }
        return conflicts;
    }

    /** The local records of the conflicts of a type as they are now. */
    private Map<String, ShareableType.Outgoing> locals(
            Optional<ShareableType> type, String name, List<ExchangeStore.ConflictRow> rows) {
        if (type.isEmpty()) {
            return Map.of();
        }
        List<String> ids = rows.stream()
                .filter(r -> r.type().equals(name))
                .map(ExchangeStore.ConflictRow::localId)
                .toList();
        return SecurityContext.callAs(ExchangeBackend.EXCHANGE, () -> type.get().export(ids));
    }

    /** The fields the neighbour's version and the local record disagree on. */
    static List<Conflict.Difference> differences(
            ShareableType type, String theirPayload, ShareableType.Outgoing local) {
        Map<String, String> theirs = type.fields(theirPayload);
        Map<String, String> ours = local == null ? Map.of() : type.fields(local.payload());
        List<Conflict.Difference> differences = new ArrayList<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(theirs.keySet());
        names.addAll(ours.keySet());
        for (String name : names) {
            String a = theirs.getOrDefault(name, "");
            String o = ours.getOrDefault(name, "");
            if (!a.equals(o)) {
                differences.add(new Conflict.Difference(name, a, o));
            }
        }
        return differences;
    }

    @Override
    public void resolve(long conflictId, Resolution resolution) {
        Permissions.requireRole(Role.STAFF);
        String user = ExchangeBackend.userName();
        b.write(c -> {
            ExchangeStore.ConflictRow conflict = store.openConflict(c, conflictId)
                    .orElseThrow(() -> new NotFoundException("確認待ちの受信 " + conflictId + " はありません（決定済みか、存在しません）"));
            ExchangeStore.ReceivedRow received = store.received(
                            c, conflict.peerCode(), conflict.type(), List.of(conflict.remoteId()))
                    .get(conflict.remoteId());
            String peerName = store.peerNames(c).getOrDefault(conflict.peerCode(), conflict.peerCode());
            if (resolution == Resolution.TAKE_THEIRS) {
                ShareableType type = b.type(conflict.type())
                        .orElseThrow(() -> new NotFoundException("種類「" + conflict.type() + "」のモジュールが導入されていません"));
                ShareableType.Received written = SecurityContext.callAs(
                        ExchangeBackend.EXCHANGE,
                        () -> type.receive(
                                new ShareableType.Provenance(conflict.peerCode(), peerName),
                                conflict.remoteId(),
                                conflict.codecVersion(),
                                conflict.payload(),
                                conflict.localId()));
                store.putReceived(
                        c,
                        new ExchangeStore.ReceivedRow(
                                conflict.peerCode(),
                                conflict.type(),
                                conflict.remoteId(),
                                written.localId(),
                                written.title(),
                                conflict.remoteRevision(),
                                written.fingerprint(),
                                ReceivedStatus.CURRENT,
                                b.now()),
                        received != null);
            } else if (received != null) {
                // ours stays; the fingerprint stays the one of their last write, so their next change is offered again
                store.putReceived(
                        c,
                        new ExchangeStore.ReceivedRow(
                                received.peerCode(),
                                received.type(),
                                received.remoteId(),
                                received.localId(),
                                received.title(),
                                conflict.remoteRevision(),
                                received.localFingerprint(),
                                ReceivedStatus.CURRENT,
                                received.receivedAt()),
                        true);
            }
            store.resolveConflict(c, conflictId, resolution.name(), user, b.now());
            b.audit(
                    AuditAction.UPDATE,
                    "exchange.conflict",
                    Long.toString(conflictId),
                    (resolution == Resolution.TAKE_THEIRS ? "相手の内容を採用: " : "こちらの内容を維持: ") + peerName + "の「"
                            + conflict.title() + "」");
            b.post(ExchangeTopics.CONFLICT, conflict.peerCode());
            return null;
        });
    }

    @Override
    public String accept(String message, String remoteAddress) {
        String address = remoteAddress == null ? "" : remoteAddress;
        String digest = Wire.sha256(message == null ? "" : message);
        long bytes = message == null ? 0 : message.getBytes(StandardCharsets.UTF_8).length;
        Envelope read = new Envelope();
        if (!slots.tryAcquire()) {
            throw refuse(
                    read,
                    digest,
                    bytes,
                    address,
                    new ExchangeRefusedException("busy", 503, "受信処理が混み合っています。しばらくしてから送り直してください", 5));
        }
        try {
            return accept(message, read, digest, bytes, address);
        } catch (ExchangeRefusedException e) {
            throw refuse(read, digest, bytes, address, e);
        } finally {
            slots.release();
        }
    }

    @Override
    public ExchangeRefusedException tooLarge(long bytes, long limit, String remoteAddress) {
        return refuse(
                new Envelope(),
                "",
                bytes,
                remoteAddress == null ? "" : remoteAddress,
                new ExchangeRefusedException(
                        "too-large", 413, "メッセージが大きすぎます（" + limit / (1024 * 1024) + " MiB まで）: 分けて送ってください"));
    }

    /** What was read of a message before it was refused, for the log. */
    private static final class Envelope {
        String peer = "";
        String messageId = "";
        int records;
    }

    private String accept(String message, Envelope read, String digest, long bytes, String address) {
        Identity us = peers.identityNow();
        if (!us.configured()) {
            throw new ExchangeRefusedException("not-configured", 503, "この自治体の団体コードが設定されていません", 3600);
        }
        if (!peers.holdsCityKey()) {
            throw new ExchangeRefusedException(
                    "not-configured", 503, "このノードの署名鍵が自治体の鍵と異なります（etc/kyodo-exchange を揃えてください）", 60);
        }
        Wire.Parsed parsed;
        Wire.Envelope envelope;
        try {
            parsed = Wire.parse(message == null ? "" : message);
            envelope = Wire.read(parsed.payload(), Wire.Envelope.class);
        } catch (IllegalArgumentException e) {
            throw new ExchangeRefusedException("malformed", 400, "メッセージを読めません: " + e.getMessage());
        }
        read.peer = envelope.iss() == null ? "" : envelope.iss();
        read.messageId = envelope.jti() == null ? "" : envelope.jti();
        read.records = envelope.records() == null ? 0 : envelope.records().size();
        if (envelope.iss() == null || envelope.jti() == null || envelope.jti().isBlank() || envelope.kind() == null) {
            throw new ExchangeRefusedException("malformed", 400, "メッセージに iss, jti, kind がありません");
        }
        ExchangeStore.PeerRow peer = b.read(c -> store.peer(c, envelope.iss()))
                .filter(ExchangeStore.PeerRow::active)
                .orElseThrow(() -> new ExchangeRefusedException(
                        "unknown-peer", 403, "団体コード " + envelope.iss() + " は連携先として登録されていないか、停止中です"));
        if (!peer.signed(parsed, b.now())) {
            throw new ExchangeRefusedException(
                    "bad-signature", 401, "署名を検証できません（鍵 " + parsed.header().kid() + "）: 改ざんされたか、登録された鍵と異なります");
        }
        if (!us.municipalityCode().equals(envelope.aud())) {
            throw new ExchangeRefusedException(
                    "wrong-recipient", 400, "宛先 " + envelope.aud() + " はこの自治体（" + us.municipalityCode() + "）ではありません");
        }
        Instant now = b.now();
        long skew = Math.abs(
                Duration.between(Instant.ofEpochSecond(envelope.iat()), now).getSeconds());
        if (skew > b.config().clockSkewSeconds()) {
            throw new ExchangeRefusedException(
                    "stale",
                    400,
                    "署名時刻が " + skew + " 秒ずれています（許容 " + b.config().clockSkewSeconds() + " 秒）: 古いメッセージの再送か、時計のずれです");
        }
        int[] counts = b.write(c -> {
            if (store.seen(c, peer.code(), envelope.jti())) {
                throw new ExchangeRefusedException("replay", 409, "メッセージ " + envelope.jti() + " は受信済みです（再送攻撃の可能性）");
            }
            store.see(c, peer.code(), envelope.jti(), now);
            int[] result =
                    switch (envelope.kind()) {
                        case Wire.RECORDS -> records(
                                c, peer, envelope.records() == null ? List.of() : envelope.records());
                        case Wire.KEY -> announcement(c, peer, envelope.key());
                        default -> throw new ExchangeRefusedException(
                                "unsupported", 422, "メッセージの種類 " + envelope.kind() + " は扱えません");
                    };
            store.receivedFrom(c, peer.code(), now);
            store.log(
                    c,
                    now,
                    Direction.IN,
                    peer.code(),
                    envelope.jti(),
                    Outcome.ACCEPTED,
                    "",
                    read.records,
                    bytes,
                    digest,
                    address);
            b.post(ExchangeTopics.RECEIVED, peer.code());
            if (result[1] > 0) {
                b.post(ExchangeTopics.CONFLICT, peer.code());
            }
            return result;
        });
        return Wire.sign(
                b.keys().current(),
                new Wire.Receipt(
                        us.municipalityCode(),
                        peer.code(),
                        b.now().getEpochSecond(),
                        UUID.randomUUID().toString(),
                        envelope.jti(),
                        counts[0],
                        counts[1]));
    }

    /** The neighbour's new key, signed with the one registered: it replaces it, the old one accepted a while. */
    private int[] announcement(Connection c, ExchangeStore.PeerRow peer, Wire.Announcement key) throws SQLException {
        if (key == null || key.x() == null) {
            throw new ExchangeRefusedException("malformed", 400, "鍵の通知に鍵がありません");
        }
        try {
            SigningKeys.publicKey(key.x());
        } catch (IllegalArgumentException e) {
            throw new ExchangeRefusedException("malformed", 400, "通知された鍵を読めません: " + e.getMessage());
        }
        if (!key.x().equals(peer.publicKey())) {
            store.replaceKey(
                    c,
                    peer.code(),
                    key.x(),
                    SigningKeys.keyId(key.x()),
                    peer.publicKey(),
                    b.now().plus(Duration.ofDays(b.config().previousKeyDays())));
            b.audit(AuditAction.UPDATE, "exchange.peer", peer.code(), peer.name() + "の署名鍵の更新を受信（旧鍵の署名を検証済み）");
        }
        return new int[] {0, 0};
    }

    /** Writes the records; returns {accepted, conflicts}. */
    private int[] records(Connection c, ExchangeStore.PeerRow peer, List<Wire.Item> items) throws SQLException {
        ShareableType.Provenance from = new ShareableType.Provenance(peer.code(), peer.name());
        Map<String, List<Wire.Item>> byType = new LinkedHashMap<>();
        for (Wire.Item item : items) {
            if (item.type() == null
                    || item.id() == null
                    || item.id().isBlank()
                    || item.id().length() > 60) {
                throw new ExchangeRefusedException("malformed", 400, "記録に type と id（60文字以内）が必要です");
            }
            byType.computeIfAbsent(item.type(), t -> new ArrayList<>()).add(item);
        }
        int accepted = 0;
        int conflicts = 0;
        for (Map.Entry<String, List<Wire.Item>> entry : byType.entrySet()) {
            ShareableType type = b.type(entry.getKey())
                    .orElseThrow(() -> new ExchangeRefusedException(
                            "unsupported", 422, "種類「" + entry.getKey() + "」の記録はこの自治体では受け取れません（モジュールが導入されていません）"));
            // the last change of each record in the message counts
            Map<String, Wire.Item> latest = new LinkedHashMap<>();
            for (Wire.Item item : entry.getValue()) {
                latest.merge(item.id(), item, (a, z) -> z.rev() >= a.rev() ? z : a);
            }
            Map<String, ExchangeStore.ReceivedRow> known = store.received(c, peer.code(), type.type(), latest.keySet());
            List<String> localIds = known.values().stream()
                    .map(ExchangeStore.ReceivedRow::localId)
                    .filter(id -> !id.isEmpty())
                    .toList();
            Map<String, String> fingerprints = localIds.isEmpty()
                    ? Map.of()
                    : SecurityContext.callAs(ExchangeBackend.EXCHANGE, () -> type.fingerprints(localIds));
            for (Wire.Item item : latest.values()) {
                ExchangeStore.ReceivedRow old = known.get(item.id());
                if (old != null && item.rev() <= old.remoteRevision()) {
                    continue; // had it already: the same message twice is one record
                }
                accepted++;
                if (item.withdrawn()) {
                    if (old != null) {
                        store.dropConflict(c, peer.code(), type.type(), item.id(), b.now());
                        store.putReceived(c, withStatus(old, item.rev(), ReceivedStatus.WITHDRAWN), true);
                    }
                    continue;
                }
                if (item.v() != type.version()) {
                    throw new ExchangeRefusedException(
                            "unsupported",
                            422,
                            "種類「" + type.type() + "」の形式 v" + item.v() + " は扱えません（この自治体は v" + type.version() + "）");
                }
                if (item.payload() == null || item.payload().length() > 32000) {
                    throw new ExchangeRefusedException(
                            "malformed", 400, "記録 " + item.id() + " に内容がないか、32,000文字を超えています");
                }
                String current = old == null || old.localId().isEmpty() ? null : fingerprints.get(old.localId());
                if (current != null && !current.equals(old.localFingerprint())) {
                    // edited here since: a person decides
                    store.putConflict(
                            c,
                            new ExchangeStore.ConflictRow(
                                    0,
                                    peer.code(),
                                    type.type(),
                                    item.id(),
                                    old.localId(),
                                    item.title() == null ? "" : item.title(),
                                    item.v(),
                                    item.payload(),
                                    item.rev(),
                                    b.now()));
                    store.putReceived(c, withStatus(old, old.remoteRevision(), ReceivedStatus.CONFLICT), true);
                    conflicts++;
                    continue;
                }
                ShareableType.Received written;
                try {
                    String localId = current == null ? null : old.localId();
                    written = SecurityContext.callAs(
                            ExchangeBackend.EXCHANGE,
                            () -> type.receive(from, item.id(), item.v(), item.payload(), localId));
                } catch (DomainException e) {
                    String why = e instanceof ValidationException v
                            ? v.errors().stream().map(FieldError::message).collect(Collectors.joining("; "))
                            : e.getMessage();
                    throw new ExchangeRefusedException(
                            "malformed", 400, "記録 " + type.type() + " " + item.id() + " を取り込めません: " + why);
                }
                store.putReceived(
                        c,
                        new ExchangeStore.ReceivedRow(
                                peer.code(),
                                type.type(),
                                item.id(),
                                written.localId(),
                                written.title(),
                                item.rev(),
                                written.fingerprint(),
                                ReceivedStatus.CURRENT,
                                b.now()),
                        old != null);
            }
        }
        return new int[] {accepted, conflicts};
    }

    private ExchangeStore.ReceivedRow withStatus(ExchangeStore.ReceivedRow row, long revision, ReceivedStatus status) {
        return new ExchangeStore.ReceivedRow(
                row.peerCode(),
                row.type(),
                row.remoteId(),
                row.localId(),
                row.title(),
                revision,
                row.localFingerprint(),
                status,
                b.now());
    }

    /** Logs the refusal in a transaction of its own (the message's was rolled back) and returns it to throw. */
    private ExchangeRefusedException refuse(
            Envelope read, String digest, long bytes, String address, ExchangeRefusedException e) {
        try {
            b.write(c -> {
                store.log(
                        c,
                        b.now(),
                        Direction.IN,
                        read.peer,
                        read.messageId,
                        Outcome.REJECTED,
                        e.code() + ": " + e.getMessage(),
                        read.records,
                        bytes,
                        digest,
                        address);
                return null;
            });
        } catch (RuntimeException logFailed) {
            e.addSuppressed(logFailed);
        }
        return e;
    }
}
