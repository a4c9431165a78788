package jp.kyodo.funding.ui.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.Message;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationQuery;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.Decision;
import jp.kyodo.funding.Funds;
import jp.kyodo.funding.GrantApplications;
import jp.kyodo.funding.GrantProgrammes;
import jp.kyodo.funding.LedgerImportReport;
import jp.kyodo.funding.ScreeningReason;
import jp.kyodo.funding.ui.internal.FundingServices;
import jp.kyodo.funding.ui.internal.Samples;
import jp.kyodo.registry.PartnerDirectory;
import org.junit.jupiter.api.Test;

class FundingResourceTest {

    /** The calls that reached the services: a refused request must reach none. */
    private final List<String> calls = new ArrayList<>();

    /** What the neighbour calls were asked for. */
    private final List<Object> neighbourQueries = new ArrayList<>();

    private final FundingResource resource = new FundingResource(
            new FundingServices(
                    recording(GrantProgrammes.class),
                    recording(GrantApplications.class),
                    recording(Funds.class),
                    recording(PartnerDirectory.class)),
            (text, page) -> {
                neighbourQueries.add(text);
                neighbourQueries.add(page);
                return new Page<>(List.of(), 0, page);
            });

    private <T> T recording(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(type.getSimpleName() + "." + method.getName());
            return null;
        }));
    }

    @Test
    void neighbourCallsAreSearchedByTextWithThePageAskedFor() {
        resource.neighbourCalls(null, null, 40, 20);
        resource.neighbourCalls("子ども", "", 0, 50);

        assertEquals(
                List.of("", new PageRequest(40, 20, List.of()), "子ども", new PageRequest(0, 50, List.of())),
                neighbourQueries);
    }

    @Test
    void fiscalYearsAreReadAsStartYearsOrAsDocumentsWriteThem() {
        assertEquals(2026, FundingResource.year("2026"));
        assertEquals(2026, FundingResource.year("令和8年度"));
        assertEquals(2019, FundingResource.year("平成31年度"), "平成31年度 = 令和元年度");
        assertEquals(2019, FundingResource.year("令和元年度"));
        assertNull(FundingResource.year(" "));
        ValidationException e = assertThrows(ValidationException.class, () -> FundingResource.year("来年"));
        assertEquals("year", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message(Locale.ENGLISH).contains("令和8年度"), e.getMessage());
    }

    @Test
    void statesAreReadByNameAndAnUnknownOneIsA400NamingTheKnownOnes() {
        ApplicationQuery q = FundingResource.applicationQuery("", 3L, "R8", null, List.of("submitted,SCREENED"));
        assertEquals(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENED), q.statuses());
        assertEquals(2026, q.fiscalYear());
        assertEquals(3L, q.programmeId());
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> FundingResource.applicationQuery("", null, null, null, List.of("DONE")));
        assertEquals("status", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message(Locale.JAPANESE).contains("INELIGIBLE"), e.getMessage());
    }

    @Test
    void aStepWithoutItsVersionOrItsPartIsRefusedBeforeTheServiceIsCalled() {
        assertField("body", () -> resource.decide(1, null, null));
        assertField(
                "version",
                () -> resource.decide(1, new FundingResource.DecisionStep(null, Decision.grant(1, "")), null));
        assertField("decision", () -> resource.decide(1, new FundingResource.DecisionStep(3, null), null));
        assertField("payment", () -> resource.disburse(1, new FundingResource.PaymentStep(3, null), null));
        assertField("version", () -> resource.screen(1, new FundingResource.Version(null), null));
        assertField("body", () -> resource.importLedger(1, false, new byte[0], null));
        assertEquals(List.of(), calls);
        // the recording service answers nothing, so the answer cannot be built: the call is what counts here
        assertThrows(
                NullPointerException.class,
                () -> resource.decide(1, new FundingResource.DecisionStep(3, Decision.reject("予算超過")), null));
        assertEquals(List.of("GrantApplications.decide"), calls);
    }

    @Test
    void importProblemsComeBackInTheClientsLanguage() {
        LedgerImportReport report = new LedgerImportReport(
                "UTF-8", "entries", 2, List.of(new FieldError("3行目 金額", "金額は0以上の整数（円）で入力してください")), false, 0, List.of());
        FundingResource.ImportResult result = FundingResource.result(report, Locale.JAPANESE);
        assertEquals(List.of(new FundingResource.Problem("3行目 金額", "金額は0以上の整数（円）で入力してください")), result.errors());
        assertEquals(false, result.committed());
    }

    private static void assertField(String field, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
    }

    @Test
    void anApplicationIsAnsweredAsItsRecordWithTheReasonsInTheClientsLanguage() throws Exception {
        Message why = MessageCatalog.of(FundingResourceTest.class, "jp.kyodo.funding.ui.internal.rest.test-reason")
                .get("reason", "事業者");
        Application a = Samples.application(
                7,
                ApplicationStatus.INELIGIBLE,
                ApplicationDraft.of(3, 5, "商店街の清掃", List.of(), 200_000),
                "株式会社ためし商事",
                List.of(new ScreeningReason("organisationType", why)));
        ObjectMapper json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();

        HttpHeaders english = (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> List.of(Locale.ENGLISH));
        String en = json.writeValueAsString(FundingResource.answer(a, english));
        String ja = json.writeValueAsString(FundingResource.answer(a, null));

        assertTrue(ja.contains("\"id\":7") && ja.contains("\"status\":\"INELIGIBLE\""), ja);
        assertTrue(ja.contains("\"reasons\":[{\"rule\":\"organisationType\",\"message\":\"団体の種類「事業者」は対象外\"}]"), ja);
        assertTrue(en.contains("\"message\":\"The type 事業者 may not apply\""), en);
        assertEquals(1, ja.split("\"reasons\"", -1).length - 1, "the API's own reasons are left out: " + ja);
    }
}
