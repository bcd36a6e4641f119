package steward.web;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One place that turns errors into answers: {@code application/problem+json} under /api, a page in the
 * user's language elsewhere. Never a stack trace.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(int status, String title, String text);
    }

    @Inject
    HttpServerRequest request;

    @Inject
    UiContext ui;

    @ServerExceptionMapper
    Response invalid(InvalidInput e) {
        if (isApi()) {
            return Problem.invalid(e.fieldErrors());
        }
        return page(400, e.getMessage(), String.join(" ", e.fieldErrors().values()));
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e) {
        var errors = new java.util.LinkedHashMap<String, String>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            errors.putIfAbsent(field, v.getMessage());
        });
        return invalid(new InvalidInput(errors));
    }

    /** Malformed JSON, or a value of the wrong type: 400 naming the field where Jackson knows it. */
    @ServerExceptionMapper
    Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        String field = "body";
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            var reference = mapping.getPath().get(0);
            field = reference.getFieldName() != null ? reference.getFieldName() : field;
        }
        return Problem.invalid(java.util.Map.of(field, "Not readable as JSON of the expected shape"));
    }

    /** A value of the wrong type ({@code "texts": 5}): the same 400 problem, not Jackson's own answer. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        if (isApi()) {
            return Problem.response(403, "Forbidden", "Your role does not allow this.");
        }
        Messages msg = ui.messages();
        return page(403, msg.error_forbidden_title(), msg.error_forbidden_text());
    }

    @ServerExceptionMapper
    Response unauthorized(UnauthorizedException e) {
        if (isApi()) {
            return Response.fromResponse(Problem.response(401, "Unauthorized", "Sign in first."))
                    .header("WWW-Authenticate", "Basic realm=\"Steward\", Bearer").build();
        }
        return Response.seeOther(java.net.URI.create("/login")).build();
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        if (isApi()) {
            return Problem.response(404, "Not Found", "No such resource in your sites.");
        }
        Messages msg = ui.messages();
        return page(404, msg.error_not_found_title(), msg.error_not_found_text());
    }

    @ServerExceptionMapper
    Response illegalTransition(IllegalTransition e) {
        if (isApi()) {
            return Problem.response(409, "Conflict", e.getMessage());
        }
        return page(409, e.getMessage(), "");
    }

    @ServerExceptionMapper
    Response optimisticLock(OptimisticLockException e) {
        return Problem.response(409, "Conflict", "Someone else changed this a moment ago. Reload and try again.");
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (isApi()) {
            String reason = e.getResponse().getStatusInfo().getReasonPhrase();
            return Problem.response(status, reason, e.getMessage());
        }
        return e.getResponse();
    }

    @ServerExceptionMapper(priority = 10_000)
    Response unexpected(Throwable e) {
        LOG.error("Unexpected error on " + request.method() + " " + request.path(), e);
        if (isApi()) {
            return Problem.response(500, "Internal Server Error", "The server could not complete the request.");
        }
        return page(500, ui.messages().error_server(), "");
    }

    private boolean isApi() {
        return request.path().startsWith("/api/");
    }

    private Response page(int status, String title, String text) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, text).render()).build();
    }
}
