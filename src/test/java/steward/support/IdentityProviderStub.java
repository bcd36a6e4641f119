package steward.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every test runs with single sign-on switched on, against the OIDC server of quarkus-test-oidc-server (a
 * WireMock stand-in for Keycloak that signs real JWTs). The real Keycloak comes with the production suite.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class IdentityProviderStub {

    private IdentityProviderStub() {
    }
}
