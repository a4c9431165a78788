package jp.kyodo.exchange.ui.internal.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.exchange.ExchangeRefusedException;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.ui.internal.ExchangeServices;
import jp.kyodo.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the neighbouring cities reach this one, without sign-in, under {@code /api/v1/public/exchange/}: they post
 * their signed messages (JWS compact, {@code application/jose}) and are answered with a signed receipt; their
 * administrators read the code, name and public key they register this city with. Nobody is in the security
 * context: the inbox decides on the signature alone, and a refusal is answered with its status and code in the
 * shell's error shape, so that the sending city knows whether to try again.
 */
@Component(
        service = Object.class,
        property = {
            RestResources.PATH + "=exchange",
            RestResources.PUBLIC + "=true",
            RestResources.PUBLIC_WRITES + "=true"
        })
@Produces(MediaType.APPLICATION_JSON)
public final class PublicExchangeResource {

    /** A signed message's media type (RFC 7515). */
    public static final String JOSE = "application/jose";

    /** The largest message read; a larger one is refused before the inbox sees it. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /** This city as a neighbour's administrator registers it: no personal data. */
    public record PublicIdentity(String municipalityCode, String municipalityName, String keyId, String publicKey) {}

    /** A refusal in the shell's error shape ({@code fields} always empty here). */
    public record Refusal(String error, String message, List<Object> fields) {}

    private static final Logger LOG = LoggerFactory.getLogger(PublicExchangeResource.class);
    private static final MessageCatalog M =
            MessageCatalog.of(PublicExchangeResource.class, "jp.kyodo.exchange.ui.internal.rest.messages");

    private final ExchangeServices services;

    @Activate
    public PublicExchangeResource(@Reference ExchangeServices services) {
        this.services = services;
    }

    /** A neighbour's message; 200 with the signed receipt, or the refusal's status and code. */
    @POST
    @Path("messages")
    @Consumes({JOSE, MediaType.TEXT_PLAIN})
    @Produces({JOSE, MediaType.APPLICATION_JSON})
    public Response messages(InputStream body, @Context HttpHeaders headers, @Context HttpServletRequest request) {
        String address = request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
        return accept(body, headers == null ? -1 : headers.getLength(), address, RestResources.language(headers));
    }

    @GET
    @Path("identity")
    public PublicIdentity identity() {
        Identity me = services.peers().identity();
        return new PublicIdentity(me.municipalityCode(), me.municipalityName(), me.keyId(), me.publicKey());
    }

    /**
     * Reads the message (at most {@value #MAX_MESSAGE_BYTES} bytes, whatever the declared length says) and hands it
     * to the inbox.
     *
     * @param declaredLength the request's {@code Content-Length}; -1 when not given
     */
    Response accept(InputStream body, long declaredLength, String remoteAddress, Locale language) {
        String message;
        try {
            message = read(body, declaredLength);
        } catch (TooLarge e) {
            ExchangeRefusedException refused = services.inbox().tooLarge(e.bytes, MAX_MESSAGE_BYTES, remoteAddress);
            return refusal(
                    refused.status(),
                    refused.code(),
                    M.get("public.tooLarge", MAX_MESSAGE_BYTES / (1024 * 1024)).in(language),
                    0);
        } catch (IOException e) {
            LOG.info("A message from {} could not be read: {}", remoteAddress, e.getMessage());
            return refusal(400, "malformed", M.get("public.unreadable").in(language), 0);
        }
        try {
            String receipt = services.inbox().accept(message, remoteAddress);
            return Response.ok(receipt, JOSE).build();
        } catch (ExchangeRefusedException e) {
            return refusal(e.status(), e.code(), e.message(language), e.retryAfterSeconds());
        }
    }

    /**
     * The body as UTF-8 text without surrounding white space (a message typed into a file ends with a line break;
     * the compact serialization has none).
     *
     * @throws TooLarge when the declared length or the bytes read exceed {@value #MAX_MESSAGE_BYTES}
     */
    static String read(InputStream body, long declaredLength) throws IOException {
        if (declaredLength > MAX_MESSAGE_BYTES) {
            throw new TooLarge(declaredLength);
        }
        if (body == null) {
            return "";
        }
        byte[] bytes = body.readNBytes(MAX_MESSAGE_BYTES + 1);
        if (bytes.length > MAX_MESSAGE_BYTES) {
            throw new TooLarge(bytes.length);
        }
        return new String(bytes, StandardCharsets.UTF_8).strip();
    }

    static Response refusal(int status, String code, String message, int retryAfterSeconds) {
        Response.ResponseBuilder answer = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Refusal(code, message, List.of()));
        if (retryAfterSeconds > 0) {
            answer.header("Retry-After", Integer.toString(retryAfterSeconds));
        }
        return answer.build();
    }

    /** A message above the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        /** As declared, or as far as read. */
        final long bytes;

        TooLarge(long bytes) {
            super("message larger than " + MAX_MESSAGE_BYTES + " bytes");
            this.bytes = bytes;
        }
    }
}
