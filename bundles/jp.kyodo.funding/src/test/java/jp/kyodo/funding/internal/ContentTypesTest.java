package jp.kyodo.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static final byte[] PDF = "%PDF-1.7\n%…\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Test
    void theTypeComesFromTheContent() throws IOException {
        assertEquals(Optional.of(ContentTypes.PDF), ContentTypes.detect(PDF));
        assertEquals(Optional.of(ContentTypes.PNG), ContentTypes.detect(PNG));
        assertEquals(
                Optional.of(ContentTypes.JPEG),
                ContentTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}));
        assertEquals(
                Optional.of(ContentTypes.DOCX), ContentTypes.detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(
                Optional.of(ContentTypes.XLSX), ContentTypes.detect(zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(
                Optional.of(ContentTypes.PPTX),
                ContentTypes.detect(zip("[Content_Types].xml", "ppt/presentation.xml")));
        assertEquals(Optional.of(ContentTypes.OLE2), ContentTypes.detect(new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
        }));
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() throws IOException {
        assertEquals(Optional.empty(), ContentTypes.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), ContentTypes.detect("<html><script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ContentTypes.detect(zip("evil.exe", "readme.txt")));
        assertEquals(Optional.empty(), ContentTypes.detect(zip("word/document.xml")), "no content types");
        byte[] truncated = zip("[Content_Types].xml", "word/document.xml");
        assertEquals(Optional.empty(), ContentTypes.detect(Arrays.copyOf(truncated, truncated.length / 2)));
        assertEquals(Optional.empty(), ContentTypes.detect(new byte[0]));
    }
}
