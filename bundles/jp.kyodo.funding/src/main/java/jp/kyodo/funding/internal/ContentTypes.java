package jp.kyodo.funding.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a file is, by its content — never by its name: PDF, Office Open XML (Word, Excel, PowerPoint), the
 * older Office formats (OLE2: .doc, .xls, .ppt), JPEG and PNG. An Office Open XML file is a ZIP whose central
 * directory names {@code [Content_Types].xml} and the application's folder; only the directory is read, no
 * entry is decompressed (so an archive bomb costs nothing).
 */
final class ContentTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String OLE2 = "application/vnd.ms-office";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] OLE2_SIGNATURE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    private ContentTypes() {}

    /** The media type of an accepted format; empty for anything else. */
    static Optional<String> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (content.length > 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, OLE2_SIGNATURE)) {
            return Optional.of(OLE2);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return officeOpenXml(content);
        }
        return Optional.empty();
    }

    private static Optional<String> officeOpenXml(byte[] zip) {
        ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (buf.getInt(i) == END_OF_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        int entries = buf.getShort(end + 10) & 0xFFFF;
        long offset = buf.getInt(end + 16) & 0xFFFFFFFFL;
        boolean contentTypes = false;
        String kind = null;
        int p = (int) Math.min(offset, zip.length);
        for (int n = 0; n < entries && p + 46 <= zip.length; n++) {
            if (buf.getInt(p) != DIRECTORY_ENTRY) {
                return Optional.empty();
            }
            int nameLength = buf.getShort(p + 28) & 0xFFFF;
            int extra = buf.getShort(p + 30) & 0xFFFF;
            int comment = buf.getShort(p + 32) & 0xFFFF;
            if (p + 46 + nameLength > zip.length) {
                return Optional.empty();
            }
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            if (name.equals("[Content_Types].xml")) {
                contentTypes = true;
            } else if (kind == null && name.startsWith("word/")) {
                kind = DOCX;
            } else if (kind == null && name.startsWith("xl/")) {
                kind = XLSX;
            } else if (kind == null && name.startsWith("ppt/")) {
                kind = PPTX;
            }
            p += 46 + nameLength + extra + comment;
        }
        return contentTypes && kind != null ? Optional.of(kind) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
