package steward.security;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/** Every endpoint of the foundation: not signed in, wrong role, another site's resident. */
@QuarkusTest
class AccessTest {

    @Inject
    TestSites sites;

    long chen;
    long otherSiteResident;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        otherSiteResident = Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "王五").get("/api/v1/residents")
                .jsonPath().getLong("[0].id");
    }

    @Test
    void pagesRedirectToSignInWhenNotSignedIn() {
        for (String page : new String[] { "/", "/residents", "/residents?q=x", "/residents/" + chen, "/audit" }) {
            var response = Api.anonymous().get(page);
            assertEquals(302, response.statusCode(), page);
            String location = response.header("Location");
            assertTrue(location.endsWith("/login") || location.contains("/realms/quarkus"), page + " → " + location);
        }
        Api.anonymous().get("/login").then().statusCode(200).body(containsString("j_security_check"));
    }

    @Test
    void theApiAnswers401WhenNotSignedIn() {
        for (String path : new String[] { "/api/v1/residents?q=王", "/api/v1/residents/" + chen, "/api/v1/units?q=5",
                "/api/v1/audit" }) {
            Api.anonymous().accept(ContentType.JSON).get(path).then().statusCode(401);
        }
        Api.anonymous().contentType(ContentType.JSON).body("{}").post("/api/v1/residents").then().statusCode(401);
        Api.anonymous().auth().preemptive().basic("desk", "wrong").get("/api/v1/residents?q=王").then().statusCode(401);
    }

    @Test
    void anHtmxRequestWithoutASessionReloadsThePageIntoTheSignIn() {
        var response = Api.anonymous().header("HX-Request", "true").get("/residents?q=王");
        assertEquals("true", response.header("HX-Refresh"));
        assertTrue(response.asString().isEmpty(), "no login form swapped into a fragment");
    }

    @Test
    void wrongRoleIs403() {
        Api.as("desk").get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
        Api.as("cashier").get("/api/v1/audit").then().statusCode(403);
        Api.as("service").get("/api/v1/audit").then().statusCode(403);
        Api.as("desk").contentType(ContentType.JSON).body("{}").post("/api/v1/residents")
                .then().statusCode(403).contentType("application/problem+json");
        Api.as("cashier").contentType(ContentType.JSON).body("{}").post("/api/v1/residents").then().statusCode(403);

        var page = Browser.signIn("desk").get("/audit");
        assertEquals(403, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.asString().contains("您沒有權限使用這個頁面"), "a page in the UI's language");
        var english = Browser.signIn("cashier").request().cookie("steward-lang", "en").get("/audit");
        assertEquals(403, english.statusCode());
        assertTrue(english.asString().contains("You do not have access to this page"));
    }

    @Test
    void anotherSitesResidentIsNotFound() {
        Api.as("desk").get("/api/v1/residents/" + otherSiteResident).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("supervisor").get("/api/v1/residents/" + otherSiteResident).then().statusCode(404);
        Browser.signIn("desk").get("/residents/" + otherSiteResident).then().statusCode(404);
        Browser.signIn("service").post("/residents/" + otherSiteResident + "/phones/0/reveal", Map.of("reason", "測試原因"))
                .then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/residents/" + chen).then().statusCode(404);
        Api.as("desk").get("/api/v1/residents/999999999").then().statusCode(404);
        Api.as("desk").get("/api/v1/residents/abc").then().statusCode(404);
    }

    @Test
    void anotherSitesAuditIsNotShown() {
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/residents/" + otherSiteResident).then().statusCode(200);
        Api.as("supervisor").queryParam("residentId", otherSiteResident).get("/api/v1/audit")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Browser service = Browser.signIn("service");
        var response = service.request().formParam("reason", "沒有權杖").post("/residents/" + chen + "/phones/0/reveal");
        assertEquals(400, response.statusCode());
        var wrong = service.request().header("X-CSRF-TOKEN", "forged").formParam("reason", "偽造權杖")
                .post("/residents/" + chen + "/phones/0/reveal");
        assertEquals(400, wrong.statusCode());
    }

    @Test
    void securityHeadersOnEveryResponse() {
        for (var response : new io.restassured.response.Response[] { Api.anonymous().get("/login"),
                Browser.signIn("desk").get("/residents"), Api.as("desk").get("/api/v1/residents?q=王") }) {
            String csp = response.header("Content-Security-Policy");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                    && !csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertTrue(response.header("Referrer-Policy") != null);
        }
        var login = Browser.atTheSignInPage().signInForm("desk", TestSites.PASSWORD, request -> request);
        String setCookie = String.join("\n", login.headers().getValues("Set-Cookie"));
        String flags = setCookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(flags.contains("steward-session=") && flags.contains("httponly") && flags.contains("samesite=lax"),
                setCookie);
    }

    @Test
    void behindTlsEveryCookieIsSecure() {
        var login = Browser.atTheSignInPage().signInForm("desk", TestSites.PASSWORD,
                request -> request.header("X-Forwarded-Proto", "https"));
        var cookies = login.headers().getValues("Set-Cookie");
        assertTrue(!cookies.isEmpty() && cookies.stream().allMatch(c -> c.contains("; Secure")), cookies.toString());
        assertTrue(login.header("Strict-Transport-Security").contains("max-age"));
    }

    @Test
    void aWrongPasswordShowsTheSignInAgain() {
        var response = Browser.atTheSignInPage().signInForm("desk", "nope", request -> request);
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").contains("/login?error"));
        Api.anonymous().get("/login?error=true").then().body(anyOf(containsString("帳號或密碼不正確")));
    }
}
