package jp.kyodo.core.pdf;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Printable documents (receipts, certificates) as PDF with Japanese text. The text is set in a TrueType font the
 * caller names — each module lets the city configure it, IPAex Gothic ({@code fonts-ipaexfont-gothic}) by
 * default — embedded as a subset with its Unicode map, so the PDF looks the same on any machine and its text
 * can be searched and copied. The parsed font is kept between documents: parsing a 6 MB font is most of a
 * document's time.
 *
 * <p>A service of the core so that PDFBox lives in one bundle, on that bundle's own class path: modules
 * write pages through {@link PdfPage} and never see a PDFBox type.
 */
@ProviderType
public interface PdfDocuments {

    /**
     * An A4 portrait document, one page per writer, in the order given.
     *
     * @param fontFile a TrueType font with Japanese glyphs
     * @param title the document title in its properties
     * @throws java.io.UncheckedIOException when the font cannot be read or the document not written; callers
     *     check {@link #fontReadable} first to tell the user what to install
     * @throws jp.kyodo.core.DomainException (code {@code pdf-glyph}) naming a character the font does not have
     */
    byte[] a4(Path fontFile, String title, List<PageWriter> pages);

    /** Whether the font file is there and readable (readiness checks name a missing font). */
    boolean fontReadable(Path fontFile);
}
