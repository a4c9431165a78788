package jp.kyodo.training;

import java.util.List;

/**
 * The result of allocating a course's places.
 *
 * @param lottery whether a lottery was needed (more applicants than places)
 * @param seed the seed drawn with, null without a lottery; {@link Lottery#draw} with it and the same applicants
 *     gives the same order
 * @param order the application ids in draw order; the first {@code capacity} have a place
 */
public record Allocation(long courseId, boolean lottery, Long seed, int capacity, List<Long> order) {

    public Allocation {
        order = List.copyOf(order);
    }
}
