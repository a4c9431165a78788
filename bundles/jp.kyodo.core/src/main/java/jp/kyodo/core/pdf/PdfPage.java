package jp.kyodo.core.pdf;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One page being written, in PDF points (1/72 inch) with the origin at the bottom left, as PDF has it. Text is
 * set in the document's Japanese font.
 */
@ProviderType
public interface PdfPage {

    float width();

    float height();

    /** Text with its baseline starting at (x, y). */
    void text(float size, float x, float y, String text);

    /** Text centred on the page. */
    void centred(float size, float y, String text);

    /** Text ending at x (amounts, dates on the right). */
    void rightAligned(float size, float x, float y, String text);

    /** How wide the text is in the document's font at the size. */
    float textWidth(float size, String text);

    /** A straight line (rules of a table, a frame). */
    void line(float x1, float y1, float x2, float y2, float lineWidth);
}
