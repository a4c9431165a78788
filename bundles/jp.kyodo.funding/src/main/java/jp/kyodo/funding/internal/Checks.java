package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingBackend.MESSAGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.registry.PartnerType;

/**
 * Collects every problem of an input, by field, then throws them together: the shared vocabulary of the
 * funding module's validation (lengths, amounts of money, dates, areas, registry references).
 */
final class Checks {

    /** The largest amount of money accepted anywhere (1,000 兆円): sums of many stay far from overflow. */
    static final long MAX_YEN = 1_000_000_000_000_000L;

    private final List<FieldError> errors = new ArrayList<>();
    private final FundingBackend b;

    Checks(FundingBackend b) {
        this.b = b;
    }

    Checks error(String field, String key, Object... args) {
        errors.add(new FieldError(field, MESSAGES.get(key, args)));
        return this;
    }

    boolean ok() {
        return errors.isEmpty();
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

    /** Whole yen, 0 or more (null passes). */
    Checks yen(String field, Long value) {
        if (value != null && (value < 0 || value > MAX_YEN)) {
            error(field, "check.yen");
        }
        return this;
    }

    /** Whole yen, 1 or more (null passes). */
    Checks positiveYen(String field, Long value) {
        if (value != null && (value < 1 || value > MAX_YEN)) {
            error(field, "check.positiveYen");
        }
        return this;
    }

    Checks range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            error(field, "check.range", min, max);
        }
        return this;
    }

    Checks period(String field, LocalDate from, LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            error(field, "check.periodReversed");
        }
        return this;
    }

    Checks areaCode(String field, String code) {
        if (!code.isEmpty()) {
            b.areas().ifPresent(h -> {
                if (h.find(code).isEmpty()) {
                    error(field, "check.unknownArea", code);
                }
            });
        }
        return this;
    }

    /** An area of kind 区 (when the city's areas are known). */
    Checks ward(String field, String code) {
        Optional<AreaHierarchy> areas = b.areas();
        if (areas.isPresent()) {
            Optional<Area> area = areas.get().find(code);
            if (area.isEmpty()) {
                error(field, "check.unknownArea", code);
            } else if (area.get().kind() != AreaKind.WARD) {
                error(field, "check.notWard", area.get().name());
            }
        }
        return this;
    }

    /** A department of the city (市の部署) in the registry, active. @return its name, or empty */
    String department(String field, long id) {
        Optional<Applicant> d = b.organisation(id).filter(x -> x.type() == PartnerType.CITY);
        if (d.isEmpty()) {
            error(field, "check.noDepartment", id);
            return "";
        }
        if (!d.get().active()) {
            error(field, "check.inactive", d.get().name());
        }
        return d.get().name();
    }

    /** An organisation of the registry that may apply (not the city's own), active. */
    Optional<Applicant> organisation(String field, long id) {
        Optional<Applicant> o = b.organisation(id);
        if (o.isEmpty() || o.get().type() == PartnerType.CITY || o.get().type() == PartnerType.CITIZEN) {
            error(field, "check.noOrganisation", id);
            return Optional.empty();
        }
        if (!o.get().active()) {
            error(field, "check.inactive", o.get().name());
        }
        return o;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
