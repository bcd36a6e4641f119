package steward.web;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Pages returned by resources are rendered by Qute's REST integration in the locale of the request's
 * Accept-Language; the user's choice of language must win over the browser's, so the header is replaced
 * by it before the resource runs.
 */
public class LanguageFilter {

    @Inject
    UiContext ui;

    @ServerRequestFilter
    public void useTheUsersLanguage(ContainerRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, ui.lang());
    }
}
