package steward.security;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import steward.web.Problem;
import steward.web.UiContext;

/**
 * After an administrator reset a password, the user does nothing before choosing a new one: every page leads to
 * 我的帳號 (/me), the API answers 403 but for the password change itself.
 */
public class PasswordChangeFirst {

    private static final Set<String> ALLOWED = Set.of("/me", "/me/password", "/logout", "/language", "/login",
            "/api/v1/me/password");

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Optional<Response> changeItFirst(RoutingContext routing) {
        if (!Boolean.TRUE.equals(identity.getAttribute(SessionMechanism.PASSWORD_CHANGE_REQUIRED))
                || ALLOWED.contains(routing.normalizedPath())) {
            return Optional.empty();
        }
        if (routing.normalizedPath().startsWith("/api/")) {
            SecurityMessages words = MessageBundles.get(SecurityMessages.class,
                    Localized.Literal.of(UiContext.languageOf(routing.request())));
            return Optional.of(Problem.response(403, words.password_change_first_title(),
                    words.password_change_first_api()));
        }
        return Optional.of(Response.seeOther(URI.create("/me")).build());
    }
}
