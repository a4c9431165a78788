/**
 * PDF documents with embedded Japanese fonts ({@link jp.kyodo.core.pdf.PdfDocuments}): donation receipts,
 * certificates of volunteer hours. Layout is the caller's; fonts, embedding and PDFBox are the core's.
 */
@Version("1.0.0")
package jp.kyodo.core.pdf;

import org.osgi.annotation.versioning.Version;
