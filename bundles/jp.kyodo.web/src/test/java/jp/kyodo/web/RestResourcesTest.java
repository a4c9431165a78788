package jp.kyodo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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
}
