package jp.kyodo.exchange.ui.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.exchange.Direction;
import jp.kyodo.exchange.LogQuery;
import jp.kyodo.exchange.Outcome;
import jp.kyodo.exchange.PeerDraft;
import jp.kyodo.exchange.ReceivedQuery;
import jp.kyodo.exchange.ReceivedStatus;
import jp.kyodo.exchange.Resolution;
import jp.kyodo.exchange.ui.internal.rest.ExchangeResource.Decision;
import jp.kyodo.exchange.ui.internal.rest.ExchangeResource.LocalIds;
import org.junit.jupiter.api.Test;

class ExchangeResourceTest {

    private final FakeExchange exchange = new FakeExchange();
    private final ExchangeResource resource = new ExchangeResource(exchange.services());

    private static String field(Runnable call) {
        return assertThrows(ValidationException.class, call::run)
                .errors()
                .get(0)
                .field();
    }

    @Test
    void localIdsAreStrippedAndTakenOnceInTheOrderGiven() {
        assertEquals(
                List.of("1", "2", "10"),
                List.copyOf(ExchangeResource.localIds(new LocalIds(List.of(" 1", "2", "1 ", "10")))));
    }

    @Test
    void aMissingBodyOrNoIdOrABlankOneIsABadRequestAtItsField() {
        assertEquals("body", field(() -> ExchangeResource.localIds(null)));
        assertEquals("localIds", field(() -> ExchangeResource.localIds(new LocalIds(null))));
        assertEquals("localIds", field(() -> ExchangeResource.localIds(new LocalIds(List.of()))));
        assertEquals("localIds", field(() -> ExchangeResource.localIds(new LocalIds(Arrays.asList("1", null)))));
        assertEquals("localIds", field(() -> ExchangeResource.localIds(new LocalIds(List.of("1", " ")))));
        assertEquals(
                "localIds",
                field(() -> ExchangeResource.localIds(
                        new LocalIds(Collections.nCopies(ExchangeResource.MAX_IDS + 1, "1")))));
    }

    @Test
    void sharingAndWithdrawingAnswerHowManyChanged() {
        assertEquals(
                new ExchangeResource.Shared(2), resource.share("events.event", new LocalIds(List.of("1", "2", "2"))));
        assertEquals(new ExchangeResource.Withdrawn(1), resource.withdraw("events.event", new LocalIds(List.of("1"))));
        assertEquals(List.of("share", "withdraw"), exchange.calls);
        assertEquals(List.of("events.event", List.of("1", "2"), "events.event", List.of("1")), exchange.arguments);
    }

    @Test
    void aDecisionIsOneOfTheResolutionsInAnyCase() {
        assertEquals(Resolution.TAKE_THEIRS, ExchangeResource.resolution(new Decision("take_theirs")));
        assertEquals(Resolution.KEEP_OURS, ExchangeResource.resolution(new Decision("KEEP_OURS")));
        assertEquals("body", field(() -> ExchangeResource.resolution(null)));
        assertEquals("resolution", field(() -> ExchangeResource.resolution(new Decision(null))));
        assertEquals("resolution", field(() -> ExchangeResource.resolution(new Decision("maybe"))));

        assertEquals(204, resource.resolve(7, new Decision("keep_ours")).getStatus());
        assertEquals(List.of(7L, Resolution.KEEP_OURS), exchange.arguments);
    }

    @Test
    void candidatesNeedAKindAndALimitWithinAPage() {
        assertEquals("type", field(() -> resource.candidates(" ", "祭り", 50)));
        resource.candidates(" events.event ", null, 20);
        assertEquals(List.of("events.event", "", 20), exchange.arguments);
        assertEquals("limit", field(() -> resource.candidates("events.event", "", 0)));
        assertEquals("limit", field(() -> resource.candidates("events.event", "", PageRequest.MAX_LIMIT + 1)));
    }

    @Test
    void filtersAreReadAsTheServicesQueriesAndAnUnknownConstantIsABadRequest() {
        resource.received("141305", "events.event", "conflict", "祭り", 50, 25);
        assertEquals(
                List.of(
                        new ReceivedQuery("141305", "events.event", ReceivedStatus.CONFLICT, "祭り"),
                        new PageRequest(50, 25, List.of())),
                exchange.arguments);
        assertEquals("status", field(() -> resource.received(null, null, "lost", null, 0, 50)));

        exchange.arguments.clear();
        resource.log(null, "in", "rejected", 0, 50);
        assertEquals(new LogQuery("", Direction.IN, Outcome.REJECTED), exchange.arguments.get(0));
        assertEquals("direction", field(() -> resource.log(null, "sideways", null, 0, 50)));
    }

    @Test
    void changesAnswerTheirStatus() {
        assertEquals(
                201,
                resource.register(new PeerDraft("141305", "https://k.example", "BBBB", true))
                        .getStatus());
        assertEquals(204, resource.remove("141305").getStatus());
        assertEquals(202, resource.sync().getStatus());
        assertEquals("body", field(() -> resource.register(null)));
        assertEquals("body", field(() -> resource.configure(null)));
        assertEquals(Set.of("register", "remove", "syncNow"), Set.copyOf(exchange.calls));
    }
}
