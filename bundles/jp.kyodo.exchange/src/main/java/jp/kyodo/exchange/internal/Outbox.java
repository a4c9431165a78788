package jp.kyodo.exchange.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.kyodo.core.exchange.ShareableType;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.exchange.Direction;
import jp.kyodo.exchange.ExchangeTopics;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.Outcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is shared to every active neighbour: in rounds every few seconds (and at once after a share or a
 * change), each neighbour gets the changes after the revision it acknowledged, in messages of bounded size, a
 * bounded number per round. A failure — no answer, a refusal, an answer that is not a receipt signed by that
 * neighbour — leaves its position where it was and plans the next attempt later and later (doubling up to an hour,
 * or as the neighbour's {@code Retry-After} says): a neighbour down for a day gets everything when it is back.
 * Several nodes on one database send each neighbour's messages from one node at a time (a lease on its row).
 */
@Component(immediate = true, service = Outbox.class)
public final class Outbox {

    static final String INBOX_PATH = "/api/v1/public/exchange/messages";

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final ExchangeBackend b;
    private final PeerService peers;
    private final SharingService sharing;
    private final ExchangeStore store = new ExchangeStore();
    private final String node = UUID.randomUUID().toString();
    private final HttpClient http;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** When the seen message ids were last purged and the shared records reconciled (hourly). */
    private volatile Instant lastPurge = Instant.EPOCH;

    @Activate
    public Outbox(@Reference ExchangeBackend backend, @Reference PeerService peers, @Reference SharingService sharing) {
        this(backend, peers, sharing, true);
    }

    /** @param scheduled false in tests, which run {@link #round()} themselves */
    Outbox(ExchangeBackend backend, PeerService peers, SharingService sharing, boolean scheduled) {
        this.b = backend;
        this.peers = peers;
        this.sharing = sharing;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kyodo-exchange-outbox");
            t.setDaemon(true);
            return t;
        });
        if (scheduled) {
            int interval = Math.max(1, backend.config().syncIntervalSeconds());
            executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.SECONDS);
            backend.onWake(this::wake);
        }
    }

    @Deactivate
    void deactivate() {
        b.onWake(() -> {});
        executor.shutdownNow();
    }

    /** Starts a round now unless one is waiting to start already. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(this::round);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                queued.set(false);
            }
        }
    }

    /** One round over the neighbours that are due. */
    void round() {
        queued.set(false);
        try {
            Identity us = peers.identityNow();
            if (!us.configured() || !peers.holdsCityKey()) {
                return;
            }
            Instant now = b.now();
            if (now.isAfter(lastPurge.plus(Duration.ofHours(1)))) {
                lastPurge = now;
                b.write(c -> store.forgetSeen(c, now.minus(Duration.ofDays(1))));
                int missed = sharing.reconcile();
                if (missed > 0) {
                    LOG.info("Exchange: {} shared records had changed without their event; sent again", missed);
                }
            }
            for (ExchangeStore.PeerRow peer : b.read(store::peers)) {
                if (!peer.active()
                        || peer.nextAttemptAt() != null && peer.nextAttemptAt().isAfter(now)) {
                    continue;
                }
                Instant until = now.plusSeconds(b.config().requestTimeoutSeconds() + 60L);
                if (!b.write(c -> store.lease(c, peer.code(), node, now, until))) {
                    continue;
                }
                try {
                    sendTo(us, peer);
                } finally {
                    b.write(c -> {
                        store.release(c, peer.code(), node);
                        return null;
                    });
                }
            }
        } catch (RuntimeException e) {
            // the database going away while the module stops, or a bug: the next round tries again
            LOG.warn("Exchange outbox round failed: {}", e.toString());
        }
    }

    private void sendTo(Identity us, ExchangeStore.PeerRow peer) {
        if (peer.announceKey()) {
            SigningKeys.Key previous = b.keys().previous();
            if (previous != null) {
                SigningKeys.Key current = b.keys().current();
                Wire.Envelope announcement = new Wire.Envelope(
                        us.municipalityCode(),
                        peer.code(),
                        b.now().getEpochSecond(),
                        UUID.randomUUID().toString(),
                        Wire.KEY,
                        null,
                        new Wire.Announcement(current.keyId(), current.publicKey()));
                if (!send(peer, announcement, previous, 0, -1)) {
                    return;
                }
            }
            b.write(c -> {
                store.keyAnnounced(c, peer.code(), b.now());
                return null;
            });
        }
        long acked = peer.ackedRevision();
        for (int i = 0; i < Math.max(1, b.config().messagesPerRound()); i++) {
            long after = acked;
            List<ExchangeStore.SharedRow> pending =
                    b.read(c -> store.pending(c, after, Math.max(1, b.config().batchRecords())));
            if (pending.isEmpty()) {
                return;
            }
            Optional<List<Wire.Item>> items = items(peer, pending);
            if (items.isEmpty()) {
                return;
            }
            Wire.Envelope envelope = new Wire.Envelope(
                    us.municipalityCode(),
                    peer.code(),
                    b.now().getEpochSecond(),
                    UUID.randomUUID().toString(),
                    Wire.RECORDS,
                    items.get(),
                    null);
            long last = items.get().get(items.get().size() - 1).rev();
            if (!send(peer, envelope, b.keys().current(), items.get().size(), last)) {
                return;
            }
            acked = last;
        }
    }

    /**
     * The records of the pending changes as they are now, cut at the message's size; empty when a change's module
     * is not installed here (the neighbour waits for it rather than hear a wrong withdrawal).
     */
    private Optional<List<Wire.Item>> items(ExchangeStore.PeerRow peer, List<ExchangeStore.SharedRow> pending) {
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (ExchangeStore.SharedRow row : pending) {
            if (!row.withdrawn()) {
                idsByType.computeIfAbsent(row.type(), t -> new ArrayList<>()).add(row.localId());
            }
        }
        Map<String, Map<String, ShareableType.Outgoing>> exported = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : idsByType.entrySet()) {
            Optional<ShareableType> type = b.type(entry.getKey());
            if (type.isEmpty()) {
                failed(peer, Outcome.FAILED, "", 0, 0, "", "", "種類「" + entry.getKey() + "」のモジュールが導入されていないため送れません", 0);
                return Optional.empty();
            }
            exported.put(entry.getKey(), SecurityContext.callAs(ExchangeBackend.EXCHANGE, () -> type.get()
                    .export(entry.getValue())));
        }
        long budget = Math.max(1, b.config().batchKilobytes()) * 1024L;
        List<Wire.Item> items = new ArrayList<>();
        for (ExchangeStore.SharedRow row : pending) {
            ShareableType.Outgoing out =
                    row.withdrawn() ? null : exported.get(row.type()).get(row.localId());
            int version = b.type(row.type()).map(ShareableType::version).orElse(0);
            Wire.Item item = out == null
                    ? new Wire.Item(row.type(), version, row.localId(), row.revision(), row.title(), null, true)
                    : new Wire.Item(
                            row.type(), version, row.localId(), row.revision(), out.title(), out.payload(), false);
            budget -= (out == null ? 0 : out.payload().length() * 3L)
                    + row.title().length() * 3L
                    + 100;
            if (budget < 0 && !items.isEmpty()) {
                break;
            }
            items.add(item);
        }
        return Optional.of(items);
    }

    /**
     * Signs and posts the message and reads the receipt; records the outcome.
     *
     * @param lastRevision acknowledged on success; -1 for a key announcement
     * @return whether the neighbour accepted it
     */
    private boolean send(
            ExchangeStore.PeerRow peer, Wire.Envelope envelope, SigningKeys.Key key, int records, long lastRevision) {
        String message = Wire.sign(key, envelope);
        String digest = Wire.sha256(message);
        long bytes = message.getBytes(StandardCharsets.UTF_8).length;
        String url = peer.baseUrl().replaceAll("/+$", "") + INBOX_PATH;
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(Math.max(5, b.config().requestTimeoutSeconds())))
                            .header("Content-Type", "application/jose")
                            .header("Accept", "application/jose, application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            failed(peer, Outcome.FAILED, envelope.jti(), records, bytes, digest, url, "応答がありません: " + e, 0);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        int status = response.statusCode();
        if (status != 200) {
            int retryAfter = response.headers()
                    .firstValue("Retry-After")
                    .map(Outbox::seconds)
                    .orElse(0);
            String reason = "HTTP " + status + " " + errorOf(response.body());
            failed(
                    peer,
                    status >= 400 && status < 500 ? Outcome.REJECTED : Outcome.FAILED,
                    envelope.jti(),
                    records,
                    bytes,
                    digest,
                    url,
                    reason,
                    retryAfter);
            return false;
        }
        Optional<String> nonsense = receiptProblem(peer, envelope, response.body());
        if (nonsense.isPresent()) {
            failed(peer, Outcome.FAILED, envelope.jti(), records, bytes, digest, url, "受領証が不正です: " + nonsense.get(), 0);
            return false;
        }
        b.write(c -> {
            if (lastRevision >= 0) {
                store.acknowledged(c, peer.code(), lastRevision, b.now());
            }
            store.log(
                    c,
                    b.now(),
                    Direction.OUT,
                    peer.code(),
                    envelope.jti(),
                    Outcome.ACCEPTED,
                    "",
                    records,
                    bytes,
                    digest,
                    url);
            b.post(ExchangeTopics.SENT, peer.code());
            return null;
        });
        return true;
    }

    /** Why the answer is not this neighbour's signed receipt of this message; empty when it is. */
    private Optional<String> receiptProblem(ExchangeStore.PeerRow peer, Wire.Envelope sent, String body) {
        Wire.Parsed parsed;
        Wire.Receipt receipt;
        try {
            parsed = Wire.parse(body == null ? "" : body);
            receipt = Wire.read(parsed.payload(), Wire.Receipt.class);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage() + " (" + ExchangeStore.cut(body, 120) + ")");
        }
        if (!peer.signed(parsed, b.now())) {
            return Optional.of("連携先の鍵の署名ではありません");
        }
        if (!peer.code().equals(receipt.iss())
                || !sent.iss().equals(receipt.aud())
                || !sent.jti().equals(receipt.inReplyTo())) {
            return Optional.of(
                    "このメッセージへの受領証ではありません（" + receipt.iss() + " → " + receipt.aud() + ", " + receipt.inReplyTo() + "）");
        }
        return Optional.empty();
    }

    private void failed(
            ExchangeStore.PeerRow peer,
            Outcome outcome,
            String messageId,
            int records,
            long bytes,
            String digest,
            String url,
            String reason,
            int retryAfterSeconds) {
        b.write(c -> {
            int failures = store.peer(c, peer.code())
                            .map(ExchangeStore.PeerRow::failures)
                            .orElse(0)
                    + 1;
            long backoff = Math.min(
                    (long) Math.max(1, b.config().retryFirstSeconds()) << Math.min(20, failures - 1),
                    Math.max(1, b.config().retryMaxSeconds()));
            long jittered = Math.max(1, backoff - ThreadLocalRandom.current().nextLong(backoff / 5 + 1));
            Instant next = b.now().plusSeconds(Math.max(jittered, retryAfterSeconds));
            store.failed(c, peer.code(), failures, next, reason);
            if (!messageId.isEmpty()) {
                store.log(
                        c,
                        b.now(),
                        Direction.OUT,
                        peer.code(),
                        messageId,
                        outcome,
                        reason,
                        records,
                        bytes,
                        digest,
                        url);
            }
            b.post(ExchangeTopics.SENT, peer.code());
            return null;
        });
        LOG.info("Exchange with {} failed ({}): {}", peer.code(), outcome, reason);
    }

    private static String errorOf(String body) {
        if (body == null) {
            return "";
        }
        try {
            Map<?, ?> error = Wire.read(body.getBytes(StandardCharsets.UTF_8), Map.class);
            return error.get("error") + ": " + error.get("message");
        } catch (IllegalArgumentException e) {
            return ExchangeStore.cut(body.strip(), 200);
        }
    }

    private static int seconds(String retryAfter) {
        try {
            return Math.max(0, Integer.parseInt(retryAfter.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
