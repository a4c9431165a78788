package jp.kyodo.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.LongFunction;
import jp.kyodo.matching.Candidate;
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
 * Ranks the index's candidates for one need: the hard filters first (what kind of help, may be proposed at
 * all, not the owner, not already proposed), then a cheap relevance gate (shares a skill bigram, a field,
 * or is an offer of the wanted kind), then every rule's points for the candidates left, keeping the best in
 * a small heap; only the shown candidates get their reasons. No database, no allocation per candidate.
 */
final class Ranking {

    /** Who is excluded and how names are shown. */
    record Request(NeedDraft need, Set<CandidateRef> alreadyProposed, LocalDate today, int limit) {}

    private Ranking() {}

    static List<Candidate> rank(
            CandidateIndex.Snapshot s,
            Request request,
            List<ScoringRule> rules,
            LongFunction<CandidateIndex.Stats> stats,
            NameMask names) {
        NeedDraft need = request.need();
        Cursor cursor = new Cursor(s, need, stats);
        boolean[] gramHit = gramHits(s, cursor.needGrams);
        boolean everything = cursor.needGrams.length == 0 && cursor.needFieldBits == 0;
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
        Entry[] entries = s.entries();
        for (int slot = 0; slot < entries.length; slot++) {
            Entry e = entries[slot];
            if (!e.eligible()
                    || !serves(e, need.kinds())
                    || e.partnerId() == need.ownerId()
                    || (e.validUntil() != null && e.validUntil().isBefore(request.today()))
                    || request.alreadyProposed().contains(e.ref())) {
                continue;
            }
            boolean relevant = everything
                    || gramHit[slot]
                    || (e.fieldBits() & cursor.needFieldBits) != 0
                    || (e.offerKind() != null
                            && !java.util.Collections.disjoint(e.offerKind().serves(), need.kinds()));
            if (!relevant) {
                continue;
            }
            cursor.at(e);
            double score = 0;
            for (ScoringRule rule : rules) {
                score += rule.score(need, cursor);
            }
            if (best.size() < request.limit()) {
                best.add(new double[] {score, -slot});
            } else if (score > best.peek()[0] || (score == best.peek()[0] && -slot > best.peek()[1])) {
                best.poll();
                best.add(new double[] {score, -slot});
            }
        }
        List<double[]> top = new ArrayList<>(best);
        // best first; among equals the earlier registered (lower slot) first
        top.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> -a[1]));
        List<Candidate> result = new ArrayList<>(top.size());
        for (double[] t : top) {
            Entry e = entries[(int) -t[1]];
            cursor.at(e);
            List<ScoreTerm> terms = new ArrayList<>();
            for (ScoringRule rule : rules) {
                double points = rule.score(need, cursor);
                if (points != 0) {
                    terms.add(new ScoreTerm(rule.id(), rule.label(), points, rule.reason(need, cursor, points)));
                }
            }
            terms.sort(Comparator.comparingDouble((ScoreTerm x) -> -Math.abs(x.points())));
            result.add(new Candidate(
                    e.ref(), names.name(e), names.detail(e), e.fieldCodes(), e.areaCodes(), e.expert(), t[0], terms));
        }
        return result;
    }

    /** How the list names candidates: private persons are named only to coordinators. */
    interface NameMask {
        String name(Entry e);

        String detail(Entry e);
    }

    /** Slots sharing at least one bigram with the need: postings, and the changed slots checked directly. */
    private static boolean[] gramHits(CandidateIndex.Snapshot s, long[] needGrams) {
        boolean[] hit = new boolean[s.entries().length];
        if (needGrams.length == 0) {
            return hit;
        }
        for (long g : needGrams) {
            int[] list = s.postings().get(g);
            if (list != null) {
                for (int slot : list) {
                    if (slot < hit.length) {
                        hit[slot] = true;
                    }
                }
            }
        }
        for (int slot : s.dirtySlots()) {
            hit[slot] = s.entries()[slot].sharedGrams(needGrams) > 0;
        }
        return hit;
    }

    /** Whether the candidate can give any of the kinds of help asked for. */
    static boolean serves(Entry e, Set<NeedKind> kinds) {
        for (NeedKind k : kinds) {
            if (serves(e, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean serves(Entry e, NeedKind k) {
        return switch (e.kind()) {
            case OFFER -> e.offerKind().serves().contains(k);
            case PERSON -> switch (k) {
                case PEOPLE -> e.volunteer() || e.expert();
                case EXPERT, INFORMATION -> e.expert();
                default -> false;
            };
            case ORGANISATION -> switch (k) {
                case PARTNER -> e.partnerType() != PartnerType.CITY;
                case MONEY, GOODS -> e.partnerType() == PartnerType.BUSINESS;
                case PLACE -> e.partnerType() == PartnerType.EDUCATION;
                case INFORMATION -> e.partnerType() == PartnerType.CIVIC || e.partnerType() == PartnerType.EDUCATION;
                default -> false;
            };
        };
    }

    /** The {@link CandidateProfile} the rules see: one object moved from candidate to candidate. */
    static final class Cursor implements CandidateProfile {

        final long[] needGrams;
        final long needFieldBits;
        private final int needSlots;
        private final Proximity[] proximityByArea;
        private final LongFunction<CandidateIndex.Stats> stats;

        private Entry e;
        private CandidateIndex.Stats history;

        Cursor(CandidateIndex.Snapshot s, NeedDraft need, LongFunction<CandidateIndex.Stats> stats) {
            this.needGrams = Entry.grams(need.skills().isEmpty() ? need.title() : need.skills());
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
        }

        void at(Entry entry) {
            this.e = entry;
            this.history = null;
        }

        @Override
        public CandidateRef ref() {
            return e.ref();
        }

        @Override
        public PartnerType partnerType() {
            return e.partnerType();
        }

        @Override
        public OfferKind offerKind() {
            return e.offerKind();
        }

        @Override
        public boolean expert() {
            return e.expert();
        }

        @Override
        public boolean volunteer() {
            return e.volunteer();
        }

        @Override
        public Set<String> fieldCodes() {
            return e.fieldCodes();
        }

        @Override
        public Set<String> areaCodes() {
            return e.areaCodes();
        }

        @Override
        public Set<DayOfWeek> days() {
            return e.days();
        }

        @Override
        public Set<TimeBand> times() {
            return e.times();
        }

        @Override
        public int sharedFieldCount() {
            return Long.bitCount(e.fieldBits() & needFieldBits);
        }

        @Override
        public int skillCoverage() {
            return needGrams.length == 0 ? 0 : e.sharedGrams(needGrams) * 100 / needGrams.length;
        }

        @Override
        public boolean hasSkill(String word) {
            long[] grams = Entry.grams(word);
            return grams.length > 0 && e.sharedGrams(grams) == grams.length;
        }

        @Override
        public Proximity proximity() {
            Proximity best = Proximity.UNKNOWN;
            for (int a : e.areaIndexes()) {
                if (proximityByArea[a].ordinal() < best.ordinal()) {
                    best = proximityByArea[a];
                }
            }
            return best;
        }

        @Override
        public int sharedSlots() {
            return e.slots() == 0 ? Integer.bitCount(needSlots) : Integer.bitCount(e.slots() & needSlots);
        }

        @Override
        public int neededSlots() {
            return Integer.bitCount(needSlots);
        }

        private CandidateIndex.Stats history() {
            if (history == null) {
                history = stats.apply(e.partnerId());
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
