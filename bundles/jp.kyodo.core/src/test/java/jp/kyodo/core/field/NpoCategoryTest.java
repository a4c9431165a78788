package jp.kyodo.core.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpoCategoryTest {

    @Test
    void listsTheTwentyFieldsInTheLawsOrder() {
        List<NpoCategory> all = NpoCategory.all();
        assertEquals(20, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).number());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1, 保健・医療又は福祉の増進",
        "2, 社会教育の推進",
        "3, まちづくりの推進",
        "4, 観光の振興",
        "5, 農山漁村又は中山間地域の振興",
        "6, 学術・文化・芸術又はスポーツの振興",
        "7, 環境の保全",
        "8, 災害救援",
        "9, 地域安全",
        "10, 人権の擁護又は平和の推進",
        "11, 国際協力",
        "12, 男女共同参画社会の形成の促進",
        "13, 子どもの健全育成",
        "14, 情報化社会の発展",
        "15, 科学技術の振興",
        "16, 経済活動の活性化",
        "17, 職業能力の開発又は雇用機会の拡充の支援",
        "18, 消費者の保護",
        "19, 団体の運営又は活動に関する連絡・助言・援助",
        "20, 条例で定める活動"
    })
    void namesAsInTheSchedule(int number, String name) {
        assertEquals(new NpoCategory(number, name), NpoCategory.of(number));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21, -1})
    void rejectsNumbersOutsideOneToTwenty(int number) {
        assertThrows(ValidationException.class, () -> NpoCategory.of(number));
        assertThrows(ValidationException.class, () -> new NpoCategory(number, "名称"));
    }

    @Test
    void needsAName() {
        assertThrows(ValidationException.class, () -> new NpoCategory(1, " "));
    }

    @Test
    void listCannotBeModified() {
        assertThrows(
                UnsupportedOperationException.class, () -> NpoCategory.all().clear());
    }
}
