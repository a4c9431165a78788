package jp.kyodo.funding.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.calendar.Wareki;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The donation receipt (寄附金受領証明書) as a one-page A4 PDF (Apache PDFBox, embedded in this bundle). The
 * Japanese text is set in the TrueType font the configuration names (IPAex Gothic by default, Debian's
 * {@code fonts-ipaexfont-gothic}), embedded as a subset with its Unicode map — so the PDF shows the same on
 * any machine and its text can be searched and copied.
 */
final class ReceiptPdf {

    private static final float MARGIN = 64;

    private final FundingBackend b;

    ReceiptPdf(FundingBackend b) {
        this.b = b;
    }

    /** The parsed font, kept between receipts (parsing a 6 MB font is most of a receipt's time). */
    private TrueTypeFont font;

    private Path fontPath;

    /** Serialised: the parsed font reads its file lazily and is not safe for threads; receipts are rare. */
    synchronized byte[] render(LedgerEntryEntity e, FundEntity f, LocalDate issuedOn) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont jp = PDType0Font.load(doc, font(), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("寄附金受領証明書 " + e.receiptNumber);
            info.setCreator("Kyodo");
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            String city = b.config().cityName();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, jp, 10, width - MARGIN - 180, top, "No. " + e.receiptNumber);
                centred(cs, jp, 22, width, top - 50, "寄附金受領証明書");
                float y = top - 120;
                text(cs, jp, 14, MARGIN, y, e.donorName + "　様");
                if (!e.donorAddress.isEmpty()) {
                    text(cs, jp, 10, MARGIN, y - 20, "住所　" + e.donorAddress);
                }
                y -= 80;
                centred(cs, jp, 20, width, y, "金　" + Money.digits(e.amountYen) + "　円");
                y -= 60;
                text(cs, jp, 12, MARGIN, y, "寄附年月日　" + Wareki.formatDate(e.entryDate));
                text(
                        cs,
                        jp,
                        12,
                        MARGIN,
                        y - 24,
                        "寄附の目的　" + f.name + (f.purpose.isEmpty() ? "" : "（" + f.purpose + "）"));
                y -= 80;
                text(cs, jp, 12, MARGIN, y, "上記の金額を" + (city.isEmpty() ? "本市" : city) + "への寄附金として受領したことを証明します。");
                text(cs, jp, 10, MARGIN, y - 22, "この証明書は、所得税・住民税の寄附金控除の申告に使用できます。再発行はいたしません。");
                y -= 100;
                text(cs, jp, 12, width - MARGIN - 260, y, Wareki.formatDate(issuedOn));
                text(cs, jp, 14, width - MARGIN - 260, y - 28, b.config().receiptIssuer());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the receipt " + e.receiptNumber, ex);
        }
    }

    /** Lets the font file go (the component stops). */
    synchronized void close() {
        if (font != null) {
            try {
                font.close();
            } catch (IOException ignored) {
                // the file is released with the process at the latest
            }
            font = null;
        }
    }

    private TrueTypeFont font() throws IOException {
        Path path = Path.of(b.config().receiptFont());
        if (!Files.isReadable(path)) {
            throw new DomainException("receipt-font", FundingBackend.MESSAGES.get("receipt.font", path));
        }
        if (font == null || !path.equals(fontPath)) {
            if (font != null) {
                font.close();
            }
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            fontPath = path;
        }
        return font;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static void centred(PDPageContentStream cs, PDFont font, float size, float width, float y, String s)
            throws IOException {
        float w = font.getStringWidth(s) / 1000 * size;
        text(cs, font, size, (width - w) / 2, y, s);
    }
}
