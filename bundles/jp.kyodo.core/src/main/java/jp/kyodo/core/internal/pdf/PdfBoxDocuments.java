package jp.kyodo.core.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.pdf.PageWriter;
import jp.kyodo.core.pdf.PdfDocuments;
import jp.kyodo.core.pdf.PdfPage;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * {@link PdfDocuments} with Apache PDFBox, embedded in the core bundle. Parsed fonts are kept per file; a
 * parsed font reads its file lazily and is not safe for threads, so documents are written one at a time
 * (receipts and certificates are rare, each well under a second).
 */
@Component(service = PdfDocuments.class)
public final class PdfBoxDocuments implements PdfDocuments {

    private static final MessageCatalog MESSAGES = MessageCatalog.of(PdfBoxDocuments.class, "jp.kyodo.core.messages");

    private final Map<Path, TrueTypeFont> fonts = new HashMap<>();

    @Override
    public synchronized byte[] a4(Path fontFile, String title, List<PageWriter> pages) {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, font(fontFile), true);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Kyodo");
            for (PageWriter writer : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    writer.write(new Page(cs, font, page.getMediaBox()));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document " + title, e);
        }
    }

    @Override
    public boolean fontReadable(Path fontFile) {
        return Files.isReadable(fontFile);
    }

    /** Lets the font files go (the core stops). */
    @Deactivate
    public synchronized void close() {
        for (TrueTypeFont font : fonts.values()) {
            try {
                font.close();
            } catch (IOException ignored) {
                // released with the process at the latest
            }
        }
        fonts.clear();
    }

    private TrueTypeFont font(Path path) throws IOException {
        TrueTypeFont font = fonts.get(path);
        if (font == null) {
            if (!Files.isReadable(path)) {
                throw new IOException("font " + path + " is not readable");
            }
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            fonts.put(path, font);
        }
        return font;
    }

    /** A page's drawing operations; an I/O failure of the content stream ends the document. */
    private static final class Page implements PdfPage {

        private final PDPageContentStream cs;
        private final PDFont font;
        private final PDRectangle box;

        Page(PDPageContentStream cs, PDFont font, PDRectangle box) {
            this.cs = cs;
            this.font = font;
            this.box = box;
        }

        @Override
        public float width() {
            return box.getWidth();
        }

        @Override
        public float height() {
            return box.getHeight();
        }

        @Override
        public void text(float size, float x, float y, String text) {
            requireGlyphs(text);
            try {
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(x, y);
                cs.showText(text);
                cs.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A character the font has no glyph for (a rare kanji, a control character from a wrongly encoded
         * configuration) is the user's to fix: say which, rather than fail deep inside PDFBox.
         */
        private void requireGlyphs(String text) {
            try {
                font.encode(text);
            } catch (IllegalArgumentException | IllegalStateException | IOException e) {
                int bad = text.codePoints()
                        .filter(cp -> {
                            try {
                                font.encode(new String(Character.toChars(cp)));
                                return false;
                            } catch (IllegalArgumentException | IllegalStateException | IOException x) {
                                return true;
                            }
                        })
                        .findFirst()
                        .orElse('?');
                throw new DomainException(
                        "pdf-glyph", MESSAGES.get("pdf.glyph", text, String.format("U+%04X", bad)), e);
            }
        }

        @Override
        public void centred(float size, float y, String text) {
            text(size, (width() - textWidth(size, text)) / 2, y, text);
        }

        @Override
        public void rightAligned(float size, float x, float y, String text) {
            text(size, x - textWidth(size, text), y, text);
        }

        @Override
        public float textWidth(float size, String text) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void line(float x1, float y1, float x2, float y2, float lineWidth) {
            try {
                cs.setLineWidth(lineWidth);
                cs.moveTo(x1, y1);
                cs.lineTo(x2, y2);
                cs.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
