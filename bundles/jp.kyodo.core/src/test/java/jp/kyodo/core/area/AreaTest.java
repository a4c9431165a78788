package jp.kyodo.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

    @ParameterizedTest
    @ValueSource(strings = {"S", "w1", "D-11", "n_111", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
    void acceptsCodes(String code) {
        assertEquals(code, new Area(code, "桜市", "", AreaKind.CITY, null).code());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "常盤", "D 11", "D.11", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void rejectsCodes(String code) {
        ValidationException e =
                assertThrows(ValidationException.class, () -> new Area(code, "桜市", "", AreaKind.CITY, null));
        assertEquals("code", e.errors().get(0).field());
    }

    @Test
    void normalisesNamesAndBlankParent() {
        Area area = new Area("S", " 桜市 ", null, AreaKind.CITY, " ");
        assertEquals("桜市", area.name());
        assertEquals("", area.nameKana());
        assertNull(area.parentCode());
    }

    @Test
    void cityAndOverlayHaveNoParentOthersNeedOne() {
        assertThrows(ValidationException.class, () -> new Area("S", "桜市", "", AreaKind.CITY, "X"));
        assertThrows(ValidationException.class, () -> new Area("J1", "常盤中学校区", "", AreaKind.SCHOOL_DISTRICT, "S"));
        assertThrows(ValidationException.class, () -> new Area("W1", "浦和区", "", AreaKind.WARD, null));
        assertThrows(ValidationException.class, () -> new Area("D1", "常盤地区", "", AreaKind.DISTRICT, null));
        assertThrows(
                ValidationException.class, () -> new Area("N1", "常盤町会", "", AreaKind.NEIGHBOURHOOD_ASSOCIATION, null));
        assertTrue(new Area("J1", "常盤中学校区", "", AreaKind.SCHOOL_DISTRICT, null).overlay());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> new Area("常盤", "", "tokiwa", AreaKind.DISTRICT, "親 コード"));
        assertEquals(
                List.of("code", "name", "nameKana", "parentCode"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void rejectsItselfAsParentAndAMissingKind() {
        assertThrows(ValidationException.class, () -> new Area("D1", "常盤地区", "", AreaKind.DISTRICT, "D1"));
        ValidationException e = assertThrows(ValidationException.class, () -> new Area("D1", "常盤地区", "", null, null));
        assertEquals("kind", e.errors().get(0).field());
    }
}
