package jp.kyodo.core.pdf;

/** Draws one page of a document. */
@FunctionalInterface
public interface PageWriter {

    void write(PdfPage page);
}
