package jp.kyodo.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityField;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferStatus;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerProfile;

/**
 * The matcher's memory: every person, organisation and offer as an {@link Entry}, plus each partner's
 * match history, so that ranking a need touches no database. Entries live in one array (copy-on-write,
 * so a ranking reads a consistent array without locks); the skill bigrams have postings (bigram → slots)
 * that let a ranking skip candidates sharing nothing with the need. Postings are rebuilt with the whole
 * index; slots changed since are checked one by one ({@link #dirtySlots}).
 */
final class CandidateIndex {

    /** A partner's matches so far. */
    record Stats(int completed, int declined, int open) {
        static final Stats NONE = new Stats(0, 0, 0);
    }

    /** What one ranking reads: a consistent view. */
    record Snapshot(
            Entry[] entries,
            Columns columns,
            Map<Long, int[]> postings,
            int[] dirtySlots,
            Map<String, Integer> areaIndex,
            List<Area> areaTable,
            Optional<AreaHierarchy> hierarchy,
            Map<String, Integer> fieldIndex) {}

    private final Map<String, Integer> areaIndex;
    private final List<Area> areaTable;
    private final Optional<AreaHierarchy> hierarchy;
    private final Map<String, Integer> fieldIndex;

    private final Map<String, Integer> slotOf = new ConcurrentHashMap<>();
    private final Map<Long, Stats> stats = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    CandidateIndex(Optional<AreaHierarchy> areas, Optional<ActivityFieldTaxonomy> fields) {
        Map<String, Integer> a = new HashMap<>();
        List<Area> table = new ArrayList<>();
        areas.ifPresent(h -> h.all().forEach(area -> {
            a.put(area.code(), table.size());
            table.add(area);
        }));
        this.hierarchy = areas;
        this.areaIndex = Map.copyOf(a);
        this.areaTable = List.copyOf(table);
        Map<String, Integer> f = new HashMap<>();
        fields.ifPresent(t -> {
            for (ActivityField field : t.all()) {
                if (f.size() < 64) {
                    f.put(field.code(), f.size());
                }
            }
        });
        this.fieldIndex = Map.copyOf(f);
        this.snapshot = new Snapshot(
                new Entry[0],
                Columns.of(new Entry[0]),
                Map.of(),
                new int[0],
                areaIndex,
                areaTable,
                hierarchy,
                fieldIndex);
    }

    Snapshot snapshot() {
        return snapshot;
    }

    int size() {
        return snapshot.entries().length;
    }

    Stats stats(long partnerId) {
        return stats.isEmpty() ? Stats.NONE : stats.getOrDefault(partnerId, Stats.NONE);
    }

    void putStats(long partnerId, Stats s) {
        if (s.equals(Stats.NONE)) {
            stats.remove(partnerId);
        } else {
            stats.put(partnerId, s);
        }
    }

    void loadStats(Map<Long, Stats> all) {
        stats.clear();
        all.forEach(this::putStats);
    }

    Optional<Entry> find(CandidateKind kind, long id) {
        Integer slot = slotOf.get(key(kind, id));
        return slot == null ? Optional.empty() : Optional.of(snapshot.entries()[slot]);
    }

    /** The kind's whole name: ORGANISATION and OFFER share their first letter. */
    private static String key(CandidateKind kind, long id) {
        return kind.name() + ':' + id;
    }

    // ---- building ----------------------------------------------------------------------------

    /** Replaces everything: entries and postings built afresh. */
    synchronized void load(Collection<Entry> all) {
        Entry[] entries = all.toArray(Entry[]::new);
        slotOf.clear();
        for (int i = 0; i < entries.length; i++) {
            slotOf.put(key(entries[i].kind(), entries[i].id()), i);
        }
        snapshot = new Snapshot(
                entries,
                Columns.of(entries),
                postings(entries),
                new int[0],
                areaIndex,
                areaTable,
                hierarchy,
                fieldIndex);
    }

    /** Adds or replaces entries; their slots are checked directly until the next {@link #load}. */
    synchronized void put(Collection<Entry> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Snapshot s = snapshot;
        List<Entry> added = new ArrayList<>();
        Entry[] entries = s.entries().clone();
        int[] dirty = Arrays.copyOf(s.dirtySlots(), s.dirtySlots().length + changed.size());
        int d = s.dirtySlots().length;
        for (Entry e : changed) {
            Integer slot = slotOf.get(key(e.kind(), e.id()));
            if (slot == null) {
                added.add(e);
            } else {
                entries[slot] = e;
                dirty[d++] = slot;
            }
        }
        if (!added.isEmpty()) {
            int start = entries.length;
            entries = Arrays.copyOf(entries, start + added.size());
            for (int i = 0; i < added.size(); i++) {
                entries[start + i] = added.get(i);
                slotOf.put(key(added.get(i).kind(), added.get(i).id()), start + i);
                if (d == dirty.length) {
                    dirty = Arrays.copyOf(dirty, dirty.length + added.size());
                }
                dirty[d++] = start + i;
            }
        }
        int[] distinct = Arrays.stream(Arrays.copyOf(dirty, d)).distinct().toArray();
        snapshot = new Snapshot(
                entries,
                s.columns().with(entries, distinct),
                s.postings(),
                distinct,
                areaIndex,
                areaTable,
                hierarchy,
                fieldIndex);
    }

    /** How many slots are checked one by one; above a few thousand a rebuild is worth it. */
    int dirtyCount() {
        return snapshot.dirtySlots().length;
    }

    /** Rebuilds the postings over the current entries (after many changes). */
    synchronized void compact() {
        Snapshot s = snapshot;
        snapshot = new Snapshot(
                s.entries(),
                s.columns(),
                postings(s.entries()),
                new int[0],
                areaIndex,
                areaTable,
                hierarchy,
                fieldIndex);
    }

    private static Map<Long, int[]> postings(Entry[] entries) {
        Map<Long, int[]> lists = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (int slot = 0; slot < entries.length; slot++) {
            for (long g : entries[slot].grams()) {
                int[] list = lists.get(g);
                int n = sizes.getOrDefault(g, 0);
                if (list == null) {
                    list = new int[4];
                } else if (n == list.length) {
                    list = Arrays.copyOf(list, n * 2);
                }
                list[n] = slot;
                lists.put(g, list);
                sizes.put(g, n + 1);
            }
        }
        Map<Long, int[]> exact = new HashMap<>(lists.size() * 2);
        lists.forEach((g, list) -> exact.put(g, Arrays.copyOf(list, sizes.get(g))));
        return exact;
    }

    // ---- entries from their sources --------------------------------------------------------------

    Entry person(PartnerProfile p) {
        return entry(
                p.kind() == PartnerKind.PERSON ? CandidateKind.PERSON : CandidateKind.ORGANISATION,
                p.id(),
                p,
                null,
                p.name(),
                p.skills(),
                p.fieldCodes(),
                p.areaCodes(),
                p.skills(),
                p.active() && p.matchingConsent(),
                null);
    }

    /**
     * An offer; eligible while it stands and its provider may be proposed (active; a person with consent).
     *
     * @param provider the provider's profile, empty when it is gone from the registry
     */
    Entry offer(long id, OfferDraft d, OfferStatus status, Optional<PartnerProfile> provider) {
        boolean eligible = status == OfferStatus.AVAILABLE
                && provider.map(p -> p.active() && p.matchingConsent()).orElse(false);
        return entry(
                CandidateKind.OFFER,
                id,
                provider.orElse(null),
                d,
                d.title(),
                d.title() + (d.skills().isEmpty() ? "" : "（" + d.skills() + "）"),
                d.fieldCodes(),
                d.areaCode().isEmpty()
                        ? provider.map(PartnerProfile::areaCodes).orElse(Set.of())
                        : Set.of(d.areaCode()),
                d.title() + " " + d.skills() + " " + d.description(),
                eligible,
                d.validUntil());
    }

    private Entry entry(
            CandidateKind kind,
            long id,
            PartnerProfile partner,
            OfferDraft offer,
            String name,
            String detail,
            Set<String> fieldCodes,
            Set<String> areaCodes,
            String skills,
            boolean eligible,
            LocalDate validUntil) {
        long fieldBits = 0;
        for (String code : fieldCodes) {
            Integer bit = fieldIndex.get(code);
            if (bit != null) {
                fieldBits |= 1L << bit;
            }
        }
        int[] areas = areaCodes.stream()
                .map(areaIndex::get)
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .toArray();
        var days = offer != null ? offer.days() : partner == null ? Set.<java.time.DayOfWeek>of() : partner.days();
        var times = offer != null
                ? offer.times()
                : partner == null ? Set.<jp.kyodo.registry.TimeBand>of() : partner.times();
        return new Entry(
                kind,
                id,
                partner == null ? (offer == null ? id : offer.providerId()) : partner.id(),
                partner == null ? null : partner.type(),
                offer == null ? null : offer.kind(),
                name,
                detail,
                fieldCodes,
                areaCodes,
                days,
                times,
                fieldBits,
                Entry.slots(days, times),
                Entry.grams(skills),
                areas,
                partner != null && partner.expert(),
                partner != null && partner.volunteer(),
                eligible,
                validUntil);
    }
}
