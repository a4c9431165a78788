package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.itests.browser.RunningKyodo.Answer;
import jp.kyodo.itests.browser.RunningKyodo.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registry's REST API against the real distribution, one token per role: who sees which personal
 * data (enforced in the service, so the API shows it), consent honoured, bad input answered with 4xx
 * and a machine-readable body, and a CSV import that either writes every row or none.
 */
class RegistryApiIT {

    private static final String API = "/api/v1/registry";

    private static RunningKyodo kyodo;

    /** Ready: the registry module included (its schema migrated, its search index built). */
    @RegisterExtension
    static final BeforeAllCallback DISTRIBUTION = context -> kyodo = RunningKyodo.get(context);

    @Test
    void contactsAreShownByRole() {
        Answer created = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                API + "/organisations",
                """
                {"type":"CIVIC","name":"芝川をきれいにする会","nameReading":"しばかわをきれいにするかい",
                 "publicContact":{"phone":"048-111-2222","email":"info@shibakawa.example.jp"},
                 "representative":{"name":"芝 一郎","nameReading":"しば いちろう","title":"会長",
                                   "contact":{"phone":"090-3333-4444"}},
                 "fieldCodes":["environment"]}
                """);
        assertEquals(201, created.status(), created.body());
        long id = id(created.body());

        String viewer = ok(kyodo.rest(ApiRole.VIEWER, "GET", API + "/organisations/" + id, null));
        assertFalse(viewer.contains("048-111-2222"), viewer);
        assertFalse(viewer.contains("090-3333-4444"), viewer);
        assertTrue(viewer.contains("\"masked\":true"), viewer);
        assertTrue(viewer.contains("芝 一郎"), "the representative's name is not a contact");

        String staff = ok(kyodo.rest(ApiRole.STAFF, "GET", API + "/organisations/" + id, null));
        assertTrue(staff.contains("048-111-2222"), "staff see the public contact");
        assertFalse(staff.contains("090-3333-4444"), "…but not the representative's own phone");

        String coordinator = ok(kyodo.rest(ApiRole.COORDINATOR, "GET", API + "/organisations/" + id, null));
        assertTrue(coordinator.contains("090-3333-4444"));
        assertTrue(coordinator.contains("\"masked\":false"));
    }

    @Test
    void peopleAreShownToStaffOnlyWithConsentAndNeverWithContacts() {
        Answer created = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                API + "/people",
                """
                {"name":"蕨 はるか","nameReading":"わらび はるか","birthYear":1985,
                 "contact":{"phone":"090-5555-6666","address":"埼玉県蕨市中央1-1-1"},"skills":"手話"}
                """);
        assertEquals(201, created.status(), created.body());
        long id = id(created.body());
        assertEquals(
                404,
                kyodo.rest(ApiRole.STAFF, "GET", API + "/people/" + id, null).status(),
                "no consent yet");
        assertEquals(0, total(kyodo.rest(ApiRole.STAFF, "GET", API + "/partners?q=" + enc("わらびはるか"), null)));

        String consent = ok(kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                API + "/people/" + id + "/consents",
                """
                {"scope":"PROFILE","recipient":"協働推進課","purpose":"担い手台帳への掲載"}
                """));
        String staff = ok(kyodo.rest(ApiRole.STAFF, "GET", API + "/people/" + id, null));
        assertTrue(staff.contains("蕨 はるか"));
        assertFalse(staff.contains("090-5555-6666"), staff);
        assertFalse(staff.contains("埼玉県蕨市中央"), staff);
        assertEquals(
                1,
                total(kyodo.rest(ApiRole.STAFF, "GET", API + "/partners?q=" + enc("ﾜﾗﾋﾞ ﾊﾙｶ"), null)),
                "width and kana");

        ok(kyodo.rest(ApiRole.COORDINATOR, "POST", API + "/consents/" + id(consent) + "/withdraw", "{}"));
        assertEquals(
                404,
                kyodo.rest(ApiRole.STAFF, "GET", API + "/people/" + id, null).status(),
                "withdrawal is honoured");
        assertTrue(ok(kyodo.rest(ApiRole.COORDINATOR, "GET", API + "/people/" + id, null))
                .contains("090-5555-6666"));
    }

    @Test
    void badInputIsA4xxWithFieldsAndNothingIsSaved() {
        Answer bad = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                API + "/organisations",
                """
                {"type":"BUSINESS","name":"株式会社検証","nameReading":"かぶしきがいしゃけんしょう","corporateNumber":"1234567890123"}
                """);
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("\"error\":\"validation\""), bad.body());
        assertTrue(bad.body().contains("\"field\":\"corporateNumber\""), bad.body());
        assertEquals(0, total(kyodo.rest(ApiRole.COORDINATOR, "GET", API + "/partners?q=" + enc("検証"), null)));

        Answer denied = kyodo.rest(
                ApiRole.VIEWER,
                "POST",
                API + "/organisations",
                "{\"type\":\"CIVIC\",\"name\":\"x\",\"nameReading\":\"えっくす\"}");
        assertEquals(403, denied.status());
        assertTrue(denied.body().contains("\"error\":\"access-denied\""), denied.body());
        assertEquals(
                400,
                kyodo.rest(ApiRole.STAFF, "GET", API + "/partners?type=NOPE", null)
                        .status());
    }

    @Test
    void anImportWithBadRowsChangesNothingAndAGoodOneWritesEveryRow() {
        String bad = "種別,名称,ふりがな,電話番号,メールアドレス\n"
                + "市民団体,安行植木の会,あんぎょううえきのかい,048-295-0000,ueki@example.jp\n"
                + "市民団体,戸塚ボランティア会,,048-296-0000,\n"
                + "自治会,新郷東町会,しんごうひがしちょうかい,,mail@@example\n";
        String dry = ok(kyodo.rest(ApiRole.COORDINATOR, "POST", API + "/import/organisations", bad));
        assertTrue(dry.contains("\"row\":3") && dry.contains("\"column\":\"ふりがな\""), dry);
        assertTrue(dry.contains("\"row\":4") && dry.contains("\"column\":\"種別\""), dry);
        String commit = ok(kyodo.rest(ApiRole.COORDINATOR, "POST", API + "/import/organisations?commit=true", bad));
        assertTrue(commit.contains("\"committed\":false"), commit);
        assertEquals(
                0,
                total(kyodo.rest(ApiRole.COORDINATOR, "GET", API + "/partners?q=" + enc("安行植木"), null)),
                "not even the good row");

        String good = "種別,名称,ふりがな,電話番号,活動分野\n"
                + "市民団体,安行植木の会,あんぎょううえきのかい,048-295-0000,環境\n"
                + "地縁団体,新郷東町会,しんごうひがしちょうかい,,まちづくり\n";
        String done = ok(kyodo.rest(ApiRole.COORDINATOR, "POST", API + "/import/organisations?commit=true", good));
        assertTrue(done.contains("\"imported\":2"), done);
        assertEquals(
                1,
                total(kyodo.rest(
                        ApiRole.COORDINATOR,
                        "GET",
                        API + "/partners?q=" + enc("ｱﾝｷﾞｮｳ") + "&field=environment",
                        null)));
        assertEquals(
                403,
                kyodo.rest(ApiRole.STAFF, "POST", API + "/import/organisations", good)
                        .status());

        Answer export = kyodo.rest(ApiRole.STAFF, "GET", API + "/export/organisations?q=" + enc("植木"), null);
        assertEquals(200, export.status());
        assertTrue(export.body().startsWith("\uFEFF種別,名称,ふりがな"), "UTF-8 with BOM for Excel");
        assertTrue(export.body().contains("安行植木の会"));
        assertEquals(
                403,
                kyodo.rest(ApiRole.STAFF, "GET", API + "/export/people", null).status(),
                "people: coordinators only");
    }

    private static String ok(Answer answer) {
        assertTrue(answer.status() / 100 == 2, answer.status() + " " + answer.body());
        return answer.body();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private static long total(Answer answer) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(ok(answer));
        assertTrue(m.find(), answer.body());
        return Long.parseLong(m.group(1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
