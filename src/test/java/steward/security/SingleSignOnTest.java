package steward.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/** Single sign-on against the OIDC server stub: bearer tokens for /api, the code flow for pages. */
@QuarkusTest
class SingleSignOnTest {

    @Inject
    TestSites sites;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @Test
    void bearerTokensCarryTheirRolesFromTheGroupsClaim() {
        String desk = OidcWiremockTestResource.getAccessToken("sso-desk", Set.of("desk"));
        Api.anonymous().auth().oauth2(desk).queryParam("q", "陳").get("/api/v1/residents")
                .then().statusCode(200).body("name", hasItem("陳大文"));
        Api.anonymous().auth().oauth2(desk).get("/api/v1/audit").then().statusCode(403);

        String supervisor = OidcWiremockTestResource.getAccessToken("sso-supervisor", Set.of("supervisor"));
        Api.anonymous().auth().oauth2(supervisor).get("/api/v1/audit").then().statusCode(200);

        Api.anonymous().auth().oauth2("not-a-token").get("/api/v1/residents?q=陳").then().statusCode(401);
    }

    @Test
    void theCodeFlowSignsAUserInToThePages() {
        Map<String, String> cookies = new HashMap<>();
        Response start = Api.anonymous().get("/sso/login");
        assertEquals(302, start.statusCode());
        cookies.putAll(start.cookies());
        String authorize = start.header("Location");
        assertTrue(authorize.contains("/realms/quarkus"), authorize);

        Document form = Jsoup.parse(Api.anonymous().urlEncodingEnabled(false).get(authorize).asString());
        String state = form.selectFirst("#state").attr("value");
        String redirectUri = form.selectFirst("#redirect_uri").attr("value");
        String loginAction = authorize.substring(0, authorize.indexOf("/auth/realms")) + "/login";
        Response login = Api.anonymous().urlEncodingEnabled(true).queryParam("username", "alice").queryParam("password", "alice")
                .queryParam("state", state).queryParam("redirect_uri", redirectUri).get(loginAction);
        assertEquals(302, login.statusCode());

        // The provider sends the browser back with a URL that is already encoded: send it as it is.
        Response callback = Api.anonymous().urlEncodingEnabled(false).cookies(cookies).get(login.header("Location"));
        assertEquals(302, callback.statusCode(), callback.asString());
        cookies.putAll(callback.cookies());
        assertTrue(cookies.containsKey("q_session"), cookies.keySet().toString());

        Response home = Api.anonymous().cookies(cookies).get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.asString().contains("alice"));
        Api.anonymous().cookies(cookies).get("/residents?q=陳大文").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("陳大文"));
        // alice is an admin in the stub's tokens, so the audit page is hers; her account was provisioned on
        // site A (steward.oidc.default-sites), which is why she found 陳大文 above.
        Api.anonymous().cookies(cookies).get("/audit").then().statusCode(200);
    }
}
