package steward.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details: what the API answers for every error. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Response response(int status, String title, String detail) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail, List.of())).build();
    }

    public static Response invalid(Map<String, String> fieldErrors) {
        List<FieldError> errors = fieldErrors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("");
        return Response.status(400).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", "Invalid input: " + String.join(", ", fieldErrors.keySet()), 400,
                        detail, errors))
                .build();
    }
}
