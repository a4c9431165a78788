package jp.kyodo.exchange.ui.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.kyodo.exchange.ExchangeRefusedException;
import jp.kyodo.exchange.ui.internal.rest.PublicExchangeResource.PublicIdentity;
import jp.kyodo.exchange.ui.internal.rest.PublicExchangeResource.Refusal;
import org.junit.jupiter.api.Test;

class PublicExchangeResourceTest {

    private static final int MAX = PublicExchangeResource.MAX_MESSAGE_BYTES;

    private final FakeExchange exchange = new FakeExchange();
    private final PublicExchangeResource resource = new PublicExchangeResource(exchange.services());

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code size} bytes of {@code a}, made as they are read. */
    private static InputStream bytes(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return 'a';
            }
        };
    }

    @Test
    void aMessageGoesToTheInboxWithTheSendersAddressAndTheReceiptIsAnsweredAsJose() {
        Response answer = resource.accept(text("eyJh.eyJi.c2ln\n"), 15, "192.0.2.7", Locale.JAPANESE);

        assertEquals(200, answer.getStatus());
        assertEquals("receipt.jws.sig", answer.getEntity());
        assertEquals(PublicExchangeResource.JOSE, answer.getMediaType().toString());
        assertEquals(List.of("accept"), exchange.calls);
        assertEquals(List.of("eyJh.eyJi.c2ln", "192.0.2.7"), exchange.arguments);
    }

    @Test
    void aRefusalIsAnsweredWithItsStatusAndCodeInTheShellsErrorShapeAndRetryAfterWhenGiven() {
        exchange.refusal = new ExchangeRefusedException("busy", 503, "混み合っています", 30);

        Response busy = resource.accept(text("m"), -1, "", Locale.JAPANESE);

        assertEquals(503, busy.getStatus());
        assertEquals("application/json;charset=UTF-8", busy.getMediaType().toString());
        assertEquals(new Refusal("busy", "混み合っています", List.of()), busy.getEntity());
        assertEquals("30", busy.getHeaderString("Retry-After"));

        exchange.refusal = new ExchangeRefusedException("bad-signature", 401, "署名を検証できません");
        Response unsigned = resource.accept(text("m"), -1, "", Locale.JAPANESE);

        assertEquals(401, unsigned.getStatus());
        assertEquals("bad-signature", ((Refusal) unsigned.getEntity()).error());
        assertNull(unsigned.getHeaderString("Retry-After"));
    }

    @Test
    void aMessageDeclaredLargerThanTheLimitIsRefusedUnread() {
        InputStream never = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read a message declared too large");
            }
        };

        Response answer = resource.accept(never, MAX + 1L, "192.0.2.7", Locale.ENGLISH);

        assertEquals(413, answer.getStatus());
        Refusal r = (Refusal) answer.getEntity();
        assertEquals("too-large", r.error());
        assertEquals("The message is too large (at most 16 MiB)", r.message());
        // refused unread, and still in the message log with its size and sender
        assertEquals(List.of("tooLarge"), exchange.calls);
        assertEquals(List.of(MAX + 1L, (long) MAX, "192.0.2.7"), exchange.arguments);
    }

    @Test
    void aMessageLargerThanTheLimitIsRefusedWhateverItsDeclaredLength() {
        Response undeclared = resource.accept(bytes(MAX + 1L), -1, "", Locale.JAPANESE);
        Response understated = resource.accept(bytes(MAX + 100L), 10, "", Locale.JAPANESE);

        assertEquals(413, undeclared.getStatus());
        assertEquals(413, understated.getStatus());
        assertEquals("メッセージが大きすぎます（16 MiB まで）", ((Refusal) undeclared.getEntity()).message());
        assertEquals(List.of("tooLarge", "tooLarge"), exchange.calls);
        assertEquals(MAX + 1L, exchange.arguments.get(0));
    }

    @Test
    void aMessageOfExactlyTheLimitIsRead() throws Exception {
        assertEquals(MAX, PublicExchangeResource.read(bytes(MAX), MAX).length());
        assertThrows(PublicExchangeResource.TooLarge.class, () -> PublicExchangeResource.read(bytes(MAX + 1L), -1));
    }

    @Test
    void theIdentityForNeighboursHasTheCodeNameAndKeyOnly() {
        assertEquals(new PublicIdentity("112038", "川口市", "k1", "AAAA"), resource.identity());
    }
}
