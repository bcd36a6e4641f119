package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * Request forgery: a page of another site cannot make a signed-in browser change anything. A page post that is not a
 * form ({@code <form enctype="text/plain">}) is refused before any work (415); the JSON API of a browser signed in by
 * its cookie needs the CSRF token in a header (HTTP Basic and bearer clients do not); signing in and out need the
 * token too; a request the browser marks as coming from another site (a sibling host) is refused; every cookie
 * says SameSite.
 */
@QuarkusTest
class CrossSiteRequestTest {

    @Inject
    TestSites sites;

    long chen;

    @BeforeEach
    void setUp() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    /** The attack of the finding: 700 TWD approved from another site's page, as text/plain, by the session cookie. */
    @Test
    void aTextPlainPostOnAMoneyRouteIsRefusedBeforeAnyWork() {
        long complaint = complaint();
        long compensation = Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("kind", "CREDIT", "amount", "700.00", "note", "跨站測試")).post("/api/v1/complaints/"
                        + complaint + "/compensations").then().statusCode(201).extract().jsonPath().getLong("id");
        Browser supervisor = Browser.signIn("supervisor");
        String approve = "/complaints/" + complaint + "/compensations/" + compensation + "/approve";

        Response forged = supervisor.request().header("Origin", "https://evil.example")
                .contentType("text/plain").body("x=1").post(approve);
        assertEquals(415, forged.statusCode(), forged.asString());
        Response json = supervisor.request().contentType(ContentType.JSON).body("{}").post(approve);
        assertEquals(415, json.statusCode(), "nor a script's JSON to a page");
        assertEquals("PROPOSED", state(complaint, compensation), "nothing approved");

        // The page's own form, with its token, still works.
        Response form = supervisor.request().formParam("csrf-token", supervisor.csrfToken()).post(approve);
        assertEquals(303, form.statusCode(), form.asString());
        assertEquals("APPROVED", state(complaint, compensation));
    }

    @Test
    void theJsonApiOfABrowserSignedInByItsCookieNeedsTheToken() {
        long kept = promise();
        long other = promise();
        Browser desk = Browser.signIn("desk");

        Response withoutToken = desk.request().contentType(ContentType.JSON).accept(ContentType.JSON)
                .post("/api/v1/promises/" + kept + "/kept");
        assertEquals(403, withoutToken.statusCode(), withoutToken.asString());
        assertEquals("application/problem+json", withoutToken.contentType());
        Response wrongToken = desk.request().header("X-CSRF-TOKEN", "forged").contentType(ContentType.JSON)
                .post("/api/v1/promises/" + kept + "/kept");
        assertEquals(403, wrongToken.statusCode());
        assertEquals("OPEN", promiseState(kept));

        desk.request().header("X-CSRF-TOKEN", desk.csrfToken()).contentType(ContentType.JSON)
                .post("/api/v1/promises/" + kept + "/kept").then().statusCode(200);
        assertEquals("KEPT", promiseState(kept));

        // Clients that sign every request themselves need no token: a page cannot make a browser send these.
        Api.as("desk").contentType(ContentType.JSON).post("/api/v1/promises/" + other + "/kept").then().statusCode(200);
        String bearer = OidcWiremockTestResource.generateJwtToken("csrf-bearer", Set.of("desk"), "csrf-bearer-subject",
                "Bearer", Set.of("quarkus-web-app"));
        Api.anonymous().auth().oauth2(bearer).contentType(ContentType.JSON)
                .body(Map.of("residentId", chen, "channel", "PHONE", "category", "NOISE", "severity", "LOW",
                        "description", "以權杖送出"))
                .post("/api/v1/complaints").then().statusCode(201);
    }

    @Test
    void signingInAndOutNeedTheToken() {
        Response signIn = Api.anonymous().formParam("j_username", "desk").formParam("j_password", TestSites.PASSWORD)
                .post("/j_security_check");
        assertEquals(400, signIn.statusCode(), "no token, no sign-in");
        assertFalse(signIn.cookies().containsKey("steward-session"));
        Browser page = Browser.atTheSignInPage();
        Response forged = page.request().formParam("csrf-token", "forged").formParam("j_username", "desk")
                .formParam("j_password", TestSites.PASSWORD).post("/j_security_check");
        assertEquals(400, forged.statusCode());

        Browser desk = Browser.signIn(sites.freshAccount(Roles.DESK));
        assertEquals(400, desk.request().formParam("note", "x").post("/logout").statusCode(), "a form without it");
        assertEquals(400, desk.request().post("/logout").statusCode(), "an empty post without it");
        assertEquals(415, desk.request().contentType("text/plain").body("x").post("/logout").statusCode());
        assertEquals(200, desk.get("/residents").statusCode(), "still signed in");
    }

    /** A sibling host (same site, another origin) is exactly what SameSite=Lax lets through: the browser says so. */
    @Test
    void aRequestTheBrowserMarksAsFromAnotherSiteIsRefused() {
        long promise = promise();
        Browser desk = Browser.signIn("desk");
        String token = desk.csrfToken();
        for (String site : List.of("same-site", "cross-site")) {
            Response answer = desk.request().header("Sec-Fetch-Site", site).header("X-CSRF-TOKEN", token)
                    .contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept");
            assertEquals(403, answer.statusCode(), site);
            Response form = desk.request().header("Sec-Fetch-Site", site).formParam("csrf-token", token)
                    .post("/promises/" + promise + "/kept");
            assertEquals(403, form.statusCode(), site);
        }
        assertEquals("OPEN", promiseState(promise));
        desk.request().header("Sec-Fetch-Site", "same-origin").header("X-CSRF-TOKEN", token)
                .contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then().statusCode(200);
    }

    @Test
    void everyCookieSaysSameSite() {
        List<String> setCookies = new ArrayList<>();
        Browser browser = Browser.atTheSignInPage();
        setCookies.addAll(Api.anonymous().get("/login").headers().getValues("Set-Cookie"));
        setCookies.addAll(browser.signInForm("desk", TestSites.PASSWORD, request -> request).headers()
                .getValues("Set-Cookie"));
        setCookies.addAll(browser.get("/").headers().getValues("Set-Cookie"));
        setCookies.addAll(browser.request().formParam("csrf-token", browser.csrfToken()).formParam("lang", "en")
                .formParam("back", "/desk").post("/language").headers().getValues("Set-Cookie"));
        setCookies.addAll(browser.request().formParam("csrf-token", browser.csrfToken()).post("/logout").headers()
                .getValues("Set-Cookie"));
        assertTrue(setCookies.size() >= 4, setCookies.toString());
        for (String cookie : setCookies) {
            assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite="), cookie);
        }
    }

    private long complaint() {
        return Api.as("service").contentType(ContentType.JSON).body(Map.of("residentId", chen, "channel", "DESK",
                "category", "NOISE", "severity", "MEDIUM", "description", "跨站請求測試")).post("/api/v1/complaints")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The promises made here, by promise: the complaint it was made on. */
    private final Map<Long, Long> complaintOf = new java.util.HashMap<>();

    private long promise() {
        long complaint = complaint();
        long promise = Api.as("desk").contentType(ContentType.JSON).body(Map.of("what", "回電", "dueAt",
                Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post("/api/v1/complaints/" + complaint + "/promises").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        complaintOf.put(promise, complaint);
        return promise;
    }

    private static String state(long complaint, long compensation) {
        return Api.as("supervisor").get("/api/v1/complaints/" + complaint).jsonPath()
                .getString("compensations.find { it.id == " + compensation + " }.state");
    }

    private String promiseState(long promise) {
        return Api.as("supervisor").get("/api/v1/complaints/" + complaintOf.get(promise)).jsonPath()
                .getString("promises.find { it.id == " + promise + " }.state");
    }
}
