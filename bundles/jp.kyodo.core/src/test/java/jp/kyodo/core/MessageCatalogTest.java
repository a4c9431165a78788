package jp.kyodo.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

    private static final MessageCatalog CORE = MessageCatalog.of(MessageCatalogTest.class, "jp.kyodo.core.messages");

    @Test
    void japaneseIsTheDefaultAndEnglishIsAskedFor() {
        Message m = CORE.get("page.limit", 1000);
        assertEquals("件数（limit）は1〜1000で指定してください", m.toString());
        assertEquals("The limit must be between 1 and 1000", m.in(Locale.ENGLISH));
        assertEquals("The limit must be between 1 and 1000", m.in(Locale.US));
        assertEquals(m.toString(), m.in(Locale.JAPAN));
        assertEquals(m.toString(), m.in(Locale.CHINESE), "a language Kyodo does not speak gets Japanese");
        assertEquals(m.toString(), m.in(null));
    }

    @Test
    void aMessageArgumentIsShownInTheSameLanguage() {
        Message inner = CORE.get("csv.missingColumn", "名称");
        Message outer = CORE.get("error.validation", inner);
        assertEquals("Please correct the input: The header has no column \"名称\"", outer.in(Locale.ENGLISH));
        assertEquals("入力内容に誤りがあります: 見出しに「名称」の列がありません", outer.toString());
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r =
                new InputStreamReader(MessageCatalogTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void anUnknownKeyIsABugFoundAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> CORE.get("no.such.key"));
        assertThrows(
                java.util.MissingResourceException.class,
                () -> MessageCatalog.of(MessageCatalogTest.class, "jp.kyodo.core.nosuch"));
    }

    @Test
    void exceptionsCarryTheirMessageInEveryLanguage() {
        ValidationException e = new ValidationException(
                List.of(new FieldError("limit", CORE.get("page.limit", 1000)), new FieldError("note", "日本語だけの説明")));
        assertEquals("入力内容に誤りがあります: limit: 件数（limit）は1〜1000で指定してください / note: 日本語だけの説明", e.getMessage());
        assertEquals(
                "Please correct the input: limit: The limit must be between 1 and 1000 / note: 日本語だけの説明",
                e.message(Locale.ENGLISH));
        assertTrue(new NotFoundException().message(Locale.ENGLISH).contains("not found"));
        assertEquals("対象のデータが見つかりません", new NotFoundException().getMessage());
        assertEquals("plain", new DomainException("x", "plain").message(Locale.ENGLISH));
    }
}
