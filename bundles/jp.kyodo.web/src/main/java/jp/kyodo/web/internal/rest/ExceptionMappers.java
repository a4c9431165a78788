package jp.kyodo.web.internal.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turn exceptions into {@link ApiError} answers. */
final class ExceptionMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    private ExceptionMappers() {}

    /** The HTTP status of a domain exception: by type, or by code for plain domain exceptions. */
    static int status(DomainException e) {
        if (e instanceof ValidationException) {
            return 400;
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
        @Override
        public Response toResponse(DomainException e) {
            ApiError body = e instanceof ValidationException v
                    ? new ApiError(v.code(), v.getMessage(), v.errors())
                    : ApiError.of(e.code(), e.getMessage());
            return json(status(e), body);
        }
    }

    /** JAX-RS's own (no such path, wrong method, unreadable JSON …): the status, a code derived from it. */
    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String code = status.getReasonPhrase() == null
                    ? "http-" + status.getStatusCode()
                    : status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
            if (status.getStatusCode() >= 500) {
                LOG.error("REST call failed", e);
            }
            return json(status.getStatusCode(), ApiError.of(code, message(status.getStatusCode())));
        }

        private static String message(int status) {
            return switch (status) {
                case 400 -> "リクエストの形式が正しくありません";
                case 404 -> "指定されたリソースはありません";
                case 405 -> "このメソッドは使えません";
                case 406, 415 -> "この形式には対応していません（JSON を使ってください）";
                default -> "リクエストを処理できませんでした";
            };
        }
    }

    /** Anything else is a bug or an outage: logged, answered without details. */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof DomainException d) {
                return new Domain().toResponse(d);
            }
            if (e instanceof WebApplicationException w) {
                return new Web().toResponse(w);
            }
            LOG.error("REST call failed", e);
            return json(500, ApiError.of("internal", "サーバーでエラーが発生しました。管理者に連絡してください"));
        }
    }
}
