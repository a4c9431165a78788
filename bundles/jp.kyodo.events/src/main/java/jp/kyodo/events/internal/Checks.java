package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerProfile;

/** Collects every problem of a draft, by field, then throws them together. */
final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    void error(String field, String key, Object... args) {
        errors.add(new FieldError(field, MESSAGES.get(key, args)));
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

    Checks yen(String field, long value) {
        if (value < 0) {
            error(field, "check.yen");
        }
        return this;
    }

    /** The partner is a registered, active organisation (a group or a department). @return its name, or "" */
    String organisation(String field, long id, EventsBackend b) {
        PartnerProfile p = b.partner(id).orElse(null);
        if (p == null || p.kind() != PartnerKind.ORGANISATION) {
            error(field, "check.noOrganisation", id);
            return "";
        }
        if (!p.active()) {
            error(field, "check.inactivePartner", p.name());
        }
        return p.name();
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
