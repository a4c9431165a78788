package jp.kyodo.core.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityFieldCsvTest {

    private static final ActivityFieldTaxonomy DEFAULT = ActivityFieldCsv.loadDefault();

    private static ActivityFieldTaxonomy read(String text) throws IOException {
        return ActivityFieldCsv.read(new StringReader(text));
    }

    @Test
    void defaultListHasTheSixteenCityFieldsInOrder() {
        assertEquals(
                List.of(
                        "福祉",
                        "健康・医療",
                        "環境",
                        "防災・防犯",
                        "子ども・子育て",
                        "教育・生涯学習",
                        "多文化共生・国際",
                        "男女共同参画",
                        "まちづくり",
                        "文化・芸術",
                        "スポーツ",
                        "人権・平和",
                        "経済・就労",
                        "消費者保護",
                        "情報化",
                        "団体支援"),
                DEFAULT.all().stream().map(ActivityField::labelJa).toList());
        assertTrue(DEFAULT.all().stream().noneMatch(f -> f.labelEn().isEmpty()), "every default field has English");
        assertEquals("Welfare", DEFAULT.label("welfare", Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "福祉, 1",
        "健康・医療, 1",
        "環境, 7",
        "防災・防犯, 8;9",
        "子ども・子育て, 13",
        "多文化共生・国際, 11",
        "男女共同参画, 12",
        "まちづくり, 3;4;5",
        "文化・芸術, 6",
        "スポーツ, 6",
        "人権・平和, 10",
        "経済・就労, 16;17",
        "消費者保護, 18",
        "情報化, 14",
        "団体支援, 19"
    })
    void defaultFieldsMapToTheNpoLawFields(String label, String numbers) {
        ActivityField field = DEFAULT.all().stream()
                .filter(f -> f.labelJa().equals(label))
                .findFirst()
                .orElseThrow();
        Set<Integer> expected =
                Arrays.stream(numbers.split(";")).map(Integer::valueOf).collect(Collectors.toSet());
        assertEquals(expected, field.npoCategories());
    }

    @Test
    void everyNpoLawFieldButTheCitysOwnMapsToADefaultField() {
        for (int n = 1; n <= 19; n++) {
            assertFalse(DEFAULT.forNpoCategory(n).isEmpty(), NpoCategory.of(n).name());
        }
        assertTrue(DEFAULT.forNpoCategory(20).isEmpty(), "条例で定める活動 differs per city");
        assertEquals(
                List.of("disaster-safety"),
                DEFAULT.forNpoCategory(8).stream().map(ActivityField::code).toList());
        assertEquals(
                List.of("culture", "sports"),
                DEFAULT.forNpoCategory(6).stream().map(ActivityField::code).toList());
    }

    @Test
    void readsACitysOwnList() throws IOException {
        ActivityFieldTaxonomy taxonomy = read("\uFEFF" + ActivityFieldCsv.HEADER + "\n"
                + "bousai,防災,Disaster prevention,２０,８\n"
                + "bouhan,防犯,Crime prevention,10,9\n"
                + "kosodate,子育て支援,,30,13；1\n");
        assertEquals(
                List.of("bouhan", "bousai", "kosodate"),
                taxonomy.all().stream().map(ActivityField::code).toList());
        assertEquals(Set.of(1, 13), taxonomy.find("kosodate").orElseThrow().npoCategories());
        assertEquals("子育て支援", taxonomy.label("kosodate", Locale.ENGLISH));
    }

    @Test
    void orderAndNpoColumnsAreOptional() throws IOException {
        ActivityFieldTaxonomy taxonomy = read("コード,名称\nb,後\na,先\n");
        assertEquals(
                List.of("b", "a"),
                taxonomy.all().stream().map(ActivityField::code).toList(),
                "row order");
        assertEquals(2, taxonomy.find("b").orElseThrow().order());
    }

    @Test
    void reportsEveryBadRowByNumber() {
        String csv = ActivityFieldCsv.HEADER + "\n"
                + "welfare,福祉,Welfare,10,1\n" // 2
                + "health,健康,Health,二十,1\n" // 3: order not a number
                + "env,環境,Environment,30,7;21\n" // 4: no such NPO field
                + "safety,防災,Safety,40,8;x\n" // 5: not a number
                + "welfare,福祉2,,50,\n" // 6: repeated code
                + "福祉,福祉3,,60,\n"; // 7: bad code
        ValidationException e = assertThrows(ValidationException.class, () -> read(csv));
        assertEquals(
                List.of("3行目 表示順", "4行目 NPO分野番号", "5行目 NPO分野番号", "6行目 コード", "7行目"),
                e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(3).message().contains("2行目と重複"));
    }
}
