package jp.kyodo.core.field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;

/**
 * One activity field (活動分野) of a city's taxonomy, such as 福祉 or 多文化共生・国際. Partners, projects,
 * events and grants are tagged with fields so that coordinators can find who works on what. Each city
 * configures its own list (see {@link ActivityFieldCsv}); the mapping to the NPO law's fields lets
 * national NPO data be imported into the city's terms.
 *
 * @param code stable identifier stored in records, 1–32 letters, digits, {@code _} or {@code -}
 * @param labelJa the Japanese label
 * @param labelEn the English label; empty when none is configured (the Japanese label is shown then)
 * @param order position in lists, smaller first
 * @param npoCategories the numbers (1–20) of the NPO law's fields this field corresponds to; may be empty
 */
public record ActivityField(String code, String labelJa, String labelEn, int order, Set<Integer> npoCategories) {

    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** @throws ValidationException listing every problem */
    public ActivityField {
        labelJa = labelJa == null ? "" : labelJa.strip();
        labelEn = labelEn == null ? "" : labelEn.strip();
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE_PATTERN.matcher(code).matches()) {
            errors.add(new FieldError("code", "活動分野コードは半角英数字・「_」・「-」の1〜32文字です（入力: 「" + code + "」）"));
        }
        if (labelJa.isEmpty()) {
            errors.add(new FieldError("labelJa", "活動分野 " + code + " の名称を入力してください"));
        }
        Set<Integer> categories = new TreeSet<>();
        for (Integer n : npoCategories == null ? Set.<Integer>of() : npoCategories) {
            if (n == null || n < 1 || n > NpoCategory.COUNT) {
                errors.add(
                        new FieldError("npoCategories", "NPO法の活動分野の番号は1〜" + NpoCategory.COUNT + "です（入力: " + n + "）"));
            } else {
                categories.add(n);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        npoCategories = Collections.unmodifiableSet(categories);
    }

    /** Whether this field corresponds to the NPO law's field with this number. */
    public boolean matchesNpoCategory(int number) {
        return npoCategories.contains(number);
    }
}
