package steward.telephony;

import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.security.Roles;
import steward.security.SiteScope;

/**
 * How the site's phone system signs in: {@code Authorization: Bearer <token>} on its events route only
 * ({@code quarkus.http.auth.permission.phone-system} selects this mechanism for {@code /api/v1/telephony/*}), the
 * token being the one issued to the site named in the path. It is not a session: no cookie is read or set, so the
 * route needs no CSRF token. The identity carries the site and the role {@link Roles#PHONE_SYSTEM}, nothing else.
 */
@ApplicationScoped
public class PhoneSystemAuthentication implements HttpAuthenticationMechanism {

    /** The scheme the path's permission names. */
    static final String SCHEME = "phone-system";
    private static final String PATH = "/api/v1/telephony/";

    /** What the phone system presented: its token, for the site its path names. */
    static final class TokenRequest extends BaseAuthenticationRequest {

        final String siteCode;
        final String token;

        TokenRequest(String siteCode, String token) {
            this.siteCode = siteCode;
            this.token = token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        String path = context.normalizedPath();
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || !path.startsWith(PATH)) {
            return Uni.createFrom().nullItem();
        }
        String rest = path.substring(PATH.length());
        String siteCode = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return identities.authenticate(new TokenRequest(siteCode, header.substring(7).strip()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"phone-system\""));
    }

    @Override
    public Set<Class<? extends io.quarkus.security.identity.request.AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION,
                "bearer", SCHEME));
    }

    /** Checks the token against the site's, in the database (blocking, off the I/O thread). */
    @ApplicationScoped
    static class TokenIdentityProvider implements IdentityProvider<TokenRequest> {

        @Inject
        PhoneSystemTokens tokens;

        @Override
        public Class<TokenRequest> getRequestType() {
            return TokenRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> tokens.holderOf(request.token)
                    .filter(holder -> holder.siteCode().equals(request.siteCode))
                    .map(holder -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(SCHEME + "@" + holder.siteCode()))
                            .addRole(Roles.PHONE_SYSTEM).addAttribute(SiteScope.ONE_SITE, holder.siteId()).build())
                    .orElseThrow(() -> new AuthenticationFailedException("Not this site's phone system token")));
        }
    }
}
