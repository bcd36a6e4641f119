package steward.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** htmx conventions: a request with {@code HX-Request: true} gets the fragment, others the full page. */
@RequestScoped
public class Htmx {

    public static final String REQUEST_HEADER = "HX-Request";

    @Inject
    HttpServerRequest request;

    public boolean isRequest() {
        return isRequest(request);
    }

    public static boolean isRequest(HttpServerRequest request) {
        return "true".equalsIgnoreCase(request.getHeader(REQUEST_HEADER));
    }
}
