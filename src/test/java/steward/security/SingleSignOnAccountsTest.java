package steward.security;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/**
 * Single sign-on against the OIDC server stub's tokens: a bearer token must be meant for Steward (its audience);
 * the account is the provider's user (issuer and subject), never a local account of the same name; roles and sites
 * are the token's on every request. (steward.security.KeycloakSingleSignOnTest shows the same with a real Keycloak.)
 */
@QuarkusTest
class SingleSignOnAccountsTest {

    @Inject
    TestSites sites;

    @BeforeEach
    void setUp() {
        sites.ensure();
    }

    private static String token(String name, String subject, Set<String> groups, Set<String> audience,
            Map<String, String> claims) {
        return OidcWiremockTestResource.generateJwtToken(name, groups, subject, "Bearer", audience, claims);
    }

    @Test
    void aBearerTokenIssuedForAnotherClientIsRefused() {
        String subject = "audience-" + ThreadLocalRandom.current().nextInt(1 << 30);
        String forUs = token("audience-user", subject, Set.of("desk"), Set.of("quarkus-web-app"), Map.of());
        String forAnother = token("audience-user", subject, Set.of("desk"), Set.of("another-client"), Map.of());
        String forNobody = token("audience-user", subject, Set.of("desk"), Set.of(), Map.of());
        Api.anonymous().auth().oauth2(forUs).get("/api/v1/residents?q=王").then().statusCode(200);
        Api.anonymous().auth().oauth2(forAnother).get("/api/v1/residents?q=王").then().statusCode(401);
        Api.anonymous().auth().oauth2(forNobody).get("/api/v1/residents?q=王").then().statusCode(401);
    }

    /**
     * A provider's user named "supervisor", as a local account is: the token gets an account of its own (desk
     * rights, as its groups say), and what it does is recorded under that account, not the local supervisor's.
     */
    @Test
    void aProviderUserNamedLikeALocalAccountGetsAnAccountOfItsOwn() {
        String subject = "namesake-" + ThreadLocalRandom.current().nextInt(1 << 30);
        String token = token("supervisor", subject, Set.of("desk"), Set.of("quarkus-web-app"),
                Map.of("sites", TestSites.SITE_A));
        Api.anonymous().auth().oauth2(token).get("/api/v1/audit").then().statusCode(403);
        long chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        String receivedBy = Api.anonymous().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("residentId", chen, "channel", "PHONE", "category", "NOISE", "severity", "LOW",
                        "description", "同名的單一登入使用者"))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath().getString("receivedBy");

        Account local = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("supervisor"));
        assertEquals(SignInMethod.PASSWORD, local.signIn);
        assertNull(local.ssoSubject, "the local account is not bound to the token");
        assertEquals(List.of(Roles.SUPERVISOR), local.roleList());
        Account theirs = QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("ssoSubject", subject)
                .firstResult());
        assertEquals("https://server.example.com", theirs.ssoIssuer);
        assertEquals(SignInMethod.SINGLE_SIGN_ON, theirs.signIn);
        assertEquals(theirs.username, receivedBy, "recorded under the provider's user");
        org.junit.jupiter.api.Assertions.assertNotEquals("supervisor", theirs.username);
        // The local supervisor signs in with its password as before.
        Api.as("supervisor").get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void rolesAndSitesAreTheTokensOnEveryRequest() {
        String subject = "moving-" + ThreadLocalRandom.current().nextInt(1 << 30);
        String name = "moving-" + subject.hashCode();
        String atA = token(name, subject, Set.of("supervisor"), Set.of("quarkus-web-app"),
                Map.of("sites", TestSites.SITE_A));
        Api.anonymous().auth().oauth2(atA).get("/api/v1/residents?q=陳大文").then().statusCode(200)
                .body("name", hasItem("陳大文"));
        Api.anonymous().auth().oauth2(atA).get("/api/v1/audit").then().statusCode(200);

        // The provider moved the user to site B and made them desk staff: the next token says so.
        String atB = token(name, subject, Set.of("desk"), Set.of("quarkus-web-app"), Map.of("sites", TestSites.SITE_B));
        Api.anonymous().auth().oauth2(atB).get("/api/v1/residents?q=陳大文").then().statusCode(200)
                .body("name", not(hasItem("陳大文")));
        Api.anonymous().auth().oauth2(atB).get("/api/v1/residents?q=王五").then().statusCode(200)
                .body("name", hasItem("王五"));
        Api.anonymous().auth().oauth2(atB).get("/api/v1/audit").then().statusCode(403);
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.<Account>find(
                "select a from Account a left join fetch a.siteIds where a.ssoSubject = ?1", subject).singleResult());
        assertEquals(List.of(Roles.DESK), account.roleList());
        assertEquals(Set.of(steward.resident.Site.findByCode(TestSites.SITE_B).id), account.siteIds);
    }
}
