package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.STAFF;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.funding.LedgerEntry;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.testing.DatabaseTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Donation receipts: Japanese text that extracts back, the font embedded, under a second each. */
@DatabaseTest
class ReceiptTest {

    private final FundingKit kit = new FundingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aReceiptIsAPdfWithTheJapaneseFontEmbedded() throws Exception {
        Fund f = as(
                COORDINATOR, () -> kit.funds.open(new FundDraft("volunteer", "ボランティアひとづくり基金", "ボランティアの育成", 2026, 0)));
        LedgerEntry gift = as(
                COORDINATOR,
                () -> kit.funds.record(LedgerEntryDraft.donation(
                        f.id(), LocalDate.of(2026, 5, 1), 2_147_483_648L, "髙橋 一郎", "さいたま市浦和区高砂3-15-1", "R8-0001")));
        byte[] first = as(COORDINATOR, () -> kit.funds.donationReceipt(gift.id()));
        long start = System.nanoTime();
        byte[] pdf = as(COORDINATOR, () -> kit.funds.donationReceipt(gift.id()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "donation receipt: first %d bytes, second in %d ms (%d bytes)%n", first.length, millis, pdf.length);
        assertTrue(millis < 1000, "a receipt in under a second: " + millis + " ms");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : new String[] {
                "寄附金受領証明書",
                "髙橋 一郎",
                "金　2,147,483,648　円",
                "令和8年5月1日",
                "R8-0001",
                "ボランティアひとづくり基金",
                "さいたま市への寄附金",
                "さいたま市長　協働　太郎"
            }) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            PDResources resources = doc.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("IPAexGothic"), font.getName());
                fonts++;
            }
            assertEquals(1, fonts);
        }
        assertEquals(2, kit.audit.of(AuditAction.EXPORT).size());
    }

    @Test
    void onlyDonationsWithANumberGetReceiptsAndOnlyCoordinatorsIssueThem() {
        Fund f = as(COORDINATOR, () -> kit.funds.open(new FundDraft("f", "基金", "", 2026, 100)));
        LedgerEntry interest =
                as(COORDINATOR, () -> kit.funds.record(LedgerEntryDraft.interest(f.id(), LocalDate.of(2026, 5, 1), 5)));
        assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.funds.donationReceipt(interest.id())));
        LedgerEntry gift = as(
                COORDINATOR,
                () -> kit.funds.record(LedgerEntryDraft.donation(f.id(), LocalDate.of(2026, 5, 1), 1, "匿名希望", "", "")));
        assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.funds.donationReceipt(gift.id())));
        assertThrows(AccessDeniedException.class, () -> as(STAFF, () -> kit.funds.donationReceipt(gift.id())));
    }
}
