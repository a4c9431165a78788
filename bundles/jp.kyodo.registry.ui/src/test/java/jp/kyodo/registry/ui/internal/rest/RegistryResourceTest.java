package jp.kyodo.registry.ui.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import jp.kyodo.core.ValidationException;
import jp.kyodo.registry.ImportReport;
import jp.kyodo.registry.PartnerKind;
import org.junit.jupiter.api.Test;

class RegistryResourceTest {

    @Test
    void theImportReportIsAnsweredInTheLanguage() {
        var message = RegistryResource.MESSAGES.get("import.kind");
        ImportReport report = new ImportReport(
                PartnerKind.PERSON,
                "UTF-8",
                3,
                List.of(new ImportReport.RowError(2, "氏名", message), new ImportReport.RowError(3, "", "日本語だけ")),
                false,
                0);
        var english = RegistryResource.ImportAnswer.of(report, Locale.ENGLISH);
        assertEquals(
                List.of(
                        new RegistryResource.RowAnswer(2, "氏名", "Give organisations or people"),
                        new RegistryResource.RowAnswer(3, "", "日本語だけ")),
                english.errors());
        assertEquals(
                "organisations か people を指定してください",
                RegistryResource.ImportAnswer.of(report, Locale.JAPANESE)
                        .errors()
                        .get(0)
                        .message());
    }

    @Test
    void theResourcesOwnErrorsAreInBothLanguages() throws IOException {
        ValidationException e = assertThrowsValidation(
                () -> RegistryResource.query(null, List.of("NOPE"), List.of(), null, null, false, false, false, false));
        assertEquals(
                "There is no type \"NOPE\" (NEIGHBOURHOOD, CIVIC, BUSINESS, EDUCATION, CITY, CITIZEN)",
                e.errors().get(0).message(Locale.ENGLISH));
        assertEquals(
                "種別「NOPE」はありません（NEIGHBOURHOOD, CIVIC, BUSINESS, EDUCATION, CITY, CITIZEN）",
                e.errors().get(0).message());
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    private static ValidationException assertThrowsValidation(Runnable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, call::run);
    }

    private static TreeSet<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RegistryResourceTest.class.getResourceAsStream(file);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
