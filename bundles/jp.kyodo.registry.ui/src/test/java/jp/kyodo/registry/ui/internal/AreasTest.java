package jp.kyodo.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.area.AreaKind;
import org.junit.jupiter.api.Test;

/** Area path labels and the indented outline of a partner's areas. */
class AreasTest {

    private static final AreaHierarchy CITY = AreaHierarchy.of(
            List.of(
                    new Area("city", "川口市", "かわぐちし", AreaKind.CITY, null),
                    new Area("chuo", "中央地区", "", AreaKind.DISTRICT, "city"),
                    new Area("honcho1", "本町一丁目町会", "", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "chuo"),
                    new Area("honcho2", "本町二丁目町会", "", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "chuo"),
                    new Area("shiba", "芝地区", "", AreaKind.DISTRICT, "city"),
                    new Area("js1", "第一中学校区", "", AreaKind.SCHOOL_DISTRICT, null)),
            Map.of("js1", Set.of("honcho1", "honcho2")));

    private final Labels labels = new Labels(Locale.JAPANESE, (key, args) -> key, Optional.empty(), Optional.of(CITY));

    @Test
    void pathShowsTheAreasAboveTopFirst() {
        assertEquals("川口市 › 中央地区 › 本町一丁目町会", labels.areaPath("honcho1"));
        assertEquals("川口市", labels.areaPath("city"));
        assertEquals("第一中学校区", labels.areaPath("js1"));
    }

    @Test
    void pickersFindAnAreaByItsReadingOrByAnAreaAbove() {
        assertTrue(Forms.matches(labels.areaSearchText("city"), "カワグチ"));
        assertTrue(Forms.matches(labels.areaSearchText("honcho1"), "中央"));
        assertFalse(Forms.matches(labels.areaSearchText("shiba"), "中央"));
    }

    @Test
    void unknownCodesAndMissingHierarchyShowTheCode() {
        assertEquals("gone", labels.areaPath("gone"));
        assertEquals("", labels.areaPath(""));
        Labels without = new Labels(Locale.JAPANESE, (key, args) -> key, Optional.empty(), Optional.empty());
        assertEquals("honcho1", without.areaPath("honcho1"));
        assertEquals("honcho1", without.area("honcho1"));
    }

    @Test
    void outlineNestsChosenAreasUnderTheirAncestorsInTheCitysOrder() {
        List<AreaOutline.Line> lines = AreaOutline.of(CITY, List.of("shiba", "honcho2", "honcho1", "js1", "gone"));
        assertEquals(
                List.of(
                        new AreaOutline.Line(0, "川口市", AreaKind.CITY, false),
                        new AreaOutline.Line(1, "中央地区", AreaKind.DISTRICT, false),
                        new AreaOutline.Line(2, "本町一丁目町会", AreaKind.NEIGHBOURHOOD_ASSOCIATION, true),
                        new AreaOutline.Line(2, "本町二丁目町会", AreaKind.NEIGHBOURHOOD_ASSOCIATION, true),
                        new AreaOutline.Line(1, "芝地区", AreaKind.DISTRICT, true),
                        new AreaOutline.Line(0, "第一中学校区", AreaKind.SCHOOL_DISTRICT, true),
                        new AreaOutline.Line(0, "gone", null, true)),
                lines);
    }

    @Test
    void outlineOfTheWholeCityIsOneLine() {
        assertEquals(
                List.of(new AreaOutline.Line(0, "川口市", AreaKind.CITY, true)), AreaOutline.of(CITY, List.of("city")));
        assertEquals(List.of(), AreaOutline.of(CITY, List.of()));
    }
}
