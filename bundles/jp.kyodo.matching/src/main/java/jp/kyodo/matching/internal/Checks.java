package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerProfiles;
import jp.kyodo.registry.PartnerType;

/**
 * Collects every problem of a draft, by field, then throws them together: the shared vocabulary of the
 * matching module's validation (lengths, codes, dates, registry references).
 */
final class Checks {

    private final List<FieldError> errors = new ArrayList<>();
    private final Optional<AreaHierarchy> areas;
    private final Optional<ActivityFieldTaxonomy> fields;
    private final PartnerProfiles partners;

    /** Looks partners up as the platform: the caller's permission for the operation was checked already. */
    private static final Actor LOOKUP = Actor.system("matching-checks");

    Checks(MatchingBackend b) {
        this.areas = b.areas();
        this.fields = b.fields();
        this.partners = b.partners();
    }

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

    Checks fieldCodes(String field, Set<String> codes) {
        fields.ifPresent(t -> codes.stream()
                .filter(code -> t.find(code).isEmpty())
                .forEach(code -> error(field, "check.unknownField", code)));
        return this;
    }

    Checks areaCode(String field, String code) {
        if (!code.isEmpty()) {
            areas.ifPresent(h -> {
                if (h.find(code).isEmpty()) {
                    error(field, "check.unknownArea", code);
                }
            });
        }
        return this;
    }

    Checks period(String field, LocalDate from, LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            error(field, "check.periodReversed");
        }
        return this;
    }

    Checks positive(String field, Number value, long max) {
        if (value != null && (value.longValue() < 1 || value.longValue() > max)) {
            error(field, "check.range", 1, max);
        }
        return this;
    }

    /** An amount of money in whole yen: zero or more. */
    Checks yen(String field, Long value) {
        if (value != null && (value < 0 || value > 1_000_000_000_000L)) {
            error(field, "check.yen");
        }
        return this;
    }

    /** The registry's organisation (or department), active. @return its name, or empty when it is not one */
    String organisation(String field, long id) {
        Optional<PartnerProfile> p = lookup(id).filter(x -> x.kind() == PartnerKind.ORGANISATION);
        if (p.isEmpty()) {
            error(field, "check.noOrganisation", id);
            return "";
        }
        if (!p.get().active()) {
            error(field, "check.inactivePartner", p.get().name());
        }
        return p.get().name();
    }

    /** A department of the city (市の部署) in the registry, active. @return its name */
    String department(String field, long id) {
        Optional<PartnerProfile> p = lookup(id).filter(x -> x.type() == PartnerType.CITY);
        if (p.isEmpty()) {
            error(field, "check.noDepartment", id);
            return "";
        }
        if (!p.get().active()) {
            error(field, "check.inactivePartner", p.get().name());
        }
        return p.get().name();
    }

    /** A person or organisation of the registry, active. @return the profile, or empty */
    Optional<PartnerProfile> partner(String field, long id) {
        Optional<PartnerProfile> p = lookup(id);
        if (p.isEmpty()) {
            error(field, "check.noPartner", id);
        } else if (!p.get().active()) {
            error(field, "check.inactivePartner", p.get().name());
        }
        return p;
    }

    private Optional<PartnerProfile> lookup(long id) {
        return SecurityContext.callAs(LOOKUP, () -> partners.profile(id));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
