package steward.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.SecurityMessages;

/**
 * One place that turns errors into answers: {@code application/problem+json} under /api, a page in the
 * user's language elsewhere. Never a stack trace.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(int status, String title, String text, String lang);
    }

    /** An answer written by hand, where the REST layer is not there to write it (see {@link DatabaseOutageHandler}). */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    @Inject
    HttpServerRequest request;

    @Inject
    UiContext ui;

    @ServerExceptionMapper
    Response invalid(InvalidInput e) {
        if (isApi()) {
            return Problem.invalid(e.fieldErrors(ui.locale()));
        }
        return page(400, e.getMessage(), String.join(" ", e.fieldErrors(ui.locale()).values()));
    }

    /** The messages come interpolated in the request's language ({@link ValidationLocale}, see {@link InputRules}). */
    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        // Interpolated in the request's language (ValidationLocale), which is the API reader's.
        e.getConstraintViolations().forEach(v -> errors.add(Validation.field(v), Words.as(v.getMessage())));
        return invalid(errors.refusal());
    }

    /**
     * Malformed JSON (400 naming the line and column), a value of the wrong type or a text refused for what it
     * contains (400 naming the field by its path: {@code shifts[0].phone}).
     */
    @ServerExceptionMapper
    Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        steward.security.SecurityMessages words = securityWords();
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping)) {
            // Read by the parser itself: a number too large for its field, or JSON that is not JSON at all.
            String field = e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
                    ? pointerPath(parser.getParsingContext().pathAsPointer().toString())
                    : "body";
            if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
                return Problem.invalid(Map.of(field, words.json_wrong_shape()));
            }
            var location = e.getLocation();
            return Problem.invalid(Map.of(field, words.json_malformed(location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr())));
        }
        String message = e instanceof UserInput.Refused refused ? problem(refused.problem().name()).in(ui.locale())
                : words.json_wrong_shape();
        return Problem.invalid(Map.of(jsonPath(mapping), message));
    }

    /** A value of the wrong type ("partySize": "many"): Jackson's own mapper would answer plain JSON. */
    @ServerExceptionMapper
    Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    /**
     * A body that could not be read: a multipart form cut short or with a broken boundary is the client's fault
     * (400 on the body); any other failure to read is not.
     */
    @ServerExceptionMapper
    Response unreadableBody(java.io.IOException e) {
        String type = request.getHeader("Content-Type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return invalid(
                    InvalidInput.of("body", Words.of(SecurityMessages.class, SecurityMessages::form_unreadable)));
        }
        return unexpected(e);
    }

    /** Form fields or query parameters with characters no text may hold. */
    @ServerExceptionMapper
    Response refusedText(UserInput.Refusal e) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        e.problems().forEach((field, problem) -> errors.add(field, problem(problem)));
        return invalid(errors.refusal());
    }

    private static Words problem(String problem) {
        return switch (UserInput.Problem.valueOf(problem)) {
            case CONTROL_CHARACTER -> Words.of(SecurityMessages.class, SecurityMessages::text_control_character);
            case INVALID_CHARACTER -> Words.of(SecurityMessages.class, SecurityMessages::text_invalid_character);
            case DATE_OUT_OF_RANGE -> Words.of(SecurityMessages.class,
                    m -> m.date_out_of_range(UserInput.EARLIEST_YEAR, UserInput.LATEST_YEAR));
        };
    }

    /** The field as the client wrote it: {@code texts.zh-Hant.question}, {@code shifts[0].phone}. */
    static String jsonPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** A JSON pointer ({@code /shifts/0/phone}) as a field ({@code shifts[0].phone}); the root is the body. */
    static String pointerPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private steward.security.SecurityMessages securityWords() {
        return MessageBundles.get(steward.security.SecurityMessages.class, Localized.Literal.of(ui.lang()));
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
    Response conflict(Conflict e) {
        if (isApi()) {
            return Problem.response(409, "Conflict", e.message(ui.locale()));
        }
        return page(409, ui.messages().error_conflict_title(), e.message(ui.locale()));
    }

    @ServerExceptionMapper
    Response optimisticLock(OptimisticLockException e) {
        return Problem.response(409, "Conflict", "Someone else changed this a moment ago. Reload and try again.");
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            // Malformed JSON reaches us wrapped by the REST layer's reader.
            return unreadableJson(json);
        }
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
        if (DatabaseUnavailable.isCauseOf(e)) {
            return databaseUnavailable(e);
        }
        LOG.error("Unexpected error on " + request.method() + " " + request.path(), e);
        if (isApi()) {
            return Problem.response(500, "Internal Server Error", "The server could not complete the request.");
        }
        return page(500, ui.messages().error_server(), "");
    }

    /** The database went away while the request ran (its sign-in had been checked before). */
    private Response databaseUnavailable(Throwable e) {
        Answer answer = whileDatabaseUnavailable(request, ui.lang(), e);
        Response.ResponseBuilder response = Response.status(answer.status()).type(answer.contentType())
                .entity(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }

    /**
     * The one answer while the database cannot be reached, whichever layer met the failure: 503 with
     * {@code Retry-After}; a problem under /api, else a page in the user's language that says to try again
     * shortly (an htmx request reloads its page to show it, as htmx does not swap a 503). Logged as one line,
     * without a stack trace: it is the database's outage, not a fault of Steward.
     */
    static Answer whileDatabaseUnavailable(HttpServerRequest request, String lang, Throwable cause) {
        LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), rootMessage(cause));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        if (isApi(request)) {
            String body = new JsonObject().put("type", "about:blank").put("title", "Service Unavailable")
                    .put("status", 503).put("detail", "The database cannot be reached. Retry in a few seconds; "
                            + "a payment retried with the same Idempotency-Key is made at most once.")
                    .encode();
            return new Answer(503, Problem.MEDIA_TYPE, body, headers);
        }
        if (Htmx.isRequest(request)) {
            headers.put("HX-Refresh", "true");
        }
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(lang));
        String page = Templates.error(503, msg.error_unavailable_title(), msg.error_unavailable_text(), lang)
                .setLocale(Languages.locale(lang)).render();
        return new Answer(503, MediaType.TEXT_HTML + ";charset=UTF-8", page, headers);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private boolean isApi() {
        return isApi(request);
    }

    private static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    private Response page(int status, String title, String text) {
        return page(status, title, text, ui.lang());
    }

    /** The error page (a status, what happened, what to do) in the given language. */
    public static Response page(int status, String title, String text, String lang) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pageHtml(status, title, text, lang)).build();
    }

    /** The error page's HTML, for answers written where the REST layer is not there to write them. */
    public static String pageHtml(int status, String title, String text, String lang) {
        return Templates.error(status, title, text, lang).setLocale(Languages.locale(lang)).render();
    }
}
