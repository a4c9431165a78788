package jp.kyodo.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kyodo.registry.PartnerKind;
import org.junit.jupiter.api.Test;

/** The registry's catalog: both languages have every key, and every key the code asks for exists. */
class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Properties ja = load("/jp/kyodo/registry/internal/messages.properties");
        Properties en = load("/jp/kyodo/registry/internal/messages_en.properties");
        assertEquals(new TreeSet<>(ja.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : ja.stringPropertyNames()) {
            assertEquals(
                    placeholders(ja.getProperty(key)),
                    placeholders(en.getProperty(key)),
                    key + ": the same placeholders in both languages");
            assertTrue(
                    key.startsWith("csv.") || en.getProperty(key).chars().noneMatch(MessagesTest::japanese),
                    key + ": English, but for the values a CSV cell holds: " + en.getProperty(key));
        }
    }

    private static boolean japanese(int ch) {
        return (ch >= 0x3040 && ch <= 0x30FF) || (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0xFF00 && ch <= 0xFFEF);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheCatalog() throws IOException {
        Properties ja = load("/jp/kyodo/registry/internal/messages.properties");
        List<String> asked = new ArrayList<>();
        Pattern call = Pattern.compile("(?:Messages|MESSAGES)\\.get\\(");
        Pattern literal = Pattern.compile("\"([a-z]+\\.[A-Za-z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/jp/kyodo/registry"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = call.matcher(source);
                while (m.find()) {
                    Matcher key = literal.matcher(firstArgument(source, m.end()));
                    while (key.find()) {
                        asked.add(key.group(1));
                    }
                }
            }
        }
        assertTrue(asked.size() > 40, "the scan finds the calls: " + asked);
        List<String> missing =
                asked.stream().filter(k -> !ja.containsKey(k)).distinct().toList();
        assertEquals(List.of(), missing);
        for (PartnerKind kind : PartnerKind.values()) {
            assertNotEquals(Messages.kind(kind).toString(), Messages.kind(kind).in(Locale.ENGLISH));
        }
    }

    /** The text of a call's first argument: up to the first comma or closing parenthesis outside brackets. */
    private static String firstArgument(String source, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (ch == '"' && source.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && depth-- == 0 || !quoted && ch == ',' && depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }
}
