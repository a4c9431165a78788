package jp.kyodo.web.internal.rest;

import java.util.List;

/**
 * The body of every error answer of the REST API: {@code {"error":"<code>","message":"…",
 * "fields":[{"field":"…","message":"…"}]}}.
 */
public record ApiError(String error, String message, List<Field> fields) {

    /** One field's problem. */
    public record Field(String field, String message) {}

    public ApiError {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
