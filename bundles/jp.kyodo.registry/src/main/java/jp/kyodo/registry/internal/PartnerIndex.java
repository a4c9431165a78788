package jp.kyodo.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.RegistryStatistics;

/**
 * The registry's search index, in memory: every partner's normalised text and the columns the filters
 * and the list need, with a bigram index over the text.
 *
 * <p>Why in memory: contains-search over Japanese text (no spaces between words) cannot use a B-tree
 * index, and a database scan of 100,000 rows takes a couple of hundred milliseconds on embedded Derby;
 * intersecting bigram postings in memory and checking the few candidates takes well under a
 * millisecond, exact totals included. The database stays the record: the index is built from it at
 * start, changed rows are re-read after each commit, and rows changed by other nodes are picked up by
 * a periodic refresh.
 *
 * <p>Structure: an immutable <em>base</em> (entries sorted in 50音 order, postings of every bigram and
 * every single character as sorted arrays of positions — so the candidates of a query come out already in display order) plus a small map of
 * entries changed since the base was built, which overrides it. When that map grows, a new base is
 * built.
 */
final class PartnerIndex {

    /** What the search needs of one partner. */
    record Entry(
            long id,
            PartnerType type,
            String name,
            String reading,
            String status,
            boolean active,
            boolean profileConsent,
            boolean expert,
            boolean volunteer,
            LocalDate certFrom,
            LocalDate certUntil,
            Set<String> fields,
            Set<String> areas,
            String sortKey,
            String searchText,
            LocalDate registeredOn,
            Instant updatedAt,
            String sourceCity) {

        static final Comparator<Entry> BY_READING =
                Comparator.comparing(Entry::sortKey).thenComparingLong(Entry::id);
        static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::updatedAt)
                .thenComparingLong(Entry::id)
                .reversed();

        boolean certified(LocalDate today) {
            return certFrom != null && !today.isBefore(certFrom) && (certUntil == null || !today.isAfter(certUntil));
        }

        PartnerSummary summary(LocalDate today) {
            return new PartnerSummary(
                    id,
                    type,
                    name,
                    reading,
                    status,
                    fields,
                    areas,
                    certified(today),
                    expert,
                    volunteer,
                    active,
                    sourceCity);
        }
    }

    private static final int[] EMPTY = new int[0];

    /**
     * The base: entries in display order; per bigram, the positions of the entries holding it; the ids in
     * ascending order with their positions, to find an entry by id.
     */
    private record Base(Entry[] entries, Map<String, int[]> postings, long[] ids, int[] positionOfId) {

        Entry find(long id) {
            int i = Arrays.binarySearch(ids, id);
            return i < 0 ? null : entries[positionOfId[i]];
        }

        static Base of(Collection<Entry> entries) {
            Entry[] sorted = entries.toArray(Entry[]::new);
            Arrays.sort(sorted, Entry.BY_READING);
            Map<String, IntList> lists = new HashMap<>();
            for (int i = 0; i < sorted.length; i++) {
                for (String gram : SearchText.grams(sorted[i].searchText())) {
                    lists.computeIfAbsent(gram, g -> new IntList()).add(i);
                }
                // single characters too, so that a one-character query is an index lookup as well
                for (String character : SearchText.characters(sorted[i].searchText())) {
                    lists.computeIfAbsent(character, g -> new IntList()).add(i);
                }
                // and the filter values, so that filters narrow the candidates before anything is read
                for (String key : facets(sorted[i])) {
                    lists.computeIfAbsent(key, g -> new IntList()).add(i);
                }
            }
            Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
            lists.forEach((gram, list) -> postings.put(gram, list.toArray()));
            Integer[] byId = new Integer[sorted.length];
            for (int i = 0; i < byId.length; i++) {
                byId[i] = i;
            }
            Arrays.sort(byId, Comparator.comparingLong(i -> sorted[i].id()));
            long[] ids = new long[sorted.length];
            int[] positions = new int[sorted.length];
            for (int i = 0; i < byId.length; i++) {
                ids[i] = sorted[byId[i]].id();
                positions[i] = byId[i];
            }
            return new Base(sorted, postings, ids, positions);
        }
    }

    /** Prefix of the filter keys in the postings; never part of a search text. */
    private static final char FACET = SearchText.SEPARATOR;

    static String typeKey(PartnerType type) {
        return FACET + "t" + type.name();
    }

    static String fieldKey(String code) {
        return FACET + "f" + code;
    }

    static String areaKey(String code) {
        return FACET + "a" + code;
    }

    private static List<String> facets(Entry e) {
        List<String> keys = new ArrayList<>(1 + e.fields().size() + e.areas().size());
        keys.add(typeKey(e.type()));
        e.fields().forEach(f -> keys.add(fieldKey(f)));
        e.areas().forEach(a -> keys.add(areaKey(a)));
        return keys;
    }

    private volatile Base base = Base.of(List.of());
    private final Map<Long, Entry> changed = new ConcurrentHashMap<>();
    private final Object rebuildLock = new Object();

    /** Replaces everything (at start, or after a bulk change). */
    void load(Collection<Entry> all) {
        synchronized (rebuildLock) {
            Base fresh = Base.of(all);
            base = fresh;
            // changes put while the rows were read stay if they are newer than what was read
            changed.values().removeIf(e -> {
                Entry read = fresh.find(e.id());
                return read != null && !read.updatedAt().isBefore(e.updatedAt());
            });
        }
    }

    /** Puts new versions of entries (after their change was committed). */
    void put(Collection<Entry> entries) {
        Base b = base;
        for (Entry e : entries) {
            // re-reads after concurrent commits may arrive out of order: the newest version wins
            Entry inBase = b.find(e.id());
            if (inBase == null || !e.updatedAt().isBefore(inBase.updatedAt())) {
                changed.merge(e.id(), e, (old, neu) -> neu.updatedAt().isBefore(old.updatedAt()) ? old : neu);
            }
        }
        if (changed.size() > Math.max(2_000, base.entries().length / 10)) {
            compact();
        }
    }

    /** Puts those entries that differ from what the index holds (the periodic refresh). */
    void putIfNewer(Collection<Entry> entries) {
        List<Entry> newer = new ArrayList<>();
        for (Entry e : entries) {
            Entry known = changed.get(e.id());
            if (known == null) {
                known = base.find(e.id());
            }
            if (!e.equals(known)) {
                newer.add(e);
            }
        }
        if (!newer.isEmpty()) {
            put(newer);
        }
    }

    /** Folds the changed entries into a new base. */
    void compact() {
        synchronized (rebuildLock) {
            Map<Long, Entry> folded = new HashMap<>(changed);
            Map<Long, Entry> all = new HashMap<>(base.entries().length + folded.size());
            for (Entry e : base.entries()) {
                all.put(e.id(), e);
            }
            all.putAll(folded);
            base = Base.of(all.values());
            folded.forEach(changed::remove); // (id, entry): only entries not replaced meanwhile
        }
    }

    /** Entries in the base (changed ones counted there too, new ones not). */
    int baseSize() {
        return base.entries().length;
    }

    /** Counts of the active partners, for the dashboard: one pass over the index. */
    RegistryStatistics statistics(FiscalYear fiscalYear) {
        Base b = base;
        Map<Long, Entry> overrides = Map.copyOf(changed);
        Map<PartnerType, Long> byType = new EnumMap<>(PartnerType.class);
        for (PartnerType t : PartnerType.values()) {
            byType.put(t, 0L);
        }
        Map<String, Long> byField = new HashMap<>();
        long[] experts = {0};
        long[] newThisYear = {0};
        java.util.function.Consumer<Entry> count = e -> {
            if (!e.active()) {
                return;
            }
            byType.merge(e.type(), 1L, Long::sum);
            if (e.type() != PartnerType.CITIZEN) {
                e.fields().forEach(f -> byField.merge(f, 1L, Long::sum));
            }
            if (e.expert()) {
                experts[0]++;
            }
            if (!e.registeredOn().isBefore(fiscalYear.start())) {
                newThisYear[0]++;
            }
        };
        boolean anyOverride = !overrides.isEmpty();
        for (Entry e : b.entries()) {
            if (!anyOverride || !overrides.containsKey(e.id())) {
                count.accept(e);
            }
        }
        overrides.values().forEach(count);
        return new RegistryStatistics(byType, byField, experts[0], fiscalYear, newThisYear[0]);
    }

    /** One page of the partners matching the spec, in 50音 order (or newest first), with the total. */
    Page<PartnerSummary> search(SearchSpec spec, PageRequest page) {
        Base b = base;
        Map<Long, Entry> overrides = Map.copyOf(changed);
        List<String> terms = JapaneseText.searchTerms(spec.query().text());
        Matcher matcher = new Matcher(spec, terms);

        List<Entry> fromChanged = new ArrayList<>();
        for (Entry e : overrides.values()) {
            if (matcher.matches(e, false)) {
                fromChanged.add(e);
            }
        }
        Comparator<Entry> order = spec.byUpdated() ? Entry.NEWEST_FIRST : Entry.BY_READING;
        fromChanged.sort(order);

        int[] candidates = candidates(b, terms, spec);
        int end = page.offset() + page.limit();
        long total = 0;
        List<Entry> window = new ArrayList<>(page.limit());
        PriorityQueue<Entry> newest = spec.byUpdated() ? new PriorityQueue<>(order.reversed()) : null;
        int next = 0; // in fromChanged
        int n = candidates == null ? b.entries().length : candidates.length;
        // the candidates come from the type, field and area postings: those filters hold for them
        boolean facetsKnown = candidates != null;
        boolean anyOverride = !overrides.isEmpty();
        for (int i = 0; i < n; i++) {
            Entry e = b.entries()[candidates == null ? i : candidates[i]];
            if ((anyOverride && overrides.containsKey(e.id())) || !matcher.matches(e, facetsKnown)) {
                continue;
            }
            if (newest != null) {
                keep(newest, e, end);
                total++;
                continue;
            }
            while (next < fromChanged.size() && order.compare(fromChanged.get(next), e) < 0) {
                collect(window, fromChanged.get(next++), total++, page);
            }
            collect(window, e, total++, page);
        }
        if (newest != null) {
            fromChanged.forEach(e -> keep(newest, e, end));
            total += fromChanged.size();
            List<Entry> top = new ArrayList<>(newest);
            top.sort(order);
            window = top.subList(Math.min(page.offset(), top.size()), top.size());
        } else {
            while (next < fromChanged.size()) {
                collect(window, fromChanged.get(next++), total++, page);
            }
        }
        LocalDate today = spec.today();
        return new Page<>(window.stream().map(e -> e.summary(today)).toList(), total, page);
    }

    private static void keep(PriorityQueue<Entry> newest, Entry e, int size) {
        newest.add(e);
        if (newest.size() > size) {
            newest.poll();
        }
    }

    private static void collect(List<Entry> window, Entry e, long position, PageRequest page) {
        if (position >= page.offset() && window.size() < page.limit()) {
            window.add(e);
        }
    }

    /**
     * The positions that hold every bigram of the query's terms (the character itself for a
     * one-character term) and the filters' type, field and area, ascending; null when the query has
     * none of these: then every entry is a candidate.
     */
    private static int[] candidates(Base b, List<String> terms, SearchSpec spec) {
        List<int[]> lists = new ArrayList<>();
        PartnerQuery q = spec.query();
        if (!q.types().isEmpty()) {
            lists.add(union(b, q.types().stream().map(PartnerIndex::typeKey).toList()));
        }
        if (!q.fieldCode().isEmpty()) {
            lists.add(b.postings().getOrDefault(fieldKey(q.fieldCode()), EMPTY));
        }
        if (!spec.areaCodes().isEmpty()) {
            lists.add(union(
                    b, spec.areaCodes().stream().map(PartnerIndex::areaKey).toList()));
        }
        for (String term : terms) {
            List<String> grams = List.copyOf(JapaneseText.bigrams(term));
            for (String gram : grams.isEmpty() ? List.of(term) : grams) {
                lists.add(b.postings().getOrDefault(gram, EMPTY));
            }
        }
        if (lists.isEmpty()) {
            return null;
        }
        lists.sort(Comparator.comparingInt(a -> a.length));
        int[] result = lists.get(0);
        for (int i = 1; i < lists.size() && result.length > 0; i++) {
            result = intersect(result, lists.get(i));
        }
        return result;
    }

    /** The positions holding any of the keys, ascending. */
    private static int[] union(Base b, List<String> keys) {
        if (keys.size() == 1) {
            return b.postings().getOrDefault(keys.get(0), EMPTY);
        }
        java.util.BitSet positions = new java.util.BitSet(b.entries().length);
        for (String key : keys) {
            for (int p : b.postings().getOrDefault(key, EMPTY)) {
                positions.set(p);
            }
        }
        return positions.stream().toArray();
    }

    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[k++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** The filters of a spec, checked against one entry. */
    private static final class Matcher {
        private final SearchSpec spec;
        private final PartnerQuery q;
        private final List<String> terms;
        private final Set<String> types;
        private final Set<String> statuses;

        Matcher(SearchSpec spec, List<String> terms) {
            this.spec = spec;
            this.q = spec.query();
            this.terms = terms;
            this.types = q.types().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            this.statuses =
                    q.statuses().stream().map(OrganisationStatus::name).collect(java.util.stream.Collectors.toSet());
        }

        /** @param facetsKnown the type, field and area filters are known to hold (base candidates) */
        boolean matches(Entry e, boolean facetsKnown) {
            if (!q.includeInactive() && !e.active()) {
                return false;
            }
            if (spec.consentedPeopleOnly() && e.type() == PartnerType.CITIZEN && !e.profileConsent()) {
                return false;
            }
            if (!facetsKnown && !facets(e)) {
                return false;
            }
            if (!statuses.isEmpty() && !statuses.contains(e.status())) {
                return false;
            }
            if (q.certifiedOnly() && !e.certified(spec.today())) {
                return false;
            }
            if ((q.expertsOnly() && !e.expert()) || (q.volunteersOnly() && !e.volunteer())) {
                return false;
            }
            for (String term : terms) {
                if (!e.searchText().contains(term)) {
                    return false;
                }
            }
            return true;
        }

        private boolean facets(Entry e) {
            if (!types.isEmpty() && !types.contains(e.type().name())) {
                return false;
            }
            if (!q.fieldCode().isEmpty() && !e.fields().contains(q.fieldCode())) {
                return false;
            }
            if (spec.areaCodes().isEmpty()) {
                return true;
            }
            for (String area : e.areas()) {
                if (spec.areaCodes().contains(area)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A growable list of ints, for building postings without boxing. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
