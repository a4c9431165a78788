package jp.kyodo.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;

/**
 * One candidate in the matcher's memory: a person, an organisation or an offer, with what ranking needs
 * prepared once (field bits, availability bits, sorted skill bigrams). Immutable.
 *
 * @param partnerId the person or organisation (an offer's provider)
 * @param name for the list; a private person's name is masked by the service, not here
 * @param detail what the candidate brings, for the list (skills, the offer's title)
 * @param fieldBits bit i set for the taxonomy's i-th field (fields beyond 64 only in {@code fieldCodes})
 * @param slots availability bits, {@link #slot}; 0 when not said (= any time)
 * @param grams the skills' bigrams as sorted {@link #gram} keys
 * @param areaIndexes the areas' positions in the matcher's area table
 * @param eligible active, consented (people), standing (offers): may be proposed at all
 * @param validUntil an offer's last day; null otherwise
 */
record Entry(
        CandidateKind kind,
        long id,
        long partnerId,
        PartnerType partnerType,
        OfferKind offerKind,
        String name,
        String detail,
        Set<String> fieldCodes,
        Set<String> areaCodes,
        Set<DayOfWeek> days,
        Set<TimeBand> times,
        long fieldBits,
        int slots,
        long[] grams,
        int[] areaIndexes,
        boolean expert,
        boolean volunteer,
        boolean eligible,
        LocalDate validUntil) {

    CandidateRef ref() {
        return new CandidateRef(kind, id);
    }

    /** The bigram key of two code points: exact, no collisions. */
    static long gram(int first, int second) {
        return ((long) first << 21) | second;
    }

    /** The sorted, distinct bigram keys of a text, after {@link JapaneseText#normalize}. */
    static long[] grams(String text) {
        int[] cps = JapaneseText.normalize(text).codePoints().toArray();
        long[] keys = new long[Math.max(0, cps.length - 1)];
        for (int i = 0; i + 1 < cps.length; i++) {
            keys[i] = gram(cps[i], cps[i + 1]);
        }
        return Arrays.stream(keys).sorted().distinct().toArray();
    }

    /** The bit of a weekday and time band: 7 days × 3 bands. */
    static int slot(DayOfWeek day, TimeBand band) {
        return 1 << ((day.getValue() - 1) * 3 + band.ordinal());
    }

    /** The slots of what was said: days without bands mean every band, bands without days every day. */
    static int slots(Set<DayOfWeek> days, Set<TimeBand> times) {
        if (days.isEmpty() && times.isEmpty()) {
            return 0;
        }
        int bits = 0;
        for (DayOfWeek d : days.isEmpty() ? Set.of(DayOfWeek.values()) : days) {
            for (TimeBand t : times.isEmpty() ? Set.of(TimeBand.values()) : times) {
                bits |= slot(d, t);
            }
        }
        return bits;
    }

    /** How many of {@code wanted}'s grams are in this entry's (both sorted). */
    int sharedGrams(long[] wanted) {
        int found = 0;
        for (long g : wanted) {
            if (Arrays.binarySearch(grams, g) >= 0) {
                found++;
            }
        }
        return found;
    }
}
