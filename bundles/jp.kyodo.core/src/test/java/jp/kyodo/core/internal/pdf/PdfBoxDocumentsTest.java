package jp.kyodo.core.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PdfBoxDocumentsTest {

    private static final Path FONT = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    private final PdfBoxDocuments pdf = new PdfBoxDocuments();

    @AfterEach
    void close() {
        pdf.close();
    }

    @Test
    void pagesAreWrittenInTheJapaneseFont() {
        byte[] bytes = pdf.a4(FONT, "証明書", List.of(p -> p.centred(20, 700, "髙橋 花子　様"), p -> p.text(10, 60, 60, "2枚目")));
        assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(pdf.fontReadable(FONT));
        assertTrue(!pdf.fontReadable(Path.of("/nowhere.ttf")));
    }

    /** A configuration read in the wrong encoding put U+0082 into an issuer's name: the user learns which character. */
    @Test
    void aCharacterTheFontLacksIsNamed() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> pdf.a4(FONT, "証明書", List.of(p -> p.text(12, 60, 700, "å¸\u0082é\u0095·"))));
        assertEquals("pdf-glyph", e.code());
        assertTrue(e.message(Locale.JAPANESE).contains("U+0082"), e.message(Locale.JAPANESE));
    }
}
