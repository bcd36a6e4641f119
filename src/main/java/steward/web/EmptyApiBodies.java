package steward.web;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * An API step whose body is optional (release an item, with or without a note) may be called with no body and no
 * content type, as the document allows: such a request reads as an empty JSON body (no input) instead of a body of
 * unknown type (415). A body of another type is still refused.
 */
public class EmptyApiBodies {

    @ServerRequestFilter(preMatching = true)
    void nothingSentReadsAsEmptyJson(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean changes = HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method)
                || HttpMethod.PATCH.equals(method);
        if (changes && request.getMediaType() == null && !request.hasEntity()
                && request.getUriInfo().getPath().startsWith("/api/")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
