package jp.kyodo.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The lottery (抽選) for an oversubscribed course: fair (every draw order equally likely) and reproducible
 * (published seed + the same applicants = the same result), so that anyone can check a draw afterwards.
 *
 * <p>Algorithm: the applications are put in the order of their ids (the order they were received), then
 * shuffled with the Fisher–Yates algorithm ({@code for i = n-1 … 1: swap(i, nextInt(i + 1))}) driven by {@link
 * SplittableRandom} seeded with the published seed — a generator whose sequence for a seed is specified by the
 * Java platform and does not change between releases. The first {@code capacity} of the shuffled order get a
 * place; the rest keep their order as the waiting list (補欠順).
 */
public final class Lottery {

    private Lottery() {}

    /**
     * The draw order of the applications.
     *
     * @param applicationIds the applications taking part, any order (they are sorted by id first)
     */
    public static List<Long> draw(long seed, List<Long> applicationIds) {
        List<Long> order = new ArrayList<>(applicationIds);
        order.sort(null);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Long t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        return order;
    }
}
