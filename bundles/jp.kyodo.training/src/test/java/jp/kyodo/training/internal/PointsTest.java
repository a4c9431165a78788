package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingKit.COORDINATOR;
import static jp.kyodo.training.internal.TrainingKit.STAFF;
import static jp.kyodo.training.internal.TrainingKit.TODAY;
import static jp.kyodo.training.internal.TrainingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.training.PointEntry;
import jp.kyodo.training.PointKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class PointsTest {

    private final TrainingKit kit = new TrainingKit();
    private long student;

    @BeforeEach
    void rules() {
        as(COORDINATOR, () -> kit.points.saveRule("event-support", "イベント運営補助", 10, true));
        as(COORDINATOR, () -> kit.points.saveRule("tutoring", "子どもの学習支援", 15, true));
        student = kit.people.add("髙橋 花子", 2009, true).id();
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void pointsPerHourByRuleAndPartHoursRoundedDown() {
        PointEntry e = as(STAFF, () -> kit.points.earn(student, "tutoring", TODAY, 90, "放課後教室"));
        assertEquals(22, e.points(), "1.5 h × 15 = 22.5 → 22");
        as(STAFF, () -> kit.points.earn(student, "event-support", TODAY.minusDays(1), 45, ""));
        assertEquals(29, as(STAFF, () -> kit.points.balance(student)).balance());
        assertEquals(
                LocalDate.of(2027, 3, 31),
                as(STAFF, () -> kit.points.balance(student)).expiresOn());
        ValidationException noRule = assertThrows(
                ValidationException.class, () -> as(STAFF, () -> kit.points.earn(student, "nope", TODAY, 60, "")));
        assertEquals("ruleCode", noRule.errors().get(0).field());
        ValidationException future = assertThrows(
                ValidationException.class,
                () -> as(STAFF, () -> kit.points.earn(student, "tutoring", TODAY.plusDays(1), 60, "")));
        assertEquals("on", future.errors().get(0).field());
    }

    @Test
    void redeemingMoreThanTheBalanceIsRefusedAndNothingChanges() {
        as(STAFF, () -> kit.points.earn(student, "event-support", TODAY, 120, ""));
        as(STAFF, () -> kit.points.redeem(student, 15, "図書カード"));
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.points.redeem(student, 6, "")));
        assertTrue(e.getMessage().contains("残高 5"), e.getMessage());
        assertEquals(5, as(STAFF, () -> kit.points.balance(student)).balance());
        assertEquals(
                2,
                as(STAFF, () -> kit.points.ledger(student, PageRequest.first(10)))
                        .total());
    }

    @Test
    void pointsExpireAtTheEndOfTheFiscalYear() {
        as(STAFF, () -> kit.points.earn(student, "event-support", TODAY, 180, ""));
        kit.advance(Duration.ofDays(LocalDate.of(2027, 3, 31).toEpochDay() - TODAY.toEpochDay()));
        assertEquals(30, as(STAFF, () -> kit.points.balance(student)).balance(), "still usable on 31 March");
        kit.advance(Duration.ofDays(1));
        assertEquals(0, as(STAFF, () -> kit.points.balance(student)).balance(), "gone on 1 April");
        assertEquals(2027, as(STAFF, () -> kit.points.balance(student)).fiscalYear());
        ValidationException late = assertThrows(
                ValidationException.class,
                () -> as(STAFF, () -> kit.points.earn(student, "event-support", LocalDate.of(2027, 3, 30), 60, "")));
        assertTrue(late.getMessage().contains("令和8年度"), late.getMessage());
        assertEquals(1, as(STAFF, () -> kit.points.expireEndedYears()));
        assertEquals(0, as(STAFF, () -> kit.points.expireEndedYears()), "safe to run again");
        List<PointEntry> ledger = as(STAFF, () -> kit.points.ledger(student, PageRequest.first(10)))
                .items();
        assertEquals(PointKind.EXPIRE, ledger.get(0).kind());
        assertEquals(-30, ledger.get(0).points());
        assertEquals(LocalDate.of(2027, 3, 31), ledger.get(0).on());
    }

    @Test
    void aCertificateOfVolunteerHoursIsAPdfWithTheJapaneseFontEmbedded() throws Exception {
        as(STAFF, () -> kit.points.earn(student, "tutoring", LocalDate.of(2026, 7, 20), 150, "夏休み学習教室"));
        as(STAFF, () -> kit.points.earn(student, "event-support", LocalDate.of(2026, 10, 18), 240, "ボランティア見本市"));
        byte[] pdf =
                as(STAFF, () -> kit.points.certificate(student, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : new String[] {
                "ボランティア活動証明書",
                "髙橋 花子",
                "令和8年7月20日",
                "2時間30分",
                "子どもの学習支援（夏休み学習教室）",
                "6時間30分",
                "川口市のボランティア活動",
                "川口市長　協働　太郎"
            }) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("IPAexGothic"), font.getName());
            }
        }
        assertEquals(1, kit.audit.of(AuditAction.EXPORT).size());
        ValidationException nothing = assertThrows(
                ValidationException.class,
                () -> as(
                        STAFF,
                        () -> kit.points.certificate(student, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))));
        assertTrue(nothing.getMessage().contains("活動記録がありません"));
    }

    @Test
    void aLongListContinuesOnAFurtherPage() throws Exception {
        for (int i = 0; i < 40; i++) {
            LocalDate on = LocalDate.of(2026, 5, 1).plusDays(i);
            as(STAFF, () -> kit.points.earn(student, "event-support", on, 60, ""));
        }
        byte[] pdf = as(STAFF, () -> kit.points.certificate(student, LocalDate.of(2026, 4, 1), TODAY));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("40時間"));
        }
    }
}
