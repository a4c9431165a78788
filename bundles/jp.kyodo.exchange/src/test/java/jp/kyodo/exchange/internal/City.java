package jp.kyodo.exchange.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import jp.kyodo.core.municipality.MunicipalityCsv;
import jp.kyodo.core.municipality.SnapshotMunicipalityDirectory;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.exchange.ExchangeRefusedException;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.PeerDraft;
import jp.kyodo.testing.MutableClock;
import jp.kyodo.testing.RecordingAuditLog;
import jp.kyodo.testing.TestDatabase;

/**
 * One city's exchange module on a database of its own, with the {@link Notes} type installed and its inbox served
 * over HTTP on loopback as the public endpoint serves it; the outbox runs its rounds when a test says so.
 */
final class City implements AutoCloseable {

    static final SnapshotMunicipalityDirectory MUNICIPALITIES =
            new SnapshotMunicipalityDirectory(MunicipalityCsv.loadSnapshot());
    static final Actor ADMIN = new Actor("kanri", Set.of(Role.ADMIN), "10.0.0.9");
    static final Actor STAFF = new Actor("shokuin", Set.of(Role.STAFF), "10.0.0.2");
    static final Actor VIEWER = new Actor("etsuran", Set.of(Role.VIEWER), "10.0.0.3");

    final TestDatabase db = TestDatabase.create("jp.kyodo.core", "jp.kyodo.exchange");
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MutableClock clock;
    final Path keys;
    final Notes notes = new Notes();
    final ExchangeBackend backend;
    final PeerService peers;
    final SharingService sharing;
    final InboxService inbox;
    final LogService log;
    final Outbox outbox;
    /** Every message this city's endpoint received, as it came. */
    final List<String> delivered = new ArrayList<>();
    /** Replaces the endpoint's answer when set (a neighbour that answers nonsense). */
    volatile UnaryOperator<String> answer;

    private HttpServer server;
    private int port;

    City(String code, Instant start) {
        clock = new MutableClock(start, ZoneOffset.UTC);
        try {
            keys = Files.createTempDirectory("kyodo-exchange-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        backend =
                new ExchangeBackend(db.transactions(), audit, MUNICIPALITIES, SigningKeys.open(keys), clock, config());
        backend.addType(notes);
        peers = new PeerService(backend);
        sharing = new SharingService(backend, null);
        sharing.addType(notes);
        inbox = new InboxService(backend, peers);
        log = new LogService(backend);
        outbox = new Outbox(backend, peers, sharing, false);
        as(ADMIN, () -> peers.configure(code));
        start();
    }

    /** Starts (again) serving the inbox on the same port. */
    void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext(Outbox.INBOX_PATH, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            delivered.add(body);
            int status;
            String reply;
            try {
                reply = inbox.accept(
                        body, exchange.getRemoteAddress().getAddress().getHostAddress());
                status = 200;
                if (answer != null) {
                    reply = answer.apply(reply);
                }
            } catch (ExchangeRefusedException e) {
                status = e.status();
                reply = "{\"error\":\"" + e.code() + "\",\"message\":\""
                        + e.getMessage().replace("\"", "'") + "\"}";
                if (e.retryAfterSeconds() > 0) {
                    exchange.getResponseHeaders().add("Retry-After", Integer.toString(e.retryAfterSeconds()));
                }
            }
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** The endpoint goes away (the city's server is down). */
    void stop() {
        server.stop(0);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Identity identity() {
        return as(VIEWER, peers::identity);
    }

    /** Registers the other city as a neighbour, as an administrator copies its identity. */
    void knows(City other) {
        Identity them = other.identity();
        as(
                ADMIN,
                () -> peers.register(new PeerDraft(them.municipalityCode(), other.baseUrl(), them.publicKey(), true)));
    }

    static <T> T as(Actor actor, Callable<T> task) {
        return SecurityContext.callAs(actor, task);
    }

    static ExchangeConfiguration config() {
        return new ExchangeConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ExchangeConfiguration.class;
            }

            @Override
            public String municipalityCode() {
                return "";
            }

            @Override
            public String keyFolder() {
                return "";
            }

            @Override
            public int syncIntervalSeconds() {
                return 5;
            }

            @Override
            public int batchRecords() {
                return 50;
            }

            @Override
            public int batchKilobytes() {
                return 4096;
            }

            @Override
            public int messagesPerRound() {
                return 40;
            }

            @Override
            public int clockSkewSeconds() {
                return 300;
            }

            @Override
            public int retryFirstSeconds() {
                return 5;
            }

            @Override
            public int retryMaxSeconds() {
                return 3600;
            }

            @Override
            public int requestTimeoutSeconds() {
                return 30;
            }

            @Override
            public int concurrentMessages() {
                return 2;
            }

            @Override
            public int previousKeyDays() {
                return 7;
            }
        };
    }

    @Override
    public void close() {
        outbox.deactivate();
        server.stop(0);
        db.close();
    }
}
