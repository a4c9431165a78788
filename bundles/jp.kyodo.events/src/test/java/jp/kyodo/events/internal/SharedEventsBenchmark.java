package jp.kyodo.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.exchange.ShareableType.Outgoing;
import jp.kyodo.core.exchange.ShareableType.Provenance;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.Room;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The exchange's target: 10,000 public events from one installation into another in at most 30 s. Exports them
 * 500 at a time (as the exchange sends them) and receives each into a second store, the first time as new
 * events and again as updates, with the fingerprints. Not a unit test: it prints figures and asserts nothing
 * about time. Run:
 *
 * <pre>
 * ./mvnw -o -pl bundles/jp.kyodo.events test -Dtest=SharedEventsBenchmark -Dkyodo.benchmark=true -Dkyodo.test.skipPostgresql=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "kyodo.benchmark", matches = "true")
class SharedEventsBenchmark {

    private static final int EVENTS = 10_000;
    private static final int MESSAGE = 500;
    private static final Provenance KAWAGUCHI = new Provenance("112038", "川口市");

    @Test
    void tenThousandEventsFromOneCityToAnother() {
        try (EventsKit kit = new EventsKit();
                EventsKit neighbour = new EventsKit()) {
            Room room = kit.station();
            List<String> ids = SharedEventsTest.insert(kit, EVENTS, room);
            SecurityContext.callAs(Actor.system("exchange"), () -> {
                Map<String, String> localOf = new HashMap<>();
                for (int round = 0; round < 2; round++) {
                    long exporting = 0;
                    long receiving = 0;
                    for (int i = 0; i < EVENTS; i += MESSAGE) {
                        List<String> batch = ids.subList(i, i + MESSAGE);
                        long t0 = System.nanoTime();
                        Map<String, Outgoing> out = kit.shared.export(batch);
                        long t1 = System.nanoTime();
                        for (String id : batch) {
                            localOf.put(
                                    id,
                                    neighbour
                                            .shared
                                            .receive(
                                                    KAWAGUCHI,
                                                    id,
                                                    1,
                                                    out.get(id).payload(),
                                                    localOf.get(id))
                                            .localId());
                        }
                        exporting += t1 - t0;
                        receiving += System.nanoTime() - t1;
                    }
                    List<String> localIds = new ArrayList<>(localOf.values());
                    long t2 = System.nanoTime();
                    assertEquals(EVENTS, neighbourFingerprints(neighbour, localIds));
                    System.out.printf(
                            "%s on %s: export %d events %d ms, receive %d ms, fingerprints %d ms%n",
                            round == 0 ? "new" : "updates",
                            kit.db.kind(),
                            EVENTS,
                            exporting / 1_000_000,
                            receiving / 1_000_000,
                            (System.nanoTime() - t2) / 1_000_000);
                }
                return null;
            });
        }
    }

    private static int neighbourFingerprints(EventsKit neighbour, List<String> localIds) {
        int n = 0;
        for (int i = 0; i < localIds.size(); i += MESSAGE) {
            n += neighbour
                    .shared
                    .fingerprints(localIds.subList(i, Math.min(localIds.size(), i + MESSAGE)))
                    .size();
        }
        return n;
    }
}
