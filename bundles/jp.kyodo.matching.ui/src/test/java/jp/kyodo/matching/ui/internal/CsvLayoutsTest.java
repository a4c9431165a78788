package jp.kyodo.matching.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.Offer;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.matching.OfferStatus;
import jp.kyodo.web.CsvTable;
import org.junit.jupiter.api.Test;

class CsvLayoutsTest {

    private final CsvLayouts layouts = new CsvLayouts(
            code -> Map.of("welfare", "福祉", "children", "子ども・子育て").getOrDefault(code, code),
            code -> Map.of("11203-chuo", "中央地区").getOrDefault(code, code));

    @Test
    void aNeedIsOneRowInJapaneseWithPlainNumbersAndSlashedDates() {
        CsvTable<Need> table = layouts.needs();
        Map<String, String> row = zip(table.header(), table.row(Samples.need()));

        assertEquals("7", row.get("ID"));
        assertEquals("子ども食堂の会計を手伝ってほしい", row.get("件名"));
        assertEquals("受付中", row.get("状態"));
        assertEquals("専門家;資金", row.get("必要なもの"), "in the order of the kinds");
        assertEquals("子ども・子育て;福祉", row.get("活動分野"));
        assertEquals("中央地区", row.get("地域"));
        assertEquals("月;土", row.get("曜日"), "in the week's order");
        assertEquals("午前", row.get("時間帯"));
        assertEquals("120000", row.get("金額（円）"), "a number Excel can add up");
        assertEquals("2027/02/28", row.get("期限"));
        assertEquals("2026/04/01 09:30", row.get("登録日時"), "in Japan's time");
    }

    @Test
    void aPrivatePersonsIdIsWrittenOnlyForCoordinators() {
        Offer offer = new Offer(
                3,
                1,
                OfferDraft.of(12, OfferKind.PRO_BONO, "決算書づくりを手伝います", "会計"),
                "個人の協力者",
                true,
                OfferStatus.AVAILABLE,
                Samples.CREATED,
                Samples.UPDATED);

        assertEquals(
                "",
                zip(layouts.offers(false).header(), layouts.offers(false).row(offer))
                        .get("提供者ID"));
        assertEquals(
                "12",
                zip(layouts.offers(true).header(), layouts.offers(true).row(offer))
                        .get("提供者ID"));
    }

    @Test
    void projectsListPartnersWithRolesAndIndicatorsResultOverTarget() {
        Map<String, String> row =
                zip(layouts.projects().header(), layouts.projects().row(Samples.project()));

        assertEquals("共催", row.get("協働の形態"));
        assertEquals("○", row.get("公益性"));
        assertEquals("", row.get("相乗効果"));
        assertEquals("NPO法人 環境ネット（チェックシートの集計）;第一小学校", row.get("協働相手（役割）"));
        assertEquals("参加者数 820/1000人;CO2削減量 -/5000kg", row.get("成果指標（目標/実績）"));
        assertEquals("1500000", row.get("予算（円）"));
        assertEquals("政策化", row.get("出口戦略"));
    }

    @Test
    void staleMatchesAreMarked() {
        var match = Samples.match(5, MatchStage.CONTACTED, true, Instant.parse("2026-10-01T00:00:00Z"));
        Map<String, String> row =
                zip(layouts.matches().header(), layouts.matches().row(match));

        assertEquals("連絡済み", row.get("段階"));
        assertEquals("停滞", row.get("停滞"));
        assertEquals("個人の協力者", row.get("候補"));
    }

    private static Map<String, String> zip(List<String> header, List<String> row) {
        assertEquals(header.size(), row.size());
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), row.get(i));
        }
        return map;
    }
}
