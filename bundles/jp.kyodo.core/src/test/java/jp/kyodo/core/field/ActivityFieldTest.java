package jp.kyodo.core.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;

class ActivityFieldTest {

    private static final ActivityField WELFARE = new ActivityField("welfare", "福祉", "Welfare", 10, Set.of(1));
    private static final ActivityField SAFETY =
            new ActivityField("disaster-safety", "防災・防犯", "Disaster prevention", 40, Set.of(9, 8));
    private static final ActivityField HEALTH = new ActivityField("health", "健康・医療", "", 20, Set.of(1));

    @Test
    void npoCategoriesAreSortedAndImmutable() {
        assertEquals(List.of(8, 9), new ArrayList<>(SAFETY.npoCategories()));
        assertThrows(UnsupportedOperationException.class, () -> SAFETY.npoCategories()
                .add(1));
        assertTrue(SAFETY.matchesNpoCategory(8));
        assertFalse(SAFETY.matchesNpoCategory(1));
        Set<Integer> given = new HashSet<>(Set.of(3));
        ActivityField field = new ActivityField("community", "まちづくり", null, 1, given);
        given.add(4);
        assertEquals(Set.of(3), field.npoCategories());
        assertEquals("", field.labelEn());
        assertEquals(Set.of(), new ActivityField("other", "その他", "", 1, null).npoCategories());
    }

    @Test
    void validatesEveryField() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> new ActivityField("福祉", " ", "", 1, Set.of(0, 21, 5)));
        assertEquals(
                List.of("code", "labelJa", "npoCategories", "npoCategories"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void taxonomyOrdersByOrderThenGivenOrder() {
        ActivityField alsoTen = new ActivityField("care", "介護", "Care", 10, Set.of(1));
        ActivityFieldTaxonomy taxonomy = ActivityFieldTaxonomy.of(List.of(SAFETY, WELFARE, HEALTH, alsoTen));
        assertEquals(
                List.of("welfare", "care", "health", "disaster-safety"),
                taxonomy.all().stream().map(ActivityField::code).toList());
        assertThrows(UnsupportedOperationException.class, () -> taxonomy.all().clear());
    }

    @Test
    void taxonomyRejectsRepeatedCodes() {
        ActivityField again = new ActivityField("welfare", "福祉（再）", "", 99, Set.of());
        ValidationException e = assertThrows(
                ValidationException.class, () -> ActivityFieldTaxonomy.of(List.of(WELFARE, HEALTH, again)));
        assertEquals("welfare", e.errors().get(0).field());
    }

    @Test
    void findsAndMapsNpoCategories() {
        ActivityFieldTaxonomy taxonomy = ActivityFieldTaxonomy.of(List.of(SAFETY, WELFARE, HEALTH));
        assertEquals(SAFETY, taxonomy.find("disaster-safety").orElseThrow());
        assertTrue(taxonomy.find("sports").isEmpty());
        assertEquals(List.of(WELFARE, HEALTH), taxonomy.forNpoCategory(1));
        assertEquals(List.of(SAFETY), taxonomy.forNpoCategory(9));
        assertEquals(List.of(), taxonomy.forNpoCategory(20));
        assertThrows(ValidationException.class, () -> taxonomy.forNpoCategory(21));
    }

    @Test
    void labelsByLocale() {
        ActivityFieldTaxonomy taxonomy = ActivityFieldTaxonomy.of(List.of(SAFETY, WELFARE, HEALTH));
        assertEquals("福祉", taxonomy.label("welfare", Locale.JAPANESE));
        assertEquals("福祉", taxonomy.label("welfare", Locale.JAPAN));
        assertEquals("福祉", taxonomy.label("welfare", null));
        assertEquals("福祉", taxonomy.label("welfare", Locale.CHINESE));
        assertEquals("Welfare", taxonomy.label("welfare", Locale.ENGLISH));
        assertEquals("Welfare", taxonomy.label("welfare", Locale.UK));
        assertEquals("Welfare", taxonomy.label("welfare", Locale.forLanguageTag("en-JP")));
        assertEquals("健康・医療", taxonomy.label("health", Locale.ENGLISH), "no English label configured");
        assertEquals("retired-field", taxonomy.label("retired-field", Locale.JAPANESE), "unknown codes show as is");
    }
}
