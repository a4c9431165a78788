package jp.kyodo.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.cluster.ChangeFeed;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.RegistryEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link CandidateIndex} current: built from the registry's profiles, the offers and the match
 * history when the module starts; then each registry change (EventAdmin, this node's or, through the change feed,
 * another's) re-reads that partner and their offers, each committed change of an offer or a match re-reads it
 * (on this node directly, from other nodes through the feed), and every 30 seconds the changes of the last
 * minutes are caught up, should an event have been missed. A person who withdraws their consent is out of the next ranking.
 */
@Component(
        service = {MatchingIndex.class, EventHandler.class},
        property = {
            EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ALL,
            EventConstants.EVENT_TOPIC + "=" + MatchingIndex.OFFER_TOPICS,
            EventConstants.EVENT_TOPIC + "=" + MatchingIndex.MATCH_TOPICS
        })
public class MatchingIndex implements EventHandler {

    static final String OFFER_TOPICS = "jp/kyodo/matching/Offer/*";
    static final String MATCH_TOPICS = "jp/kyodo/matching/Match/*";

    private static final Logger LOG = LoggerFactory.getLogger(MatchingIndex.class);
    private static final Duration CATCH_UP_EVERY = Duration.ofSeconds(30);
    /** Longer than any transaction takes to commit, so no change slips between two catch-ups. */
    private static final Duration CATCH_UP_WINDOW = Duration.ofMinutes(10);

    private static final int COMPACT_ABOVE = 5_000;
    private static final Actor SYSTEM = Actor.system("matching-index");

    private final MatchingBackend b;
    private final CandidateIndex index;
    private final ScheduledExecutorService worker;
    private volatile boolean ready;

    @Activate
    public MatchingIndex(@Reference MatchingBackend backend) {
        this.b = backend;
        this.index = new CandidateIndex(backend.areas(), backend.fields());
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kyodo-matching-index");
            t.setDaemon(true);
            return t;
        });
        worker.execute(this::rebuild);
        worker.scheduleWithFixedDelay(
                this::catchUp, CATCH_UP_EVERY.toSeconds(), CATCH_UP_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** For tests: built at once, changes applied on the caller's thread. */
    MatchingIndex(MatchingBackend backend, boolean synchronous) {
        this.b = backend;
        this.index = new CandidateIndex(backend.areas(), backend.fields());
        this.worker = null;
        rebuild();
    }

    @Deactivate
    void deactivate() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    boolean ready() {
        return ready;
    }

    CandidateIndex index() {
        return index;
    }

    /** The partner's name as the index knows it (no database read); empty when unknown. */
    Optional<Entry> partner(long id) {
        Optional<Entry> e = index.find(CandidateKind.PERSON, id);
        return e.isPresent() ? e : index.find(CandidateKind.ORGANISATION, id);
    }

    void rebuild() {
        try {
            long start = System.nanoTime();
            List<Entry> entries = new ArrayList<>();
            Map<Long, PartnerProfile> providers = new HashMap<>();
            SecurityContext.runAs(SYSTEM, () -> b.partners().forEach(p -> {
                entries.add(index.person(p));
                providers.put(p.id(), p);
            }));
            for (OfferStore.Row o : b.read(new OfferStore()::all)) {
                entries.add(index.offer(
                        o.id(),
                        o.draft(),
                        o.status(),
                        Optional.ofNullable(providers.get(o.draft().providerId()))));
            }
            index.loadStats(b.read(c -> new MatchStore().stats(c, null)));
            index.load(entries);
            ready = true;
            LOG.info("Matching index: {} candidates in {} ms", entries.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("The matching index could not be built; ranking waits until it is", e);
        }
    }

    /** A partner changed in the registry: their entry and their offers' entries. */
    void partnerChanged(long id) {
        SecurityContext.runAs(SYSTEM, () -> b.partners().profile(id).ifPresent(p -> {
            List<Entry> changed = new ArrayList<>();
            changed.add(index.person(p));
            for (OfferStore.Row o : b.read(c -> new OfferStore().ofProvider(c, id))) {
                changed.add(index.offer(o.id(), o.draft(), o.status(), Optional.of(p)));
            }
            index.put(changed);
        }));
        compactIfNeeded();
    }

    /** An offer was stored: re-read it once committed. */
    void offerChanged(long offerId) {
        b.afterCommit(() -> b.read(c -> new OfferStore().get(c, offerId)).ifPresent(o -> index.put(List.of(offer(o)))));
    }

    /** A match of the partner changed: their history, once committed. */
    void matchesChanged(long partnerId) {
        b.afterCommit(() -> index.putStats(
                partnerId,
                b.read(c -> new MatchStore().stats(c, partnerId)).getOrDefault(partnerId, CandidateIndex.Stats.NONE)));
    }

    private Entry offer(OfferStore.Row o) {
        Optional<PartnerProfile> provider = SecurityContext.callAs(
                SYSTEM, () -> b.partners().profile(o.draft().providerId()));
        return index.offer(o.id(), o.draft(), o.status(), provider);
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(RegistryEvents.ID);
        if (!(id instanceof Long partnerId) || !ready) {
            return;
        }
        if (event.getTopic().startsWith("jp/kyodo/matching/")) {
            // this node's own offers and matches are applied when they are stored; other nodes' arrive here
            if (event.getProperty(ChangeFeed.REMOTE) != null) {
                remoteChange(event.getTopic(), partnerId);
            }
            return;
        }
        try {
            if (event.getTopic().endsWith("/CREATED")) {
                // a bulk import announces its last id only: re-read what changed lately
                catchUp();
            } else {
                partnerChanged(partnerId);
            }
        } catch (RuntimeException e) {
            LOG.warn("The matching index could not follow a registry change ({}): {}", event.getTopic(), e.toString());
        }
    }

    /** Another node stored an offer or a match (the event's id is the offer's or the match's). */
    private void remoteChange(String topic, long id) {
        try {
            if (topic.startsWith("jp/kyodo/matching/Offer/")) {
                offerChanged(id);
            } else {
                b.read(c -> new MatchStore().get(c, id)).ifPresent(m -> matchesChanged(m.partnerId()));
            }
        } catch (RuntimeException e) {
            LOG.warn("The matching index could not follow another node's change ({}): {}", topic, e.toString());
        }
    }

    /** Changes made by other nodes (or missed): profiles and offers updated in the last minutes. */
    void catchUp() {
        if (!ready) {
            return;
        }
        try {
            Instant since = b.now().minus(CATCH_UP_WINDOW);
            List<Entry> changed = new ArrayList<>();
            SecurityContext.runAs(SYSTEM, () -> {
                for (PartnerProfile p : b.partners().changedSince(since)) {
                    changed.add(index.person(p));
                }
            });
            for (OfferStore.Row o : b.read(c -> new OfferStore().changedSince(c, since))) {
                changed.add(offer(o));
            }
            index.put(changed);
            compactIfNeeded();
        } catch (RuntimeException e) {
            LOG.warn("Catching up the matching index failed: {}", e.toString());
        }
    }

    private void compactIfNeeded() {
        if (index.dirtyCount() > COMPACT_ABOVE) {
            index.compact();
        }
    }

    /** Whether an entry is a person (their names are masked for non-coordinators). */
    static boolean isPerson(Entry e) {
        return e.kind() == CandidateKind.PERSON
                || (e.kind() == CandidateKind.OFFER && e.partnerType() == jp.kyodo.registry.PartnerType.CITIZEN);
    }

    static boolean isOrganisation(PartnerProfile p) {
        return p.kind() == PartnerKind.ORGANISATION;
    }
}
