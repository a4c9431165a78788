package jp.kyodo.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.core.cluster.ChangeFeed;
import jp.kyodo.core.field.ActivityFieldCsv;
import jp.kyodo.core.internal.cluster.DatabaseChangeFeed;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.testing.RecordingAuditLog;
import jp.kyodo.testing.TestDatabase;

/** The registry's services on a fresh in-memory Derby database, with a fixed clock. */
final class RegistryKit implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final Actor COORDINATOR = new Actor("suishin", Set.of(Role.COORDINATOR), "10.0.0.1");
    static final Actor STAFF = new Actor("shokuin", Set.of(Role.STAFF), "10.0.0.2");
    static final Actor VIEWER = new Actor("etsuran", Set.of(Role.VIEWER), "10.0.0.3");

    /** 川口市 with two districts and their 町会; 中央地区 also holds 本町. */
    static final AreaHierarchy AREAS = AreaHierarchy.of(
            List.of(
                    new Area("kawaguchi", "川口市", "かわぐちし", AreaKind.CITY, null),
                    new Area("chuo", "中央地区", "ちゅうおうちく", AreaKind.DISTRICT, "kawaguchi"),
                    new Area("honcho", "本町町会", "ほんちょうちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "chuo"),
                    new Area("sakaecho", "栄町町会", "さかえちょうちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "chuo"),
                    new Area("shiba", "芝地区", "しばちく", AreaKind.DISTRICT, "kawaguchi"),
                    new Area("shiba-n", "芝中央町会", "しばちゅうおうちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "shiba")),
            Map.of());

    final TestDatabase db;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RegistryBackend backend;
    final Organisations organisations;
    final People people;
    final Directory directory;
    final Transfer transfer;

    RegistryKit() {
        this(TestDatabase.create("jp.kyodo.core", "jp.kyodo.registry"));
    }

    RegistryKit(TestDatabase db) {
        this(db, null);
    }

    /**
     * One node of several on the database: its changes announced through a change feed named {@code node}, the
     * other nodes' applied when {@link #feed}{@code .poll()} brings them.
     */
    static RegistryKit node(TestDatabase db, String node) {
        return new RegistryKit(db, node);
    }

    final DatabaseChangeFeed feed;

    private RegistryKit(TestDatabase db, String node) {
        this.db = db;
        Clock clock = Clock.fixed(
                TODAY.atStartOfDay(ZoneId.of("Asia/Tokyo")).plusHours(10).toInstant(), ZoneId.of("Asia/Tokyo"));
        if (node == null) {
            feed = null;
            backend = new RegistryBackend(db.transactions(), clock, audit);
        } else {
            List<RegistryBackend> self = new ArrayList<>();
            feed = new DatabaseChangeFeed(
                    db.transactions(),
                    node,
                    true,
                    event -> {
                        if (event.getProperty(ChangeFeed.REMOTE) != null) {
                            self.get(0).handleEvent(event);
                        }
                    },
                    clock);
            backend = new RegistryBackend(db.transactions(), clock, audit, feed);
            self.add(backend);
        }
        backend.areas = AREAS;
        backend.fields = ActivityFieldCsv.loadDefault();
        organisations = new Organisations(backend);
        people = new People(backend);
        directory = new Directory(backend);
        transfer = new Transfer(backend);
    }

    static <T> T as(Actor actor, Callable<T> task) {
        return SecurityContext.callAs(actor, task);
    }

    @Override
    public void close() {
        db.close();
    }
}
