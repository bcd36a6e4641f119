package steward.web;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import steward.security.SecurityMessages;

/**
 * Refuses, before anyone is signed in and before a byte of the body is read, two kinds of state-changing request
 * that a page of another site can make a signed-in browser send:
 * <ul>
 * <li>one the browser marks as coming from another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site},
 * the latter being a sibling host, whose pages SameSite=Lax cookies do not stop): 403;</li>
 * <li>a page form (outside /api) whose body is not a form ({@code <form enctype="text/plain">}, or a script's
 * JSON), which quarkus-rest-csrf would not look into: 415.</li>
 * </ul>
 * The CSRF token itself is checked by quarkus-rest-csrf (forms) and {@link steward.security.SessionCsrf} (the API
 * and bodiless posts of a signed-in browser).
 */
@ApplicationScoped
public class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data");

    void register(@Observes Filters filters) {
        // Below HttpFilters (1000), whose security headers every answer carries; above authentication.
        filters.register(this::refuseForgeries, 950);
    }

    void refuseForgeries(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (SAFE_METHODS.contains(request.method().name())) {
            context.next();
            return;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            refuse(context, 403, false);
            return;
        }
        String path = context.normalizedPath();
        if (!path.startsWith("/api/") && !path.startsWith("/q/") && hasBody(request)
                && !isForm(request.getHeader("Content-Type"))) {
            refuse(context, 415, true);
            return;
        }
        context.next();
    }

    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return request.getHeader("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    }

    private static void refuse(RoutingContext context, int status, boolean notAForm) {
        HttpServerRequest request = context.request();
        String lang = UiContext.languageOf(request);
        SecurityMessages words = MessageBundles.get(SecurityMessages.class, Localized.Literal.of(lang));
        String title = notAForm ? words.forgery_not_a_form_title() : words.forgery_other_site_title();
        String text = notAForm ? words.forgery_not_a_form_text() : words.forgery_other_site_text();
        var response = context.response().setStatusCode(status);
        // The body is not read: close the connection after the answer rather than drain it.
        response.putHeader("Connection", "close");
        if (request.path().startsWith("/api/")) {
            response.putHeader("Content-Type", Problem.MEDIA_TYPE).end(new JsonObject().put("type", "about:blank")
                    .put("title", title).put("status", status).put("detail", text).encode());
        } else {
            response.putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(ErrorMappers.pageHtml(status, title, text, lang));
        }
    }
}
