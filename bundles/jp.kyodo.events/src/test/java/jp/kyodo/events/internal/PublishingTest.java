package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsKit.STAFF;
import static jp.kyodo.events.internal.EventsKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.kyodo.core.PageRequest;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventImportReport;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Titles;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class PublishingTest {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String HEADER_2019 = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,"
            + "イベント名_英語,開始日,終了日,開始時間,終了時間,開始日時特記事項,説明,料金(基本),料金(詳細),連絡先名称,"
            + "連絡先電話番号,連絡先内線番号,主催者,場所名称,住所,方書,緯度,経度,アクセス方法,駐車場情報,定員,"
            + "参加申込終了日,参加申込終了時間,参加申込方法,URL,備考\r\n";

    private final EventsKit kit = new EventsKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private Event ecoLife() {
        return as(
                STAFF,
                () -> kit.events.create(EventDraft.of(
                                new Titles("エコライフDAY説明会; 参加者募集, 先着順", "Eco-life Day", "", "", ""),
                                List.of(
                                        Organiser.of(kit.division.id(), CollaborationForm.HOST),
                                        Organiser.of(kit.npo.id(), CollaborationForm.CO_HOST)),
                                "川口市役所 第二本庁舎 5階 大会議室",
                                LocalDateTime.of(2027, 6, 13, 10, 0),
                                LocalDateTime.of(2027, 6, 13, 12, 0))
                        .withText("チェックシートを配ります。\n持ち物: 筆記用具\\メモ帳", "講座・教室", "どなたでも")
                        .withCapacity(50)));
    }

    @Test
    void theFeedEscapesTextFoldsLongLinesAndNamesTheTokyoZone() {
        Event e = ecoLife();
        String ics = kit.publishing.icalendar(null, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics.contains("TZID:Asia/Tokyo\r\n"));
        assertTrue(ics.contains("DTSTART;TZID=Asia/Tokyo:20270613T100000\r\n"), ics);
        assertTrue(ics.contains("UID:event-" + e.id() + "@112038.events.kyodo\r\n"));
        // every physical line is at most 75 octets, and unfolding restores the escaped values
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            // no escape split across a fold
            assertFalse(line.endsWith("\\") && !line.endsWith("\\\\"), line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:エコライフDAY説明会\\; 参加者募集\\, 先着順\r\n"), unfolded);
        assertTrue(
                unfolded.contains("DESCRIPTION:チェックシートを配ります。\\n持ち物: 筆記用具\\\\メモ帳\\nEnglish: Eco-life Day\\n"
                        + "主催: 市民協働推進課 / 共催: NPO法人かわぐち環境ネット\\n参加費: 無料\r\n"),
                unfolded);
        assertTrue(unfolded.contains("CATEGORIES:講座・教室\r\n"));
        assertEquals("", ICalendar.escape("\u0007"));
        as(
                STAFF,
                () -> kit.events.create(EventDraft.of(
                        Titles.of("エコライフDAY"),
                        List.of(Organiser.of(kit.division.id(), CollaborationForm.HOST)),
                        "市内全域",
                        LocalDateTime.of(2027, 6, 13, 0, 0),
                        LocalDateTime.of(2027, 6, 13, 23, 59))));
        String allDay = kit.publishing.icalendar(null, LocalDate.of(2027, 6, 13), LocalDate.of(2027, 6, 13));
        assertTrue(allDay.contains("DTSTART;VALUE=DATE:20270613\r\nDTEND;VALUE=DATE:20270614\r\n"), allDay);
        assertEquals(
                0,
                kit.publishing
                                .icalendar(null, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 31))
                                .split("BEGIN:VEVENT")
                                .length
                        - 1);
    }

    @Test
    void foldingNeverSplitsACharacterOrAnEscape() {
        for (int shift = 0; shift < 6; shift++) {
            ICalendar cal = new ICalendar("x");
            cal.text("DESCRIPTION", "a".repeat(shift) + "行\n;,\\".repeat(30));
            String ics = cal.end();
            for (String line : ics.split("\r\n")) {
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
                String body = line.replace("\\\\", "");
                assertFalse(body.endsWith("\\"), "an escape split at the end of: " + line);
            }
            assertTrue(ics.replace("\r\n ", "").contains("a".repeat(shift) + "行\\n\\;\\,\\\\行"), ics);
        }
    }

    @Test
    void theExportIsTheCurrentLayoutAndReadsBackAsAnUpdate() throws Exception {
        Event e = ecoLife();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kit.publishing.exportEventList(EventQuery.between(null, null), out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("全国地方公共団体コード,ID,地方公共団体名,イベント名,"), lines[0]);
        assertTrue(
                lines[1].startsWith("112038," + e.id() + ",川口市,\"エコライフDAY説明会; 参加者募集, 先着順\",,Eco-life Day,"
                        + "2027-06-13,2027-06-13,10:00,12:00,"),
                lines[1]);
        EventImportReport report = as(STAFF, () -> kit.publishing.importEventList(bytes, true));
        assertEquals("current", report.layout());
        assertEquals("UTF-8", report.charset());
        assertEquals(List.of(), report.errors());
        // its own ID under its own city code: a new event (the original has no source key)
        assertEquals(1, report.created());
        EventImportReport again = as(STAFF, () -> kit.publishing.importEventList(bytes, true));
        assertEquals(0, again.created());
        assertEquals(1, again.updated());
    }

    @Test
    void the2019LayoutInShiftJisWithoutBom() {
        String csv = HEADER_2019
                + "112038,1,埼玉県,川口市,ボランティア見本市,ボランティアミホンイチ,Volunteer Fair,2027/10/17,,10:00,15:00,"
                + ",\"団体の展示と体験\",無料,,市民協働推進課,048-000-0000,,川口市ボランティア見本市実行委員会,"
                + "青木町公園,川口市西青木4-1-1,,35.80,139.71,,,,,,,https://example.jp/fair,㈱協賛あり\r\n"
                + "112038,2,埼玉県,川口市,多文化交流会,,,2027-11-03,2027-11-03,13:30,16:00,,,500円,"
                + "中学生以下無料,,,,芝国際交流会,芝公民館,,2階,,,,,先着30名,,,,,\r\n";
        byte[] file = csv.getBytes(CP932);
        EventImportReport dry = as(STAFF, () -> kit.publishing.importEventList(file, false));
        assertEquals("2019", dry.layout());
        assertEquals("Shift_JIS", dry.charset());
        assertEquals(2, dry.rows());
        assertFalse(dry.committed());
        assertEquals(0, count());
        EventImportReport report = as(STAFF, () -> kit.publishing.importEventList(file, true));
        assertTrue(report.committed());
        assertEquals(2, report.created());
        List<Event> events = as(STAFF, () -> kit.events.search(EventQuery.between(null, null), PageRequest.first(5)))
                .items();
        Event fair = events.get(0);
        assertEquals("Volunteer Fair", fair.draft().title().en());
        assertEquals(LocalDateTime.of(2027, 10, 17, 10, 0), fair.draft().startsAt());
        assertEquals("川口市ボランティア見本市実行委員会", fair.organiserText());
        assertTrue(fair.draft().description().contains("㈱協賛あり"));
        Event exchange = events.get(1);
        assertEquals(500, exchange.draft().feeYen());
        assertEquals("中学生以下無料", exchange.draft().feeNote());
        assertEquals(30, exchange.draft().capacity());
        assertEquals("芝公民館 2階", exchange.draft().place());
    }

    @Test
    void aBadRowIsReportedByRowAndColumnAndNothingIsWritten() {
        String csv = "\uFEFF" + HEADER_2019
                + "112038,1,埼玉県,川口市,正しい行,,,2027-10-17,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
                + "112038,2,埼玉県,川口市,,,,2027-13-01,,25:00,,,,,,,,,,,,,,,,,,,,,,\r\n"
                + "112038,1,埼玉県,川口市,重複,,,2027-10-18,,,,,,,,,,,,,,,,,,,,,,,,\r\n";
        EventImportReport report =
                as(STAFF, () -> kit.publishing.importEventList(csv.getBytes(StandardCharsets.UTF_8), true));
        assertFalse(report.committed());
        assertEquals(
                List.of("3行目 イベント名", "3行目 開始日", "3行目 開始時間", "4行目 NO"),
                report.errors().stream().map(f -> f.field()).toList());
        assertEquals(0, count());
        EventImportReport unknown = as(
                STAFF, () -> kit.publishing.importEventList("名前,日付\r\nx,y\r\n".getBytes(StandardCharsets.UTF_8), true));
        assertEquals("1行目", unknown.errors().get(0).field());
    }

    private long count() {
        return as(STAFF, () -> kit.events.search(EventQuery.between(null, null), PageRequest.first(5)))
                .total();
    }
}
