package jp.kyodo.core.area;

import static jp.kyodo.core.area.AreaFixtures.cityWithoutWards;
import static jp.kyodo.core.area.AreaFixtures.designatedCity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaHierarchyTest {

    private final AreaHierarchy city = designatedCity();

    private static List<String> codes(List<Area> areas) {
        return areas.stream().map(Area::code).toList();
    }

    @Test
    void keepsTheGivenOrder() {
        assertEquals(codes(AreaFixtures.DESIGNATED_CITY), codes(city.all()));
        assertEquals(List.of("S"), codes(city.roots()));
        assertEquals(List.of("J1", "J2", "J3"), codes(city.overlays()));
        assertEquals(List.of("W1", "W2"), codes(city.children("S")));
        assertEquals(List.of("D21", "N201"), codes(city.children("W2")));
        assertEquals(List.of(), city.children("N111"));
        assertEquals(List.of(), city.children("J1"), "an overlay has members, not children");
    }

    @Test
    void findsAreasByCode() {
        assertEquals("常盤地区", city.find("D11").orElseThrow().name());
        assertTrue(city.find("X").isEmpty());
    }

    @Test
    void ancestorsNearestFirst() {
        assertEquals(List.of("D11", "W1", "S"), codes(city.ancestors("N111")));
        assertEquals(List.of("W2", "S"), codes(city.ancestors("N201")));
        assertEquals(List.of(), city.ancestors("S"));
        assertEquals(List.of(), city.ancestors("J1"));
    }

    @Test
    void membersAndTheOverlaysOfAnArea() {
        assertEquals(List.of("N112", "N121"), codes(city.members("J1")), "in display order");
        assertEquals(List.of("D21"), codes(city.members("J2")));
        assertEquals(List.of(), city.members("J3"));
        assertEquals(List.of(), city.members("D11"));
        assertEquals(List.of("J1"), codes(city.overlaysOf("N112")));
        assertEquals(List.of(), city.overlaysOf("N111"));
        assertEquals(List.of(), city.overlaysOf("N211"), "only direct members");
    }

    @ParameterizedTest(name = "contains({0}, {1}) = {2}")
    @CsvSource({
        // the same area
        "S, S, true",
        "N111, N111, true",
        "J1, J1, true",
        "J3, J3, true",
        // the tree
        "S, N111, true",
        "S, D21, true",
        "W1, N121, true",
        "D11, N112, true",
        "W2, N201, true",
        "W2, N111, false",
        "D11, N121, false",
        "N111, D11, false",
        "N111, S, false",
        "N111, N112, false",
        // an overlay contains its members and what lies below them
        "J1, N112, true",
        "J1, N121, true",
        "J1, N111, false",
        "J1, D11, false",
        "J2, D21, true",
        "J2, N211, true",
        "J2, N201, false",
        "J2, W2, false",
        // an area contains an overlay whose members all lie inside it
        "S, J1, true",
        "W1, J1, true",
        "W2, J2, true",
        "D21, J2, true",
        "W2, J1, false",
        "D11, J1, false",
        "S, J3, false",
        "J1, J2, false",
        // unknown codes
        "S, X, false",
        "X, S, false"
    })
    void containment(String outer, String inner, boolean expected) {
        assertEquals(expected, city.contains(outer, inner));
    }

    @Test
    void descendantsAndSelfOfTreeAreas() {
        assertEquals(Set.of("W1", "D11", "N111", "N112", "D12", "N121", "J1"), city.descendantsAndSelf("W1"));
        assertEquals(Set.of("D11", "N111", "N112"), city.descendantsAndSelf("D11"));
        assertEquals(Set.of("N111"), city.descendantsAndSelf("N111"));
        Set<String> all = city.descendantsAndSelf("S");
        assertEquals(13, all.size(), "everything except J3, which has no members");
        assertFalse(all.contains("J3"));
    }

    @Test
    void descendantsAndSelfOfOverlays() {
        assertEquals(Set.of("J1", "N112", "N121"), city.descendantsAndSelf("J1"));
        assertEquals(Set.of("J2", "D21", "N211"), city.descendantsAndSelf("J2"));
        assertEquals(Set.of("J3"), city.descendantsAndSelf("J3"));
    }

    @Test
    void descendantsAndSelfAgreesWithContains() {
        for (Area outer : city.all()) {
            for (Area inner : city.all()) {
                assertEquals(
                        city.contains(outer.code(), inner.code()),
                        city.descendantsAndSelf(outer.code()).contains(inner.code()),
                        outer.code() + " ⊇ " + inner.code());
            }
        }
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThrows(NotFoundException.class, () -> city.children("X"));
        assertThrows(NotFoundException.class, () -> city.ancestors("X"));
        assertThrows(NotFoundException.class, () -> city.descendantsAndSelf("X"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> city.members("X"));
        assertTrue(e.getMessage().contains("X"));
    }

    @Test
    void resultsCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> city.all().clear());
        assertThrows(
                UnsupportedOperationException.class, () -> city.children("S").clear());
        assertThrows(UnsupportedOperationException.class, () -> city.descendantsAndSelf("S")
                .clear());
    }

    @Test
    void cityWithoutWardsHasDistrictsAndAssociationsUnderTheCity() {
        AreaHierarchy k = cityWithoutWards();
        assertEquals(List.of("K-D1", "K-D2", "K-N3"), codes(k.children("K")));
        assertEquals(List.of("K-D1", "K"), codes(k.ancestors("K-N1")));
        assertEquals(List.of("K"), codes(k.ancestors("K-N3")));
        assertTrue(k.contains("K-J1", "K-N1"));
        assertTrue(k.contains("K-J1", "K-N2"));
        assertFalse(k.contains("K-J1", "K-N3"));
        assertFalse(k.contains("K-D1", "K-J1"), "the 中学校区 spans both districts");
        assertTrue(k.contains("K", "K-J1"));
        assertEquals(Set.of("K-J1", "K-N1", "K-N2"), k.descendantsAndSelf("K-J1"));
        assertEquals(Set.of("K-D2", "K-N2"), k.descendantsAndSelf("K-D2"));
    }

    @Test
    void equalHierarchies() {
        assertEquals(designatedCity(), designatedCity());
        assertEquals(designatedCity().hashCode(), designatedCity().hashCode());
        assertFalse(designatedCity().equals(AreaHierarchy.of(AreaFixtures.DESIGNATED_CITY, Map.of())));
    }

    @Test
    void emptyHierarchyAndNullMembers() {
        AreaHierarchy empty = AreaHierarchy.of(List.of(), null);
        assertTrue(empty.all().isEmpty());
        assertTrue(empty.roots().isEmpty());
    }

    @Test
    void rejectsRepeatedCodes() {
        List<Area> areas = new ArrayList<>(AreaFixtures.DESIGNATED_CITY);
        areas.add(new Area("D11", "別の地区", "", AreaKind.DISTRICT, "W2"));
        ValidationException e = assertThrows(ValidationException.class, () -> AreaHierarchy.of(areas, null));
        assertEquals(List.of(new FieldError("D11", "地域コード D11 が重複しています")), e.errors());
    }

    @Test
    void rejectsUnknownParents() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> AreaHierarchy.of(
                        List.of(
                                new Area("S", "桜市", "", AreaKind.CITY, null),
                                new Area("D1", "常盤地区", "", AreaKind.DISTRICT, "W9")),
                        null));
        assertEquals("D1", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("W9"));
    }

    @Test
    void rejectsWrongNesting() {
        List<Area> areas = List.of(
                new Area("S", "桜市", "", AreaKind.CITY, null),
                new Area("D1", "常盤地区", "", AreaKind.DISTRICT, "S"),
                new Area("W1", "浦和区", "", AreaKind.WARD, "D1"),
                new Area("N1", "常盤町会", "", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "D1"),
                new Area("D2", "岸町地区", "", AreaKind.DISTRICT, "N1"),
                new Area("J1", "常盤中学校区", "", AreaKind.SCHOOL_DISTRICT, null),
                new Area("N2", "岸町町会", "", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "J1"));
        ValidationException e = assertThrows(ValidationException.class, () -> AreaHierarchy.of(areas, null));
        assertEquals(
                List.of("W1", "D2", "N2"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("「区」の上位は「市」でなければなりません（上位 D1 は「地区」）", e.errors().get(0).message());
        assertEquals(
                "「地区」の上位は「市」または「区」でなければなりません（上位 N1 は「町会・自治会」）",
                e.errors().get(1).message());
    }

    @Test
    void rejectsCycles() {
        List<Area> areas = List.of(
                new Area("N1", "常盤町会", "", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "N2"),
                new Area("N2", "岸町町会", "", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "N1"));
        ValidationException e = assertThrows(ValidationException.class, () -> AreaHierarchy.of(areas, null));
        assertTrue(
                e.errors().stream()
                        .anyMatch(err ->
                                err.message().contains("循環") && err.field().equals("N1")),
                e.getMessage());
        assertTrue(
                e.errors().stream()
                        .anyMatch(err ->
                                err.message().contains("循環") && err.field().equals("N2")),
                e.getMessage());
    }

    @Test
    void rejectsBadOverlayMembers() {
        Map<String, Set<String>> members = Map.of(
                "D11", Set.of("N111"), // not an overlay
                "J9", Set.of("N111"), // no such area
                "J1", Set.of("N112", "N999", "J2")); // unknown member, overlay as member
        ValidationException e =
                assertThrows(ValidationException.class, () -> AreaHierarchy.of(AreaFixtures.DESIGNATED_CITY, members));
        assertEquals(4, e.errors().size(), e.getMessage());
        String message = e.getMessage();
        assertTrue(message.contains("D11 は中学校区ではありません"), message);
        assertTrue(message.contains("中学校区 J9 がありません"), message);
        assertTrue(message.contains("構成地域 N999 がありません"), message);
        assertTrue(message.contains("構成地域 J2 は中学校区です"), message);
    }
}
