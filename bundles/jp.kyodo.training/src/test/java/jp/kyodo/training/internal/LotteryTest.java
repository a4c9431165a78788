package jp.kyodo.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import jp.kyodo.training.Lottery;
import org.junit.jupiter.api.Test;

class LotteryTest {

    private static final List<Long> APPLICANTS =
            LongStream.rangeClosed(1, 40).boxed().toList();

    @Test
    void theSameSeedAndApplicantsGiveTheSameOrderWhateverTheirOrderIn() {
        List<Long> shuffled = new ArrayList<>(APPLICANTS);
        Collections.reverse(shuffled);
        assertEquals(Lottery.draw(20261124L, APPLICANTS), Lottery.draw(20261124L, shuffled));
    }

    @Test
    void theOrderIsAPermutationAndOtherSeedsGiveOtherOrders() {
        List<Long> a = Lottery.draw(1L, APPLICANTS);
        assertEquals(new HashSet<>(APPLICANTS), new HashSet<>(a));
        assertEquals(APPLICANTS.size(), a.size());
        assertNotEquals(a, Lottery.draw(2L, APPLICANTS));
        assertNotEquals(APPLICANTS, a, "shuffled");
    }

    /** The published algorithm gives this order for this seed on every Java platform (SplittableRandom is specified). */
    @Test
    void aPublishedDrawCanBeCheckedByAnyone() {
        assertEquals(List.of(4L, 3L, 1L, 5L, 2L), Lottery.draw(42L, List.of(1L, 2L, 3L, 4L, 5L)));
    }

    /** Over 20,000 seeds, each of 40 applicants wins one of 10 places about a quarter of the time. */
    @Test
    void everyApplicantHasTheSameChance() {
        int rounds = 20_000;
        int[] wins = new int[41];
        for (long seed = 0; seed < rounds; seed++) {
            for (Long id : Lottery.draw(seed, APPLICANTS).subList(0, 10)) {
                wins[id.intValue()]++;
            }
        }
        for (int id = 1; id <= 40; id++) {
            double share = wins[id] / (double) rounds;
            assertTrue(Math.abs(share - 0.25) < 0.02, "applicant " + id + " won " + share);
        }
    }
}
