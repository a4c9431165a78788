package jp.kyodo.core.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character set of a CSV file as Japanese offices exchange them: Excel and most form services save CP932
 * (Windows-31J, "Shift_JIS"), newer tools UTF-8 with or without a byte-order mark. Files are detected, never
 * assumed.
 */
public final class CsvCharsets {

    /** CP932 as Excel writes it (Windows-31J: Shift_JIS with the NEC and IBM extensions, e.g. ①, 髙). */
    public static final Charset CP932 = Charset.forName("windows-31j");

    private CsvCharsets() {}

    /** UTF-8 when the file starts with a BOM or decodes as UTF-8 without an error; otherwise CP932. */
    public static Charset detect(byte[] bytes) {
        if (hasByteOrderMark(bytes)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return CP932;
        }
    }

    /** The name reports show: {@code UTF-8} or {@code Shift_JIS}. */
    public static String displayName(Charset charset) {
        return charset.equals(CP932) ? "Shift_JIS" : charset.name();
    }

    /** The file as text in its detected character set (a leading BOM stays; {@link CsvTable#read} skips it). */
    public static String decode(byte[] bytes) {
        return new String(bytes, detect(bytes));
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
