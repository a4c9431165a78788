package jp.kyodo.exchange.internal;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.exchange.PeerDraft;
import jp.kyodo.exchange.Peers;
import jp.kyodo.exchange.ShareCandidate;
import jp.kyodo.exchange.ShareableKind;
import jp.kyodo.exchange.Sharing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo-data switch of exchange: when {@code KYODO_DEMO=true} and this city's code is not set yet, sets it to
 * 川口市 (112038, the demo city), registers the neighbours 蕨市 and 戸田市 — paused, since no such servers answer
 * in a demo: an administrator enters their real URL and key and switches them on — and shares the first public
 * records each installed module offers (waiting a minute for the modules to start). A production start never sets
 * the switch.
 */
@Component(
        immediate = true,
        service = {})
public final class DemoDataLoader {

    static final String SWITCH = "KYODO_DEMO";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor DEMO =
            new Actor("demo-data", java.util.Set.of(jp.kyodo.core.security.Role.ADMIN), "127.0.0.1");

    private final ExecutorService worker;

    @Activate
    public DemoDataLoader(@Reference PeerService peers, @Reference Sharing sharing) {
        if (!"true".equalsIgnoreCase(System.getenv(SWITCH))) {
            worker = null;
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kyodo-exchange-demo-data"));
        worker.execute(() -> SecurityContext.runAs(DEMO, () -> {
            try {
                load(peers, sharing);
            } catch (RuntimeException e) {
                LOG.error("Exchange demo data could not be loaded", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            worker.shutdownNow();
            worker.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    static void load(Peers peers, Sharing sharing) throws InterruptedException {
        if (peers.identity().configured()) {
            LOG.info("Demo data: exchange is set up already; nothing loaded");
            return;
        }
        peers.configure("112038");
        peers.register(new PeerDraft("112232", "https://kyodo.city.warabi.example.jp", demoKey(), false));
        peers.register(new PeerDraft("112241", "https://kyodo.city.toda.example.jp", demoKey(), false));
        // the modules' demo data comes in their own threads: each kind is shared once its candidates stop growing
        Map<String, Integer> seen = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (int round = 0; round < 90; round++) {
            Thread.sleep(2000);
            List<ShareableKind> kinds = sharing.kinds(Locale.JAPANESE);
            for (ShareableKind kind : kinds) {
                if (shared.contains(kind.type())) {
                    continue;
                }
                List<String> ids = sharing.candidates(kind.type(), "", 8).stream()
                        .map(ShareCandidate::localId)
                        .toList();
                Integer before = seen.put(kind.type(), ids.size());
                if (!ids.isEmpty() && before != null && before == ids.size()) {
                    sharing.share(kind.type(), ids);
                    shared.add(kind.type());
                }
            }
            if (!kinds.isEmpty() && shared.size() == kinds.size()) {
                break;
            }
        }
        LOG.info("Demo data: exchange set up as 川口市 with 2 paused neighbours; shared the first records of {}", shared);
    }

    /** A neighbour's public key as its page would show it (a fresh one: the demo neighbours do not exist). */
    private static String demoKey() {
        try {
            byte[] spki = KeyPairGenerator.getInstance("Ed25519")
                    .generateKeyPair()
                    .getPublic()
                    .getEncoded();
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
