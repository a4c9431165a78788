package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The funding REST API against the real distribution: fiscal years as documents write them, bad input
 * answered 400 with the field in JSON, roles decided by the services, the old ledger's dry run in the
 * client's language, and open calls as 支援制度情報 CSV.
 */
class FundingApiIT {

    private static final String API = "/api/v1/funding";

    private static RunningKyodo kyodo;

    /** The shared distribution, ready: the funding module included. */
    @RegisterExtension
    static final BeforeAllCallback DISTRIBUTION = context -> kyodo = RunningKyodo.get(context);

    @Test
    void badInputIsA400NamingTheFieldAndRolesAreTheServices() {
        Answer year = kyodo.rest(ApiRole.VIEWER, "GET", API + "/programmes?year=" + encode("令和8年度"), null);
        assertEquals(200, year.status(), year.body());
        assertTrue(year.body().contains("\"items\""), year.body());

        Answer unknownYear = kyodo.rest(ApiRole.VIEWER, "GET", API + "/programmes?year=" + encode("来年"), null);
        assertEquals(400, unknownYear.status(), unknownYear.body());
        assertTrue(unknownYear.body().contains("\"field\":\"year\""), unknownYear.body());

        Answer state = kyodo.rest(ApiRole.STAFF, "GET", API + "/applications?status=DONE", null);
        assertEquals(400, state.status(), state.body());
        assertTrue(state.body().contains("\"field\":\"status\"") && state.body().contains("INELIGIBLE"), state.body());

        Answer viewer = kyodo.rest(ApiRole.VIEWER, "GET", API + "/applications", null);
        assertEquals(403, viewer.status(), viewer.body());
        assertTrue(viewer.body().contains("\"error\":\"access-denied\""), viewer.body());

        Answer noVersion = kyodo.rest(ApiRole.COORDINATOR, "POST", API + "/applications/1/screen", "{}");
        assertEquals(400, noVersion.status(), noVersion.body());
        assertTrue(noVersion.body().contains("\"field\":\"version\""), noVersion.body());

        Answer missing = kyodo.rest(ApiRole.COORDINATOR, "GET", API + "/applications/999999", null);
        assertEquals(404, missing.status(), missing.body());

        // the neighbouring cities' calls: every role reads them, in their own order only
        Answer neighbours = kyodo.rest(ApiRole.VIEWER, "GET", API + "/neighbour-calls?q=" + encode("子ども"), null);
        assertEquals(200, neighbours.status(), neighbours.body());
        assertTrue(neighbours.body().contains("\"total\":"), neighbours.body());
        Answer sorted = kyodo.rest(ApiRole.VIEWER, "GET", API + "/neighbour-calls?sort=title", null);
        assertEquals(400, sorted.status(), sorted.body());
        assertTrue(sorted.body().contains("\"field\":\"sort\""), sorted.body());
    }

    @Test
    void aFundsOldLedgerIsCheckedRowByRowAndNothingIsWrittenUntilItIsClean() {
        Answer opened = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                API + "/funds",
                "{\"code\":\"api-it\",\"name\":\"API検証基金\",\"purpose\":\"\",\"openedFiscalYear\":2023,"
                        + "\"openingBalanceYen\":1000000}");
        assertEquals(201, opened.status(), opened.body());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(opened.body());
        assertTrue(id.find(), opened.body());
        String fund = API + "/funds/" + id.group(1);

        String bad = "年度,前年度末残高,積立,寄附,利子,取崩,年度末残高\r\n令和5年度,1000000,500000,abc,0,0,1500000\r\n";
        Answer dry = kyodo.rest(ApiRole.COORDINATOR, "POST", fund + "/import?commit=true", bad);
        assertEquals(200, dry.status(), dry.body());
        assertTrue(dry.body().contains("\"committed\":false") && dry.body().contains("abc"), dry.body());

        String good = "年度,前年度末残高,積立,寄附,利子,取崩,年度末残高\r\n令和5年度,1000000,500000,20000,100,300000,1220100\r\n";
        Answer imported = kyodo.rest(ApiRole.COORDINATOR, "POST", fund + "/import?commit=true", good);
        assertTrue(imported.body().contains("\"committed\":true"), imported.body());
        Answer years = kyodo.rest(ApiRole.VIEWER, "GET", fund + "/years", null);
        assertTrue(
                years.body().contains("\"closingYen\":1220100") && years.body().contains("\"closed\":true"),
                years.body());

        Answer csv = kyodo.rest(ApiRole.VIEWER, "GET", fund + "/years.csv", null);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().startsWith("\uFEFF年度,前年度末残高"), csv.body());
    }

    @Test
    void openCallsAreTheStandardOpenDataLayout() {
        Answer csv = kyodo.rest(ApiRole.VIEWER, "GET", API + "/open-calls.csv", null);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().startsWith("\uFEFF"), "UTF-8 with BOM");
        assertTrue(csv.body().contains("全国地方公共団体コード"), csv.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
