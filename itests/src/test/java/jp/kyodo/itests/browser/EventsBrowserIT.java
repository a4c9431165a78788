package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.itests.browser.RunningKyodo.Answer;
import jp.kyodo.itests.browser.RunningKyodo.ApiRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Events as staff use them, in a real browser against the real distribution (which boots {@code kyodo-events}):
 * a recurring series created in the form with its dates previewed; a room booked, and the same time refused;
 * registrations past the capacity going onto the waiting list; the event list exported in the national layout.
 * Partners, venues and events are seeded through the REST APIs; what the test is about happens in the pages.
 */
class EventsBrowserIT {

    private static final String REGISTRY = "/api/v1/registry";
    private static final String EVENTS = "/api/v1/events";

    private static RunningKyodo kyodo;

    @RegisterExtension
    static final BeforeAllCallback DISTRIBUTION = context -> kyodo = RunningKyodo.get(context);

    private WebDriver browser;
    private Steps steps;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) throws Exception {
        browser = Browser.start("ja");
        steps = new Steps(browser, kyodo.baseUrl());
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        try {
            Browser.screenshot(browser, "events-" + testName);
        } finally {
            browser.quit();
        }
    }

    /** 「毎月第3日曜日」 for a year: the preview lists the dates, creating makes one event per date. */
    @Test
    void aRecurringSeriesIsPreviewedAndCreated() {
        organisation("CITY", "市民協働推進課", "しみんきょうどうすいしんか");
        loginAsCoordinator();
        steps.open("events/series/new", "#series-title");
        steps.field("#series-title").sendKeys("ボランティア相談会");
        pick("#series-organiser", "市民協働推進課");
        steps.field("#series-place").sendKeys("市民活動センター");
        steps.click("series-preview");
        steps.waitFor(d -> d.findElements(By.cssSelector("#series-dates li")).size() >= 12);
        String dates = browser.findElement(By.id("series-dates")).getText();
        assertTrue(dates.contains("(日)"), dates);
        shot("events-series-preview");
        steps.click("series-create");
        steps.waitFor(d -> d.getCurrentUrl().endsWith("/events"));
        Answer events = kyodo.rest(ApiRole.STAFF, "GET", EVENTS + "/?q=" + enc("ボランティア相談会"), null);
        assertEquals(200, events.status(), events.body());
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(events.body());
        assertTrue(total.find(), events.body());
        int n = Integer.parseInt(total.group(1));
        assertTrue(n >= 12 && n <= 13, "one event a month for a year: " + n);
        assertTrue(events.body().contains("\"seriesId\":"), events.body());
    }

    /**
     * A room booked in the page shows in its month; the same time again is refused, naming room and time. The
     * booking opens from the calendar and is cancelled there (a reason, then a confirmation): the time is free and
     * can be booked again.
     */
    @Test
    void aRoomIsBookedATakenSlotRefusedAndTheBookingCancelled() {
        long group = organisation("CIVIC", "芝スマホ教室の会", "しばすまほきょうしつのかい");
        long venue = id(
                created(
                        EVENTS + "/venues",
                        """
                {"name":"芝公民館","address":"川口市芝5-1-1","opensAt":"09:00","closesAt":"21:30",
                 "closedDays":[],"closedOnHolidays":false,"closedDates":[],"note":""}
                """));
        created(
                EVENTS + "/rooms",
                """
                {"venueId":%d,"name":"和室","capacity":20,"equipment":["座卓"],"hourlyFeeYen":300}
                """
                        .formatted(venue));
        loginAsCoordinator();
        steps.open("events/rooms", "#rooms-calendar");
        pick("#rooms-room", "和室");
        // a week ahead, the calendar showing that day's month
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);
        if (day.getMonthValue() != LocalDate.now(ZoneId.of("Asia/Tokyo")).getMonthValue()) {
            steps.click("rooms-next-month");
            steps.waitFor(d -> text("rooms-month").contains(day.getMonthValue() + "月"));
        }
        steps.date("#book-date", day.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        pick("#book-group", "芝スマホ教室の会");
        steps.click("book-submit");
        steps.waitFor(d -> d.getPageSource().contains("を予約しました"));
        steps.waitFor(d -> text("rooms-calendar").contains("芝スマホ教室の会"));
        shot("events-room-booked");
        steps.click("book-submit");
        steps.waitFor(d -> d.getPageSource().contains("すでに予約されています"));
        Answer month = kyodo.rest(ApiRole.VIEWER, "GET", EVENTS + "/rooms?venue=" + venue, null);
        assertTrue(month.body().contains("和室"), month.body());
        assertTrue(group > 0);

        steps.press(steps.waitFor(d -> d.findElements(By.cssSelector("#rooms-calendar .booking")).stream()
                .filter(b -> b.getText().contains("芝スマホ教室の会"))
                .findFirst()
                .orElse(null)));
        steps.sees("予約の内容 — 芝公民館 和室");
        steps.click("booking-cancel");
        // no reason: refused at the field, nothing asked yet
        steps.waitFor(d -> d.findElement(By.id("booking-cancel-reason")).getDomAttribute("invalid") != null);
        steps.type("#booking-cancel-reason", "会の都合により中止");
        steps.click("booking-cancel");
        steps.confirm("予約を取り消す");
        steps.sees("予約を取り消しました");
        steps.waitFor(d -> !text("rooms-calendar").contains("芝スマホ教室の会"));
        // the time is free again
        steps.click("book-submit");
        steps.waitFor(d -> text("rooms-calendar").contains("芝スマホ教室の会"));
    }

    /**
     * A coordinator enters a venue (its closing period typed as people write it; closing before opening is refused
     * at the field) and a room in the pages; the room is bookable, and not on the closing days.
     */
    @Test
    void aVenueAndItsRoomAreEnteredInThePages() {
        long group = organisation("CIVIC", "青木子ども会", "あおきこどもかい");
        loginAsCoordinator();
        steps.open("events/venues", "#venues");
        steps.click("venues-new");
        steps.type("#venue-name", "青木会館");
        steps.type("#venue-address", "川口市青木2-1-1");
        steps.type("#venue-closes", "08:00");
        steps.type("#venue-closed-dates", "2026-12-29〜2027-01-03、２０２７/２/１０");
        steps.click("venue-save");
        steps.waitFor(d -> d.findElement(By.id("venue-closes")).getDomAttribute("invalid") != null);
        steps.type("#venue-closes", "21:00");
        steps.click("venue-save");
        steps.sees("施設「青木会館」を保存しました");
        WebElement card = steps.waitFor(d -> d.findElement(By.cssSelector("[data-venue='青木会館']")));
        assertTrue(card.getText().contains("2026-12-29〜2027-01-03"), card.getText());
        assertTrue(card.getText().contains("2027-02-10"), card.getText());

        steps.press(card.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("部屋を追加"))
                .findFirst()
                .orElseThrow());
        steps.type("#room-name", "第1集会室");
        steps.type("#room-capacity", "30");
        steps.type("#room-equipment", "プロジェクター、ホワイトボード");
        steps.type("#room-fee", "1,200");
        steps.click("room-save");
        steps.sees("「青木会館 第1集会室」を保存しました");
        steps.waitFor(d ->
                d.findElement(By.cssSelector("[data-venue='青木会館']")).getText().contains("第1集会室"));
        shot("events-venues");

        Answer rooms = kyodo.rest(ApiRole.VIEWER, "GET", EVENTS + "/rooms", null);
        Matcher room = Pattern.compile("\\{\"id\":(\\d+),[^{]*\\{\"venueId\":\\d+,\"name\":\"第1集会室\",\"capacity\":30,"
                        + "\"equipment\":\\[\"プロジェクター\",\"ホワイトボード\"\\],\"hourlyFeeYen\":1200")
                .matcher(rooms.body());
        assertTrue(room.find(), rooms.body());
        String booking =
                """
                {"roomId":%s,"groupId":%d,"date":"%s","startsAt":"10:00","endsAt":"12:00","purpose":"定例会",
                 "attendees":12,"exemption":"NONE","exemptionReason":"","eventId":null}
                """;
        Answer closed = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                EVENTS + "/bookings",
                booking.formatted(room.group(1), group, "2027-01-02"));
        assertEquals(400, closed.status(), closed.body());
        Answer open = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                EVENTS + "/bookings",
                booking.formatted(room.group(1), group, "2027-01-05"));
        assertEquals(201, open.status(), open.body());
        assertTrue(open.body().contains("\"feeYen\":2400"), open.body());
    }

    /** With a capacity of two, the third registration goes onto the waiting list. */
    @Test
    void registrationsPastCapacityGoOntoTheWaitingList() {
        long host = organisation("CITY", "国際交流室", "こくさいこうりゅうしつ");
        LocalDate saturday = LocalDate.now(ZoneId.of("Asia/Tokyo"))
                .plusWeeks(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        long event = id(created(
                EVENTS,
                """
                {"title":{"ja":"多文化共生フォーラム","en":"Multicultural Forum","zh":"多元文化共生论坛","ko":"","easyJapanese":""},
                 "description":"","category":"フォーラム","organisers":[{"partnerId":%d,"form":"HOST","name":""}],
                 "roomId":null,"place":"芝公民館","startsAt":"%sT14:00:00","endsAt":"%sT16:00:00","capacity":2,
                 "audience":"どなたでも","minAge":null,"maxAge":null,"languages":["ja","zh"],"feeYen":0,"feeNote":"",
                 "publicEvent":true}
                """
                        .formatted(host, saturday, saturday)));
        loginAsCoordinator();
        steps.open("events/event?id=" + event, "#registration-name");
        for (String name : new String[] {"山田 花子", "王 芳", "李 明"}) {
            WebElement input = steps.field("#registration-name");
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
            steps.click("registration-submit");
            steps.waitFor(d -> steps.gridText("registrations-grid").contains(name));
        }
        String grid = steps.gridText("registrations-grid");
        assertTrue(grid.contains("キャンセル待ち"), grid);
        shot("events-waiting-list");
        Answer e = kyodo.rest(ApiRole.STAFF, "GET", EVENTS + "/" + event, null);
        assertTrue(e.body().contains("\"confirmed\":2"), e.body());
        assertTrue(e.body().contains("\"waiting\":1"), e.body());
    }

    /** An event entered in the form opens on its page; a coordinator calls it off with a reason. */
    @Test
    void anEventIsEnteredInTheFormAndCalledOff() {
        organisation("CITY", "防災課", "ぼうさいか");
        organisation("NEIGHBOURHOOD", "芝中央町会", "しばちゅうおうちょうかい");
        loginAsCoordinator();
        steps.open("events/event/edit", "#event-form-title");
        steps.field("#event-form-title").sendKeys("防災講座「家具の転倒防止」");
        pick("#event-form-host", "防災課");
        steps.field("#event-form-place").sendKeys("芝公民館 講堂");
        steps.field("#event-form-capacity").sendKeys("40");
        steps.click("event-form-save");
        steps.waitFor(d -> d.getCurrentUrl().contains("/events/event?id="));
        steps.waitFor(d -> text("event-title").contains("家具の転倒防止"));
        String page = browser.getPageSource();
        assertTrue(page.contains("主催 防災課"), "organiser and form shown");
        WebElement reason =
                steps.waitFor(d -> d.findElement(By.cssSelector("vaadin-text-field[placeholder='中止の理由'] input")));
        reason.sendKeys("台風接近のため");
        steps.waitFor(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                        .filter(b -> b.getText().strip().equals("中止にする"))
                        .findFirst()
                        .orElse(null))
                .click();
        steps.waitFor(d -> d.getPageSource().contains("状態: 中止"));
        shot("events-called-off");
    }

    /** The list page's download is the national event list: current layout, UTF-8 with BOM. */
    @Test
    void theEventListIsExported() {
        long host = organisation("CITY", "環境政策課", "かんきょうせいさくか");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(10);
        created(
                EVENTS,
                """
                {"title":{"ja":"エコライフDAY説明会","en":"","zh":"","ko":"","easyJapanese":""},"description":"",
                 "category":"","organisers":[{"partnerId":%d,"form":"HOST","name":""}],"roomId":null,
                 "place":"川口市役所","startsAt":"%sT10:00:00","endsAt":"%sT12:00:00","capacity":null,"audience":"",
                 "minAge":null,"maxAge":null,"languages":["ja"],"feeYen":0,"feeNote":"","publicEvent":true}
                """
                        .formatted(host, day, day));
        loginAsCoordinator();
        steps.open("events", "#events-export");
        steps.waitFor(d -> steps.gridText("events-grid").contains("エコライフDAY説明会"));
        String href = browser.findElement(By.id("events-export")).getDomAttribute("href");
        // the bytes as the download holds them (text() would drop the byte-order mark), decoded here
        String base64 = (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())"
                                + ".then(b => done(btoa(String.fromCharCode(...new Uint8Array(b)))))"
                                + ".catch(e => done(''));",
                        href);
        String csv = new String(java.util.Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF全国地方公共団体コード,ID,地方公共団体名,イベント名"), csv);
        assertTrue(csv.contains("エコライフDAY説明会"), csv);
        assertTrue(csv.contains(day + "," + day + ",10:00,12:00"), csv);

        // the same list and the calendar feed are open data: no sign-in, no token
        String open = anonymous("/api/v1/public/events/list.csv");
        assertTrue(open.contains("エコライフDAY説明会"), open);
        String feed = anonymous("/api/v1/public/events/feed.ics");
        assertTrue(feed.startsWith("BEGIN:VCALENDAR"), feed);
        assertTrue(feed.contains("SUMMARY:エコライフDAY説明会"), feed);
        assertTrue(feed.contains("DTSTART;TZID=Asia/Tokyo:" + day.toString().replace("-", "") + "T100000"), feed);
        assertEquals(
                "/api/v1/public/events/feed.ics",
                browser.findElement(By.id("events-feed")).getDomAttribute("href"));
    }

    /** A GET without session or token, as a calendar app or the city's website makes it. */
    private static String anonymous(String path) {
        try {
            var answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(kyodo.baseUrl() + path))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return answer.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- seeding through the REST APIs

    private static long organisation(String type, String name, String reading) {
        Answer a = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                REGISTRY + "/organisations",
                """
                {"type":"%s","name":"%s","nameReading":"%s"}
                """
                        .formatted(type, name, reading));
        assertEquals(201, a.status(), a.body());
        return id(a.body());
    }

    private static String created(String path, String json) {
        Answer a = kyodo.rest(ApiRole.COORDINATOR, "POST", path, json);
        assertEquals(201, a.status(), a.body());
        return a.body();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    // --- the browser (the shared steps, and what only these pages need)

    private void loginAsCoordinator() {
        steps.login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
    }

    /** Picks the item of a combo box by typing part of its name. */
    private void pick(String css, String name) {
        WebElement input = steps.field(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(name);
        steps.waitFor(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .filter(i -> i.getText().contains(name))
                        .findFirst()
                        .orElse(null))
                .click();
        steps.waitFor(d -> String.valueOf(input.getDomProperty("value")).contains(name));
    }

    private void shot(String name) {
        try {
            Browser.screenshot(browser, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
