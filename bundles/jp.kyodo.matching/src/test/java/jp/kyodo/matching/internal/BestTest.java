package jp.kyodo.matching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ranking keeps the best candidates, best first and the earlier registered first among equal scores. */
class BestTest {

    @Test
    void keepsWhatSortingEveryCandidateWouldShow() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int limit = 1 + random.nextInt(25);
            int candidates = random.nextInt(400);
            Ranking.Best best = new Ranking.Best(limit);
            List<double[]> all = new ArrayList<>();
            for (int slot = 0; slot < candidates; slot++) {
                // few distinct scores, so that ties are common
                double score = random.nextInt(12) * 2.5;
                best.offer(score, slot);
                all.add(new double[] {score, slot});
            }
            all.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> a[1]));
            List<String> expected = all.subList(0, Math.min(limit, all.size())).stream()
                    .map(a -> (int) a[1] + "=" + a[0])
                    .toList();
            List<String> kept = new ArrayList<>();
            for (int i : best.bestFirst()) {
                kept.add(best.slot[i] + "=" + best.score[i]);
            }
            assertEquals(expected, kept, "limit " + limit + ", " + candidates + " candidates");
        }
    }
}
