package jp.kyodo.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One slice of a result list with the total count, so that a screen can show 「全123件中 1〜20件」 and
 * page on without loading everything.
 *
 * @param items the items of this page, at most {@code request.limit()}
 * @param total how many items match in all, 0 or more
 * @param request the request this page answers
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        if (items.size() > request.limit()) {
            throw new IllegalArgumentException(
                    "a page holds at most " + request.limit() + " items, got " + items.size());
        }
    }

    /** An empty result. */
    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), 0, request);
    }

    /** Whether items follow this page. */
    public boolean hasNext() {
        return request.offset() + (long) items.size() < total;
    }

    /** The same page with each item converted, e.g. from an entity to a DTO. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}
