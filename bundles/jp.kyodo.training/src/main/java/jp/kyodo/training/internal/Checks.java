package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingBackend.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;

/** Collects every problem of a draft, by field, then throws them together. */
final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    Checks error(String field, String key, Object... args) {
        errors.add(new FieldError(field, MESSAGES.get(key, args)));
        return this;
    }

    Checks required(String field, String value, int max) {
        if (value.isEmpty()) {
            error(field, "check.required");
        }
        return max(field, value, max);
    }

    Checks max(String field, String value, int max) {
        if (value.length() > max) {
            error(field, "check.tooLong", max, value.length());
        }
        return this;
    }

    Checks present(String field, Object value) {
        if (value == null) {
            error(field, "check.required");
        }
        return this;
    }

    Checks range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            error(field, "check.range", min, max);
        }
        return this;
    }

    Checks url(String field, String value) {
        if (!value.isEmpty() && !value.matches("https?://\\S+")) {
            error(field, "check.url");
        }
        return max(field, value, 1000);
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
