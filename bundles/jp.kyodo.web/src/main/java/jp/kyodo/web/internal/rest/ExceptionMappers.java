package jp.kyodo.web.internal.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Message;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.core.security.TooManyAttemptsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turn exceptions into {@link ApiError} answers, in the language the client asks for with {@code
 * Accept-Language} (English for {@code en}, otherwise Japanese).
 */
final class ExceptionMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    static final MessageCatalog MESSAGES =
            MessageCatalog.of(ExceptionMappers.class, "jp.kyodo.web.internal.rest.messages");

    private ExceptionMappers() {}

    static Locale language(HttpHeaders headers) {
        return jp.kyodo.web.RestResources.language(headers);
    }

    /** The HTTP status of a domain exception: by type, or by code for plain domain exceptions. */
    static int status(DomainException e) {
        if (e instanceof ValidationException) {
            return 400;
        }
        if (e instanceof TooManyAttemptsException || TooManyAttemptsException.CODE.equals(e.code())) {
            return 429;
        }
        if (e instanceof AccessDeniedException || AccessDeniedException.CODE.equals(e.code())) {
            return SecurityContext.current().isPresent() ? 403 : 401;
        }
        if (e instanceof NotFoundException || NotFoundException.CODE.equals(e.code())) {
            return 404;
        }
        if (e instanceof ConflictException || ConflictException.CODE.equals(e.code())) {
            return 409;
        }
        return 400;
    }

    static Response json(int status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(error)
                .build();
    }

    /** Domain exceptions: their code and message, 4xx. */
    static final class Domain implements ExceptionMapper<DomainException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(DomainException e) {
            Response answer = json(status(e), body(e, language(headers)));
            if (e instanceof TooManyAttemptsException t) {
                return Response.fromResponse(answer)
                        .header("Retry-After", t.retryAfterSeconds())
                        .build();
            }
            return answer;
        }

        static ApiError body(DomainException e, Locale locale) {
            return e instanceof ValidationException v
                    ? new ApiError(
                            v.code(),
                            v.message(locale),
                            v.errors().stream()
                                    .map(f -> new ApiError.Field(f.field(), f.message(locale)))
                                    .toList())
                    : ApiError.of(e.code(), e.message(locale));
        }
    }

    /** JAX-RS's own (no such path, wrong method, unreadable JSON …): the status, a code derived from it. */
    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String code = status.getReasonPhrase() == null
                    ? "http-" + status.getStatusCode()
                    : status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
            if (status.getStatusCode() >= 500) {
                LOG.error("REST call failed", e);
            }
            return json(
                    status.getStatusCode(),
                    ApiError.of(code, message(status.getStatusCode()).in(language(headers))));
        }

        private static Message message(int status) {
            return switch (status) {
                case 400 -> MESSAGES.get("http.400");
                case 404 -> MESSAGES.get("http.404");
                case 405 -> MESSAGES.get("http.405");
                case 406, 415 -> MESSAGES.get("http.415");
                default -> MESSAGES.get("http.other");
            };
        }
    }

    /** Anything else is a bug or an outage: logged, answered without details. */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            Locale locale = language(headers);
            if (e instanceof DomainException d) {
                return json(status(d), Domain.body(d, locale));
            }
            if (e instanceof WebApplicationException w) {
                Web web = new Web();
                web.headers = headers;
                return web.toResponse(w);
            }
            LOG.error("REST call failed", e);
            return json(500, ApiError.of("internal", MESSAGES.get("internal").in(locale)));
        }
    }
}
