package jp.kyodo.core.internal.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityFilesTest {

    @TempDir
    Path etc;

    @Test
    void missingFilesMeanTheShippedDefaults() {
        CityFiles files = new CityFiles(etc);
        assertEquals("default", files.activityFields().source());
        assertTrue(files.activityFields().value().orElseThrow().find("福祉").isPresent()
                || !files.activityFields().value().orElseThrow().all().isEmpty());
        assertTrue(files.areas().value().orElseThrow().all().isEmpty(), "no areas until the city defines them");
        assertTrue(files.municipalities().value().orElseThrow().size() >= 47);
    }

    @Test
    void theCitysAreasAreReadAndNest() throws Exception {
        Files.writeString(
                etc.resolve(CityFiles.AREAS),
                """
                コード,名称,よみ,種別,上位コード,中学校区
                city,川口市,かわぐちし,市,,
                d1,中央地区,ちゅうおうちく,地区,city,
                t1,本町一丁目町会,ほんちょういっちょうめちょうかい,町会・自治会,d1,
                """);
        AreaHierarchy areas = new CityFiles(etc).areas().value().orElseThrow();
        assertTrue(areas.contains("city", "t1"));
        assertFalse(areas.contains("t1", "city"));
    }

    @Test
    void aBrokenFileIsReportedWithRowsAndNotReplacedByTheDefault() throws Exception {
        Files.writeString(
                etc.resolve(CityFiles.ACTIVITY_FIELDS),
                """
                コード,名称,英語名称,表示順,NPO分野番号
                welfare,福祉,Welfare,1,1
                welfare,重複,Duplicate,2,99
                """);
        CityFiles.Loaded<ActivityFieldTaxonomy> loaded = new CityFiles(etc).activityFields();
        assertTrue(loaded.value().isEmpty());
        assertFalse(loaded.errors().isEmpty());
        assertTrue(loaded.source().endsWith(CityFiles.ACTIVITY_FIELDS));
    }
}
