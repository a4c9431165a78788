package jp.kyodo.core;

import java.util.Objects;

/**
 * One sort key of a {@link PageRequest}. Each service documents which properties it can sort by and
 * rejects others with a {@link ValidationException}, so that a client cannot order by arbitrary
 * columns.
 *
 * @param property the property name, e.g. {@code nameKana}
 * @param ascending {@code true} for ascending order
 */
public record Sort(String property, boolean ascending) {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(Sort.class, "jp.kyodo.core.messages");

    public Sort {
        Objects.requireNonNull(property, "property");
        property = property.strip();
        if (property.isEmpty()) {
            throw ValidationException.of("sort", MESSAGES.get("sort.property"));
        }
    }

    /** Ascending by the property. */
    public static Sort asc(String property) {
        return new Sort(property, true);
    }

    /** Descending by the property. */
    public static Sort desc(String property) {
        return new Sort(property, false);
    }
}
