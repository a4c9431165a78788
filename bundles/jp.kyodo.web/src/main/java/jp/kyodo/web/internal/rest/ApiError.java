package jp.kyodo.web.internal.rest;

import java.util.List;
import jp.kyodo.core.FieldError;

/**
 * The body of every error answer of the REST API: {@code {"error":"<code>","message":"…",
 * "fields":[{"field":"…","message":"…"}]}}.
 */
public record ApiError(String error, String message, List<FieldError> fields) {

    public ApiError {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
