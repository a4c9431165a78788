package jp.kyodo.core;

import java.util.List;

/**
 * Which slice of a result list to return. Every list-returning service takes one, so that no screen or
 * API call can load an unbounded number of records.
 *
 * @param offset how many items to skip; 0 or more
 * @param limit the maximum number of items; 1 to {@value #MAX_LIMIT}
 * @param sort sort keys, most significant first; empty for the service's default order
 */
public record PageRequest(int offset, int limit, List<Sort> sort) {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(PageRequest.class, "jp.kyodo.core.messages");

    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw ValidationException.of("offset", MESSAGES.get("page.offset"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", MESSAGES.get("page.limit", MAX_LIMIT));
        }
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    /** The first page of the given size, in the default order. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, List.of());
    }

    /** The page after this one, same size and order. */
    public PageRequest next() {
        if (offset > Integer.MAX_VALUE - limit) {
            throw ValidationException.of("offset", MESSAGES.get("page.noMore"));
        }
        return new PageRequest(offset + limit, limit, sort);
    }

    /** This page in another order. */
    public PageRequest sortedBy(Sort... keys) {
        return new PageRequest(offset, limit, List.of(keys));
    }
}
