package jp.kyodo.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import jp.kyodo.matching.Candidate;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.CandidateProfile;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.matching.Proximity;
import jp.kyodo.matching.ScoreTerm;
import jp.kyodo.matching.ScoringRule;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;

/**
 * Ranks the index's candidates for one need. First, over the primitive {@link Columns} only: the hard
 * filters (the kind of help, may be proposed at all, not the owner, offer not expired) and a relevance gate
 * (shares a skill bigram — counted for every candidate at once from the bigram postings —, shares a field,
 * or is an offer of the wanted kind). Then every rule's points for the candidates left, keeping the best in
 * a small heap. Only the shown candidates get their reasons. No database.
 */
final class Ranking {

    /** The need, who is already proposed for it, today, and how many to show. */
    record Request(NeedDraft need, Set<CandidateRef> alreadyProposed, LocalDate today, int limit) {}

    private static final PartnerType[] TYPES = PartnerType.values();
    private static final OfferKind[] OFFER_KINDS = OfferKind.values();
    private static final CandidateKind[] KINDS = CandidateKind.values();

    private Ranking() {}

    /** How the list names candidates. */
    interface NameMask {
        String name(Entry e);

        String detail(Entry e);

        /** Names and details as the index holds them (the coordinator's view). */
        NameMask AS_INDEXED = new NameMask() {
            @Override
            public String name(Entry e) {
                return e.name();
            }

            @Override
            public String detail(Entry e) {
                return e.detail();
            }
        };
    }

    static List<Candidate> rank(
            CandidateIndex.Snapshot s,
            Request request,
            List<ScoringRule> rules,
            LongFunction<CandidateIndex.Stats> stats,
            NameMask names) {
        NeedDraft need = request.need();
        Columns col = s.columns();
        Cursor cursor = new Cursor(s, need, stats);
        boolean everything = cursor.needGrams.length == 0 && cursor.needFieldBits == 0;
        Serves serves = new Serves(need.kinds());
        Set<Long> proposed = new HashSet<>();
        request.alreadyProposed().forEach(r -> proposed.add(key(r.kind().ordinal(), r.id())));
        ScoringRule[] ruleArray = rules.toArray(ScoringRule[]::new);
        int today = (int) request.today().toEpochDay();
        long owner = need.ownerId();
        long needFields = cursor.needFieldBits;
        short[] hits = cursor.hits;
        Best best = new Best(request.limit());
        int n = col.kind().length;
        for (int slot = 0; slot < n; slot++) {
            int flags = col.flags()[slot];
            if ((flags & Columns.ELIGIBLE) == 0
                    || !serves.test(col, slot, flags)
                    || col.partnerId()[slot] == owner
                    || col.validUntil()[slot] < today) {
                continue;
            }
            int offer = col.offerKind()[slot];
            boolean relevant = everything
                    || hits[slot] > 0
                    || (col.fieldBits()[slot] & needFields) != 0
                    || (offer != Columns.NONE && serves.offer[offer - 1]);
            if (!relevant || (!proposed.isEmpty() && proposed.contains(key(col.kind()[slot], col.id()[slot])))) {
                continue;
            }
            cursor.at(slot);
            double score = 0;
            for (ScoringRule rule : ruleArray) {
                score += rule.score(need, cursor);
            }
            best.offer(score, slot);
        }
        List<Candidate> result = new ArrayList<>(request.limit());
        for (int kept : best.bestFirst()) {
            int slot = best.slot[kept];
            Entry e = s.entries()[slot];
            cursor.at(slot);
            List<ScoreTerm> terms = new ArrayList<>();
            for (ScoringRule rule : ruleArray) {
                double points = rule.score(need, cursor);
                if (points != 0) {
                    terms.add(new ScoreTerm(rule.id(), rule.label(), points, rule.reason(need, cursor, points)));
                }
            }
            terms.sort(Comparator.comparingDouble((ScoreTerm x) -> -Math.abs(x.points())));
            result.add(new Candidate(
                    e.ref(),
                    names.name(e),
                    names.detail(e),
                    e.fieldCodes(),
                    e.areaCodes(),
                    e.expert(),
                    best.score[kept],
                    terms));
        }
        return result;
    }

    /**
     * The best {@code limit} candidates seen so far: a min-heap of primitive scores and slots whose root is the
     * worst kept (lowest score; among equal scores the later slot), replaced only by a better one.
     */
    static final class Best {
        final double[] score;
        final int[] slot;
        private int size;

        Best(int limit) {
            score = new double[limit];
            slot = new int[limit];
        }

        void offer(double s, int at) {
            if (size < score.length) {
                score[size] = s;
                slot[size] = at;
                up(size++);
            } else if (size > 0 && worse(0, s, at)) {
                score[0] = s;
                slot[0] = at;
                down(0);
            }
        }

        /** Whether the kept entry i is worse than a candidate with score s at slot at. */
        private boolean worse(int i, double s, int at) {
            return score[i] < s || (score[i] == s && slot[i] > at);
        }

        private boolean worse(int i, int j) {
            return worse(i, score[j], slot[j]);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!worse(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int worst = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (worse(child, worst)) {
                        worst = child;
                    }
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int i, int j) {
            double s = score[i];
            score[i] = score[j];
            score[j] = s;
            int at = slot[i];
            slot[i] = slot[j];
            slot[j] = at;
        }

        /** The kept entries' positions, best first; among equal scores the earlier registered (lower slot) first. */
        Integer[] bestFirst() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> worse(a, b) ? 1 : worse(b, a) ? -1 : 0);
            return order;
        }
    }

    private static long key(int kind, long id) {
        return id * 4 + kind;
    }

    /** Which candidates can give any of the kinds of help asked for, decided once per ranking. */
    private static final class Serves {
        final boolean[] offer = new boolean[OfferKind.values().length];
        final boolean[] organisation = new boolean[PartnerType.values().length];
        final boolean volunteer;
        final boolean expert;

        Serves(Set<NeedKind> kinds) {
            for (OfferKind k : OfferKind.values()) {
                offer[k.ordinal()] = !Collections.disjoint(k.serves(), kinds);
            }
            for (PartnerType t : PartnerType.values()) {
                organisation[t.ordinal()] = kinds.stream().anyMatch(k -> servesAsOrganisation(t, k));
            }
            volunteer = kinds.contains(NeedKind.PEOPLE);
            expert = volunteer || kinds.contains(NeedKind.EXPERT) || kinds.contains(NeedKind.INFORMATION);
        }

        boolean test(Columns col, int slot, int flags) {
            int kind = col.kind()[slot];
            if (kind == CandidateKind.OFFER.ordinal()) {
                return offer[col.offerKind()[slot] - 1];
            }
            if (kind == CandidateKind.PERSON.ordinal()) {
                return (expert && (flags & Columns.EXPERT) != 0) || (volunteer && (flags & Columns.VOLUNTEER) != 0);
            }
            int type = col.partnerType()[slot];
            return type != Columns.NONE && organisation[type - 1];
        }
    }

    /** Whether the candidate can give any of the kinds of help asked for (for a proposal's check). */
    static boolean serves(Entry e, Set<NeedKind> kinds) {
        for (NeedKind k : kinds) {
            boolean serves =
                    switch (e.kind()) {
                        case OFFER -> e.offerKind().serves().contains(k);
                        case PERSON -> switch (k) {
                            case PEOPLE -> e.volunteer() || e.expert();
                            case EXPERT, INFORMATION -> e.expert();
                            default -> false;
                        };
                        case ORGANISATION -> servesAsOrganisation(e.partnerType(), k);
                    };
            if (serves) {
                return true;
            }
        }
        return false;
    }

    private static boolean servesAsOrganisation(PartnerType type, NeedKind k) {
        return switch (k) {
            case PARTNER -> type != PartnerType.CITY;
            case MONEY, GOODS -> type == PartnerType.BUSINESS;
            case PLACE -> type == PartnerType.EDUCATION;
            case INFORMATION -> type == PartnerType.CIVIC || type == PartnerType.EDUCATION;
            default -> false;
        };
    }

    /**
     * The {@link CandidateProfile} the rules see: one object moved from slot to slot, reading the columns;
     * the {@link Entry} itself only when a rule asks for its sets.
     */
    static final class Cursor implements CandidateProfile {

        final long[] needGrams;
        final long needFieldBits;
        /** Per slot: how many of the need's bigrams its skills hold. */
        final short[] hits;

        private final CandidateIndex.Snapshot s;
        private final Columns col;
        private final int needSlots;
        private final Proximity[] proximityByArea;
        private final LongFunction<CandidateIndex.Stats> stats;

        private int slot;
        private CandidateIndex.Stats history;

        Cursor(CandidateIndex.Snapshot s, NeedDraft need, LongFunction<CandidateIndex.Stats> stats) {
            this.s = s;
            this.col = s.columns();
            long[] grams = Entry.grams(need.skills().isEmpty() ? need.title() : need.skills());
            this.needGrams = grams.length > Short.MAX_VALUE ? java.util.Arrays.copyOf(grams, Short.MAX_VALUE) : grams;
            long bits = 0;
            for (String code : need.fieldCodes()) {
                Integer bit = s.fieldIndex().get(code);
                if (bit != null) {
                    bits |= 1L << bit;
                }
            }
            this.needFieldBits = bits;
            int slots = Entry.slots(need.days(), need.times());
            this.needSlots = slots == 0 ? Entry.slots(Set.of(DayOfWeek.values()), Set.of(TimeBand.values())) : slots;
            this.proximityByArea = Proximities.to(s.hierarchy(), s.areaTable(), need.areaCode());
            this.stats = stats;
            this.hits = hits(s, needGrams);
        }

        /** Bigram hits of every slot: from the postings, and the slots changed since counted directly. */
        private static short[] hits(CandidateIndex.Snapshot s, long[] needGrams) {
            short[] hits = new short[s.entries().length];
            if (needGrams.length == 0) {
                return hits;
            }
            for (long g : needGrams) {
                int[] list = s.postings().get(g);
                if (list != null) {
                    for (int slot : list) {
                        if (slot < hits.length) {
                            hits[slot]++;
                        }
                    }
                }
            }
            for (int slot : s.dirtySlots()) {
                hits[slot] = (short) s.entries()[slot].sharedGrams(needGrams);
            }
            return hits;
        }

        void at(int newSlot) {
            this.slot = newSlot;
            this.history = null;
        }

        private Entry entry() {
            return s.entries()[slot];
        }

        @Override
        public CandidateRef ref() {
            return new CandidateRef(KINDS[col.kind()[slot]], col.id()[slot]);
        }

        @Override
        public PartnerType partnerType() {
            int t = col.partnerType()[slot];
            return t == Columns.NONE ? null : TYPES[t - 1];
        }

        @Override
        public OfferKind offerKind() {
            int k = col.offerKind()[slot];
            return k == Columns.NONE ? null : OFFER_KINDS[k - 1];
        }

        @Override
        public boolean expert() {
            return (col.flags()[slot] & Columns.EXPERT) != 0;
        }

        @Override
        public boolean volunteer() {
            return (col.flags()[slot] & Columns.VOLUNTEER) != 0;
        }

        @Override
        public Set<String> fieldCodes() {
            return entry().fieldCodes();
        }

        @Override
        public Set<String> areaCodes() {
            return entry().areaCodes();
        }

        @Override
        public Set<DayOfWeek> days() {
            return entry().days();
        }

        @Override
        public Set<TimeBand> times() {
            return entry().times();
        }

        @Override
        public int sharedFieldCount() {
            return Long.bitCount(col.fieldBits()[slot] & needFieldBits);
        }

        @Override
        public int skillCoverage() {
            return needGrams.length == 0 ? 0 : hits[slot] * 100 / needGrams.length;
        }

        @Override
        public boolean hasSkill(String word) {
            long[] grams = Entry.grams(word);
            return grams.length > 0 && entry().sharedGrams(grams) == grams.length;
        }

        @Override
        public Proximity proximity() {
            int first = col.area()[slot];
            if (first == Columns.NO_AREA) {
                return Proximity.UNKNOWN;
            }
            Proximity best = proximityByArea[first];
            int[] more = col.moreAreas()[slot];
            if (more != null) {
                for (int a : more) {
                    if (proximityByArea[a].ordinal() < best.ordinal()) {
                        best = proximityByArea[a];
                    }
                }
            }
            return best;
        }

        @Override
        public int sharedSlots() {
            int theirs = col.slots()[slot];
            return theirs == 0 ? Integer.bitCount(needSlots) : Integer.bitCount(theirs & needSlots);
        }

        @Override
        public int neededSlots() {
            return Integer.bitCount(needSlots);
        }

        private CandidateIndex.Stats history() {
            if (history == null) {
                history = stats.apply(col.partnerId()[slot]);
            }
            return history;
        }

        @Override
        public int completedMatches() {
            return history().completed();
        }

        @Override
        public int declinedMatches() {
            return history().declined();
        }

        @Override
        public int openMatches() {
            return history().open();
        }
    }
}
