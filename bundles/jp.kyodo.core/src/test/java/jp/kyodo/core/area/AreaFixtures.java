package jp.kyodo.core.area;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Realistic area hierarchies shared by the area tests. */
final class AreaFixtures {

    /**
     * A designated city (政令指定都市) with two wards. 常盤中学校区 spans two 町会 in different districts of
     * 浦和区; 大宮東中学校区 covers a whole district.
     *
     * <pre>
     * S 桜市
     * ├─ W1 浦和区
     * │  ├─ D11 常盤地区 ── N111 常盤一丁目町会, N112 常盤二丁目自治会
     * │  └─ D12 岸町地区 ── N121 岸町町会
     * └─ W2 大宮区
     *    ├─ D21 大宮東地区 ── N211 大宮東町会
     *    └─ N201 大宮駅前商店会自治会 (町会 directly under the ward)
     * J1 常盤中学校区 = {N112, N121}; J2 大宮東中学校区 = {D21}; J3 (no members yet)
     * </pre>
     */
    static final List<Area> DESIGNATED_CITY = List.of(
            new Area("S", "桜市", "さくらし", AreaKind.CITY, null),
            new Area("W1", "浦和区", "うらわく", AreaKind.WARD, "S"),
            new Area("D11", "常盤地区", "ときわちく", AreaKind.DISTRICT, "W1"),
            new Area("N111", "常盤一丁目町会", "ときわいっちょうめちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "D11"),
            new Area("N112", "常盤二丁目自治会", "ときわにちょうめじちかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "D11"),
            new Area("D12", "岸町地区", "きしまちちく", AreaKind.DISTRICT, "W1"),
            new Area("N121", "岸町町会", "きしまちちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "D12"),
            new Area("W2", "大宮区", "おおみやく", AreaKind.WARD, "S"),
            new Area("D21", "大宮東地区", "おおみやひがしちく", AreaKind.DISTRICT, "W2"),
            new Area("N211", "大宮東町会", "おおみやひがしちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "D21"),
            new Area("N201", "大宮駅前自治会", "おおみやえきまえじちかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "W2"),
            new Area("J1", "常盤中学校区", "ときわちゅうがっこうく", AreaKind.SCHOOL_DISTRICT, null),
            new Area("J2", "大宮東中学校区", "おおみやひがしちゅうがっこうく", AreaKind.SCHOOL_DISTRICT, null),
            new Area("J3", "新設中学校区", "", AreaKind.SCHOOL_DISTRICT, null));

    static final Map<String, Set<String>> DESIGNATED_CITY_OVERLAYS =
            Map.of("J1", Set.of("N112", "N121"), "J2", Set.of("D21"));

    /** The same designated city as CSV, rows in the same order. */
    static final String DESIGNATED_CITY_CSV = AreaCsv.HEADER + "\n"
            + "S,桜市,さくらし,市,,\n"
            + "W1,浦和区,うらわく,区,S,\n"
            + "D11,常盤地区,ときわちく,地区,W1,\n"
            + "N111,常盤一丁目町会,ときわいっちょうめちょうかい,町会・自治会,D11,\n"
            + "N112,常盤二丁目自治会,ときわにちょうめじちかい,自治会,D11,J1\n"
            + "D12,岸町地区,きしまちちく,DISTRICT,W1,\n"
            + "N121,岸町町会,きしまちちょうかい,町会,D12,J1\n"
            + "W2,大宮区,おおみやく,ward,S,\n"
            + "D21,大宮東地区,おおみやひがしちく,地区,W2,J2\n"
            + "N211,大宮東町会,おおみやひがしちょうかい,町会・自治会,D21,\n"
            + "N201,大宮駅前自治会,おおみやえきまえじちかい,町会・自治会,W2,\n"
            + "J1,常盤中学校区,ときわちゅうがっこうく,中学校区,,\n"
            + "J2,大宮東中学校区,おおみやひがしちゅうがっこうく,中学校区,,\n"
            + "J3,新設中学校区,,SCHOOL_DISTRICT,,\n";

    /**
     * A city without wards: districts directly under the city, 町会 under districts and one directly under
     * the city; 第一中学校区 spans 町会 of both districts.
     */
    static final List<Area> CITY_WITHOUT_WARDS = List.of(
            new Area("K", "小川市", "おがわし", AreaKind.CITY, null),
            new Area("K-D1", "北部地区", "ほくぶちく", AreaKind.DISTRICT, "K"),
            new Area("K-N1", "花小金井町会", "はなこがねいちょうかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "K-D1"),
            new Area("K-D2", "南部地区", "なんぶちく", AreaKind.DISTRICT, "K"),
            new Area("K-N2", "学園東町自治会", "がくえんひがしちょうじちかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "K-D2"),
            new Area("K-N3", "団地自治会", "だんちじちかい", AreaKind.NEIGHBOURHOOD_ASSOCIATION, "K"),
            new Area("K-J1", "第一中学校区", "だいいちちゅうがっこうく", AreaKind.SCHOOL_DISTRICT, null));

    static final Map<String, Set<String>> CITY_WITHOUT_WARDS_OVERLAYS = Map.of("K-J1", Set.of("K-N1", "K-N2"));

    private AreaFixtures() {}

    static AreaHierarchy designatedCity() {
        return AreaHierarchy.of(DESIGNATED_CITY, DESIGNATED_CITY_OVERLAYS);
    }

    static AreaHierarchy cityWithoutWards() {
        return AreaHierarchy.of(CITY_WITHOUT_WARDS, CITY_WITHOUT_WARDS_OVERLAYS);
    }
}
