package jp.kyodo.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaKindTest {

    @Test
    void japaneseLabels() {
        assertEquals("市", AreaKind.CITY.labelJa());
        assertEquals("区", AreaKind.WARD.labelJa());
        assertEquals("地区", AreaKind.DISTRICT.labelJa());
        assertEquals("町会・自治会", AreaKind.NEIGHBOURHOOD_ASSOCIATION.labelJa());
        assertEquals("中学校区", AreaKind.SCHOOL_DISTRICT.labelJa());
    }

    @Test
    void onlyTheSchoolDistrictIsAnOverlay() {
        for (AreaKind kind : AreaKind.values()) {
            assertEquals(kind == AreaKind.SCHOOL_DISTRICT, kind.overlay(), kind.name());
        }
    }

    @Test
    void nestingRules() {
        assertEquals(Set.of(), AreaKind.CITY.allowedParents());
        assertEquals(Set.of(AreaKind.CITY), AreaKind.WARD.allowedParents());
        assertEquals(Set.of(AreaKind.CITY, AreaKind.WARD), AreaKind.DISTRICT.allowedParents());
        assertEquals(
                Set.of(AreaKind.CITY, AreaKind.WARD, AreaKind.DISTRICT),
                AreaKind.NEIGHBOURHOOD_ASSOCIATION.allowedParents());
        assertEquals(Set.of(), AreaKind.SCHOOL_DISTRICT.allowedParents());
        for (AreaKind kind : AreaKind.values()) {
            assertFalse(kind.allowedParents().contains(AreaKind.SCHOOL_DISTRICT), "an overlay is never a parent");
            assertFalse(kind.allowedParents().contains(kind), "no level nests in itself");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "市, CITY",
        "区, WARD",
        "地区, DISTRICT",
        "町会・自治会, NEIGHBOURHOOD_ASSOCIATION",
        "町会, NEIGHBOURHOOD_ASSOCIATION",
        "自治会, NEIGHBOURHOOD_ASSOCIATION",
        "中学校区, SCHOOL_DISTRICT",
        "city, CITY",
        "School_District, SCHOOL_DISTRICT",
        "ＷＡＲＤ, WARD",
        "' 地区 ', DISTRICT",
        "町会･自治会, NEIGHBOURHOOD_ASSOCIATION"
    })
    void parsesLabelsAliasesAndNames(String text, AreaKind expected) {
        assertEquals(Optional.of(expected), AreaKind.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"町", "小学校区", "prefecture"})
    void unknownKinds(String text) {
        assertTrue(AreaKind.parse(text).isEmpty());
    }
}
