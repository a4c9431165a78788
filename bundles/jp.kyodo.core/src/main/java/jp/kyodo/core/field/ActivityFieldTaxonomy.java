package jp.kyodo.core.field;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;

/**
 * A city's list of {@link ActivityField}s in display order. Immutable and thread-safe. Cities differ in
 * how they divide activities (one has 防災・防犯, another 防災 and 防犯), so the list is configuration,
 * loaded from CSV ({@link ActivityFieldCsv}); {@link ActivityFieldCsv#loadDefault()} gives a typical city
 * list to start from.
 */
public final class ActivityFieldTaxonomy {

    private final Map<String, ActivityField> byCode = new LinkedHashMap<>();

    private ActivityFieldTaxonomy(List<ActivityField> sorted) {
        sorted.forEach(f -> byCode.put(f.code(), f));
    }

    /**
     * A taxonomy of these fields, ordered by {@link ActivityField#order()} (fields with the same order
     * keep their given order).
     *
     * @throws ValidationException naming every repeated code
     */
    public static ActivityFieldTaxonomy of(Collection<ActivityField> fields) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, ActivityField> seen = new LinkedHashMap<>();
        for (ActivityField field : fields) {
            if (seen.putIfAbsent(field.code(), field) != null) {
                errors.add(new FieldError(field.code(), "活動分野コード " + field.code() + " が重複しています"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ActivityFieldTaxonomy(fields.stream()
                .sorted(Comparator.comparingInt(ActivityField::order))
                .toList());
    }

    /** The field with this code. */
    public Optional<ActivityField> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** All fields in display order. */
    public List<ActivityField> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * The city's fields that correspond to the NPO law's field with this number, in display order; used
     * to translate the 活動分野 flags of national NPO data.
     *
     * @throws ValidationException when the number is not 1–20
     */
    public List<ActivityField> forNpoCategory(int number) {
        NpoCategory.checkNumber(number);
        return byCode.values().stream()
                .filter(f -> f.matchesNpoCategory(number))
                .toList();
    }

    /**
     * The label to show for a field code: English when the locale's language is English and an English
     * label is configured, Japanese otherwise. An unknown code (a field removed from the configuration
     * but still referenced by old records) is shown as the code itself rather than failing the screen.
     */
    public String label(String code, Locale locale) {
        ActivityField field = byCode.get(code);
        if (field == null) {
            return code;
        }
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && !field.labelEn().isEmpty() ? field.labelEn() : field.labelJa();
    }
}
