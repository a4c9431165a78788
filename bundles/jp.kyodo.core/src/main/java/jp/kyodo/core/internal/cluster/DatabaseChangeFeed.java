package jp.kyodo.core.internal.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.kyodo.core.cluster.ChangeFeed;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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
 * The change feed over the table {@code KYODO_CHANGE}: {@link #publish} inserts a row in the caller's transaction;
 * every node reads the rows of the others and posts them to its EventAdmin — at once when PostgreSQL's {@code
 * NOTIFY} (sent by the same transaction, delivered at its commit) reaches the node's {@link PostgresqlListener},
 * and every {@code pollMillis} in any case, should a notification be lost with a connection.
 *
 * <p>Ids are handed out when a row is inserted, not when it commits: a transaction that began later may commit
 * first. So the reader remembers the ids it skipped (gaps) and asks for them again until they appear or are older
 * than {@link #GAP_WAIT} (their transaction rolled back, or never reached the table): a change committed late is
 * still delivered, and each row once. Public (in a package no bundle exports) for the unit-test fixture.
 */
@Component(service = ChangeFeed.class, configurationPid = ClusterConfiguration.PID)
@Designate(ocd = ClusterConfiguration.class)
public final class DatabaseChangeFeed implements ChangeFeed {

    /** How long a skipped id is asked for again: longer than a transaction stays open after announcing. */
    static final Duration GAP_WAIT = Duration.ofSeconds(60);

    /** Skipped ids remembered at most (a jump of the id generator is no set of open transactions). */
    static final int MAX_GAPS = 1_000;

    private static final int BATCH = 1_000;
    private static final Duration CLEAN_EVERY = Duration.ofMinutes(10);
    private static final Duration LOG_AGAIN_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseChangeFeed.class);

    private final Transactions tx;
    private final String node;
    private final boolean shared;
    /** Whether the database is PostgreSQL: commits then NOTIFY the listeners of the other nodes. */
    private final boolean notifies;

    private PostgresqlListener listener;
    private Thread listening;
    private final Consumer<Event> poster;
    private final Clock clock;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    // the reader's state: only the polling thread touches it
    private long highest;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private Instant lastCleaned = Instant.EPOCH;
    private Instant lastFailureLogged = Instant.EPOCH;

    private ScheduledExecutorService poller;
    private Duration retention = Duration.ofHours(24);

    @Activate
    public DatabaseChangeFeed(
            @Reference Transactions tx,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.core)") Schema schema,
            @Reference(target = "(osgi.jndi.service.name=kyodo)") DataSource dataSource,
            ClusterConfiguration config) {
        this(tx, nodeName(), shared(tx, config.changeFeed()), null, Clock.systemUTC());
        if (shared) {
            retention = Duration.ofHours(Math.max(1, config.retentionHours()));
            start(Duration.ofMillis(Math.max(50, config.pollMillis())), dataSource);
        } else {
            LOG.info("Change feed off (one node on this database): changes are posted on this node only");
        }
    }

    /**
     * Starts reading the other nodes' changes: every {@code every}, and at once on a notification when the
     * database is PostgreSQL and {@code listenOn} is given.
     */
    public synchronized void start(Duration every, DataSource listenOn) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kyodo-change-feed");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        if (notifies && listenOn != null) {
            ScheduledExecutorService p = poller;
            listener = new PostgresqlListener(listenOn, () -> p.execute(this::pollQuietly));
            listening = new Thread(listener, "kyodo-change-feed-listener");
            listening.setDaemon(true);
            listening.start();
        }
        LOG.info(
                "Change feed on: node {} reads the other nodes' changes {}every {} ms",
                node,
                listener != null ? "when PostgreSQL notifies it and " : "",
                every.toMillis());
    }

    /**
     * A feed for tests and tools.
     *
     * @param shared whether changes go through the table (several nodes) or are only posted locally
     * @param poster where events are posted on this node (null: the EventAdmin service)
     */
    public DatabaseChangeFeed(Transactions tx, String node, boolean shared, Consumer<Event> poster, Clock clock) {
        this.tx = tx;
        this.node = node;
        this.shared = shared;
        this.poster = poster;
        this.clock = clock;
        this.notifies = shared
                && tx.read(c -> c.getMetaData().getDatabaseProductName())
                        .toLowerCase(Locale.ROOT)
                        .contains("postgresql");
        if (shared) {
            highest = tx.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT MAX(ID) FROM KYODO_CHANGE");
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    /** Stops reading (the listener's connection is closed). */
    @Deactivate
    public synchronized void stop() {
        if (listener != null) {
            listener.stop();
            listening.interrupt();
        }
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** Whether a PostgreSQL listener is connected now. */
    public boolean listening() {
        return listener != null && listener.listening();
    }

    /** auto: on with PostgreSQL, whose database several nodes can share; off on embedded Derby. */
    static boolean shared(Transactions tx, String setting) {
        String s = setting == null ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> tx.read(c -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase(Locale.ROOT)
                    .contains("postgresql");
        };
    }

    /** karaf.name and a random part: a restarted node starts reading anew, under a new name. */
    static String nodeName() {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return System.getProperty("karaf.name", "kyodo") + "-" + HexFormat.of().formatHex(random);
    }

    @Override
    public String node() {
        return node;
    }

    /** Whether changes go through the database to other nodes. */
    public boolean shared() {
        return shared;
    }

    @Override
    public void publish(String topic, Map<String, ?> properties) {
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        String encoded = ChangeCodec.encode(copy);
        if (shared) {
            Instant now = clock.instant();
            tx.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO KYODO_CHANGE (NODE, TOPIC, PROPERTIES, CREATED_AT) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, node);
                    ps.setString(2, topic);
                    ps.setString(3, encoded);
                    Jdbc.setTimestamp(ps, 4, now);
                    ps.executeUpdate();
                }
                if (notifies) {
                    // delivered when the transaction commits, never after a rollback
                    try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                        ps.setString(1, PostgresqlListener.CHANNEL);
                        ps.setString(2, node);
                        ps.execute();
                    }
                }
                return null;
            });
        }
        tx.afterCommit(() -> post(new Event(topic, copy)));
    }

    private void post(Event event) {
        Consumer<Event> p = poster;
        if (p != null) {
            p.accept(event);
            return;
        }
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(event);
        }
    }

    private void pollQuietly() {
        try {
            poll();
            Instant now = clock.instant();
            if (now.isAfter(lastCleaned.plus(CLEAN_EVERY))) {
                lastCleaned = now;
                int deleted = clean(now.minus(retention));
                if (deleted > 0) {
                    LOG.debug("Change feed: {} changes older than {} deleted", deleted, retention);
                }
            }
        } catch (RuntimeException e) {
            Instant now = clock.instant();
            if (now.isAfter(lastFailureLogged.plus(LOG_AGAIN_AFTER))) {
                lastFailureLogged = now;
                LOG.warn("Change feed: the other nodes' changes could not be read (tried again): {}", e.toString());
            }
        }
    }

    private record Row(long id, String node, String topic, String properties) {}

    /**
     * Reads what was committed since the last call and posts the other nodes' changes here, each once, in the
     * order of their ids.
     *
     * @return how many events were posted
     */
    public synchronized int poll() {
        List<Row> rows = tx.read(c -> {
            List<Row> found = select(c, "ID > ? ORDER BY ID FETCH FIRST " + BATCH + " ROWS ONLY", List.of(highest));
            if (!gaps.isEmpty()) {
                List<Long> wanted = gaps.keySet().stream().limit(100).toList();
                found.addAll(select(
                        c, "ID IN (" + wanted.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")", wanted));
            }
            return found;
        });
        Instant now = clock.instant();
        int posted = 0;
        rows.sort((a, b) -> Long.compare(a.id(), b.id()));
        for (Row row : rows) {
            if (row.id() > highest) {
                for (long missing = highest + 1; missing < row.id() && gaps.size() < MAX_GAPS; missing++) {
                    gaps.put(missing, now);
                }
                highest = row.id();
            } else if (gaps.remove(row.id()) == null) {
                continue; // delivered before
            }
            if (!row.node().equals(node)) {
                Map<String, Object> properties = new HashMap<>(ChangeCodec.decode(row.properties()));
                properties.put(REMOTE, Boolean.TRUE);
                properties.put(ORIGIN, row.node());
                post(new Event(row.topic(), properties));
                posted++;
            }
        }
        for (Iterator<Instant> it = gaps.values().iterator(); it.hasNext(); ) {
            if (it.next().plus(GAP_WAIT).isBefore(now)) {
                it.remove();
            }
        }
        return posted;
    }

    private static List<Row> select(Connection c, String where, List<Long> ids) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT ID, NODE, TOPIC, PROPERTIES FROM KYODO_CHANGE WHERE " + where)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return rows;
        }
    }

    /** Deletes the changes recorded before the instant. */
    public int clean(Instant before) {
        return tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM KYODO_CHANGE WHERE CREATED_AT < ?")) {
                Jdbc.setTimestamp(ps, 1, before);
                return ps.executeUpdate();
            }
        });
    }

    /** Skipped ids still asked for (for tests). */
    int gaps() {
        return gaps.size();
    }
}
