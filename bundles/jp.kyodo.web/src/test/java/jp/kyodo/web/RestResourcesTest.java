package jp.kyodo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;

class RestResourcesTest {

    private static HttpHeaders accepting(Supplier<List<Locale>> languages) {
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return languages.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theFirstOfKyodosLanguagesTheClientAcceptsJapaneseByDefault() {
        assertEquals(
                "en",
                RestResources.language(accepting(() -> List.of(Locale.FRENCH, Locale.US, Locale.JAPANESE)))
                        .getLanguage());
        assertEquals(
                "ja",
                RestResources.language(accepting(() -> List.of(Locale.JAPAN, Locale.ENGLISH)))
                        .getLanguage());
        assertEquals(
                "ja",
                RestResources.language(accepting(() -> List.of(Locale.GERMAN))).getLanguage());
        assertEquals("ja", RestResources.language(accepting(List::of)).getLanguage());
        assertEquals("ja", RestResources.language(null).getLanguage());
        assertEquals(
                "ja",
                RestResources.language(accepting(() -> {
                            throw new IllegalArgumentException("malformed Accept-Language");
                        }))
                        .getLanguage());
    }

    @Test
    void constantsAreReadByNameSeveralCommaSeparatedAndUnknownOnesAreRefused() {
        assertEquals(
                EnumSet.of(ChronoUnit.DAYS, ChronoUnit.WEEKS),
                RestResources.enums(ChronoUnit.class, "unit", List.of("days,WEEKS", " ")));
        assertNull(RestResources.one(ChronoUnit.class, "unit", ""));
        ValidationException e = assertThrows(
                ValidationException.class, () -> RestResources.one(ChronoUnit.class, "unit", "FORTNIGHTS"));
        assertEquals("unit", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message(Locale.ENGLISH).contains("DAYS"), e.getMessage());
    }

    @Test
    void sortKeysAreCommaSeparatedWithAMinusForDescending() {
        assertEquals(List.of(Sort.asc("title"), Sort.desc("due")), RestResources.sorts(" title, -due ,"));
        assertEquals(List.of(), RestResources.sorts(null));
    }
}
