package jp.kyodo.funding.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.calendar.Wareki;
import jp.kyodo.core.pdf.PdfDocuments;
import jp.kyodo.core.pdf.PdfPage;

/**
 * The donation receipt (寄附金受領証明書) as a one-page A4 PDF, written by the core's {@link PdfDocuments} in the
 * TrueType font the configuration names (IPAex Gothic by default, Debian's {@code fonts-ipaexfont-gothic}),
 * embedded as a subset. This class holds only the receipt's layout.
 */
final class ReceiptPdf {

    private static final float MARGIN = 64;

    private final FundingBackend b;
    private final PdfDocuments pdf;

    ReceiptPdf(FundingBackend b, PdfDocuments pdf) {
        this.b = b;
        this.pdf = pdf;
    }

    byte[] render(LedgerEntryEntity e, FundEntity f, LocalDate issuedOn) {
        Path font = Path.of(b.config().receiptFont());
        if (!Files.isReadable(font)) {
            throw new DomainException("receipt-font", FundingBackend.MESSAGES.get("receipt.font", font));
        }
        String city = b.config().cityName();
        String issuer = b.config().receiptIssuer();
        return pdf.a4(font, "寄附金受領証明書 " + e.receiptNumber, List.of(page -> write(page, e, f, issuedOn, city, issuer)));
    }

    private static void write(
            PdfPage page, LedgerEntryEntity e, FundEntity f, LocalDate issuedOn, String city, String issuer) {
        float width = page.width();
        float top = page.height() - MARGIN;
        page.text(10, width - MARGIN - 180, top, "No. " + e.receiptNumber);
        page.centred(22, top - 50, "寄附金受領証明書");
        float y = top - 120;
        page.text(14, MARGIN, y, e.donorName + "　様");
        if (!e.donorAddress.isEmpty()) {
            page.text(10, MARGIN, y - 20, "住所　" + e.donorAddress);
        }
        y -= 80;
        page.centred(20, y, "金　" + Money.digits(e.amountYen) + "　円");
        y -= 60;
        page.text(12, MARGIN, y, "寄附年月日　" + Wareki.formatDate(e.entryDate));
        page.text(12, MARGIN, y - 24, "寄附の目的　" + f.name + (f.purpose.isEmpty() ? "" : "（" + f.purpose + "）"));
        y -= 80;
        page.text(12, MARGIN, y, "上記の金額を" + (city.isEmpty() ? "本市" : city) + "への寄附金として受領したことを証明します。");
        page.text(10, MARGIN, y - 22, "この証明書は、所得税・住民税の寄附金控除の申告に使用できます。再発行はいたしません。");
        y -= 100;
        page.text(12, width - MARGIN - 260, y, Wareki.formatDate(issuedOn));
        page.text(14, width - MARGIN - 260, y - 28, issuer);
    }
}
