package jp.kyodo.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiAuthenticationFilterTest {

    @Test
    void anAnswersTextIsAlwaysValidJson() {
        assertEquals(
                "The \\\"token\\\" \\\\ is\\nwrong\\u0001",
                ApiAuthenticationFilter.json("The \"token\" \\ is\nwrong\u0001"));
        assertEquals("API トークンが正しくありません", ApiAuthenticationFilter.json("API トークンが正しくありません"));
    }

    @Test
    void theFiltersOwnAnswersAreInBothLanguages() {
        assertEquals(
                "The API token is not valid",
                ExceptionMappers.MESSAGES.get("auth.invalidToken").in(Locale.ENGLISH));
        assertEquals(
                "API トークンが正しくありません",
                ExceptionMappers.MESSAGES.get("auth.invalidToken").toString());
    }
}
