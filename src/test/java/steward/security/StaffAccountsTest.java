package steward.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.resident.Site;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * Staff accounts kept by administrators (issue 14): a created account signs in with its roles and only its sites;
 * a disabled account's sessions end at once; a password reset makes the user choose a new password; the last
 * administrator stays; only administrators manage accounts, and only those of their sites; single sign-on accounts
 * are listed with what their tokens gave them; every change is audited.
 */
@QuarkusTest
class StaffAccountsTest {

    private static final String PASSWORD = "a-password-of-some-length";

    @Inject
    TestSites sites;

    long siteA;
    long siteB;

    @BeforeEach
    void setUp() {
        sites.ensure();
        siteA = Site.findByCode(TestSites.SITE_A).id;
        siteB = Site.findByCode(TestSites.SITE_B).id;
    }

    static String username(String role) {
        return role + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    private Response create(String username, List<String> roles, List<Long> siteIds) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "林美玲",
                "password", PASSWORD, "roles", roles, "siteIds", siteIds));
        body.put("email", "mei.lin@steward.invalid");
        body.put("phone", "0912 345 678");
        return Api.as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/staff");
    }

    @Test
    void aCreatedAccountSignsInWithItsRolesAndOnlyItsSites() {
        String cashier = username("cashier");
        Response created = create(cashier, List.of("cashier"), List.of(siteA));
        assertEquals(201, created.statusCode(), created.asString());
        assertTrue(created.header("Location").endsWith("/api/v1/staff/" + cashier));
        created.then().body("displayName", equalTo("林美玲")).body("roles", equalTo(List.of("cashier")))
                .body("sites.code", equalTo(List.of(TestSites.SITE_A))).body("phone", equalTo("+886912345678"))
                .body("signIn", equalTo("PASSWORD")).body("enabled", equalTo(true));

        Browser till = Browser.signIn(cashier, PASSWORD);
        Response start = till.request().get("/");
        assertEquals("/cashier", java.net.URI.create(start.header("Location")).getPath(), "the cashier's start page");
        assertEquals(403, till.get("/audit").statusCode(), "no supervisor's page");
        Api.anonymous().auth().preemptive().basic(cashier, PASSWORD).queryParam("q", "王五").get("/api/v1/residents")
                .then().statusCode(200).body("name", not(hasItem("王五")));
        long otherSites = Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "王五").get("/api/v1/residents").jsonPath()
                .getLong("[0].id");
        Api.anonymous().auth().preemptive().basic(cashier, PASSWORD).get("/api/v1/residents/" + otherSites).then()
                .statusCode(404);

        Api.as("admin").get("/api/v1/staff").then().statusCode(200).body("username", hasItem(cashier));
        var audit = Api.as("admin").get("/api/v1/audit?action=STAFF_CREATED&actor=admin").jsonPath()
                .<String>getList("detail");
        assertTrue(audit.contains("account=" + cashier + " roles=cashier sites=" + siteA), audit.toString());

        Document list = Jsoup.parse(Browser.signIn("admin").get("/staff").asString());
        assertEquals("林美玲", list.selectFirst("tr.staff-account[data-username=" + cashier + "] a").text());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        String taken = username("desk");
        create(taken, List.of("desk"), List.of(siteA)).then().statusCode(201);
        long before = Account.count();
        Map<String, Response> refusals = new HashMap<>();
        String fresh = username("desk");
        refusals.put("password", Api.as("admin").contentType(ContentType.JSON).body(Map.of("username", fresh,
                "displayName", "林", "password", "short-pw", "roles", List.of("desk"), "siteIds", List.of(siteA)))
                .post("/api/v1/staff"));
        refusals.put("password ", Api.as("admin").contentType(ContentType.JSON).body(Map.of("username", fresh,
                "displayName", "林", "password", "my-" + fresh + "-password", "roles", List.of("desk"), "siteIds",
                List.of(siteA))).post("/api/v1/staff"));
        refusals.put("username", create(taken, List.of("desk"), List.of(siteA)));
        refusals.put("username ", create("Not Valid!", List.of("desk"), List.of(siteA)));
        refusals.put("roles", create(fresh, List.of(), List.of(siteA)));
        refusals.put("siteIds", create(fresh, List.of("desk"), List.of(siteB)));
        refusals.put("siteIds ", create(fresh, List.of("desk"), List.of()));
        refusals.put("roles[0]", Api.as("admin").contentType(ContentType.JSON).body(Map.of("username", fresh,
                "displayName", "林", "password", PASSWORD, "roles", List.of("janitor"), "siteIds", List.of(siteA)))
                .post("/api/v1/staff"));
        refusals.put("phone", Api.as("admin").contentType(ContentType.JSON).body(Map.of("username", fresh,
                "displayName", "林", "password", PASSWORD, "phone", "not a phone", "roles", List.of("desk"),
                "siteIds", List.of(siteA))).post("/api/v1/staff"));
        refusals.put("displayName", Api.as("admin").contentType(ContentType.JSON).body(Map.of("username", fresh,
                "displayName", "林\u0007美玲", "password", PASSWORD, "roles", List.of("desk"), "siteIds",
                List.of(siteA))).post("/api/v1/staff"));
        refusals.forEach((field, response) -> {
            assertEquals(400, response.statusCode(), field + ": " + response.asString());
            assertEquals(field.strip(), response.jsonPath().getString("errors[0].field"), response.asString());
        });
        assertEquals(before, Account.count(), "nothing stored");
        // In the user's language: the refusal of the page is next to the field.
        Browser admin = Browser.signIn("admin");
        Response page = admin.request().formParam("csrf-token", admin.csrfToken()).formParam("username", fresh)
                .formParam("displayName", "林").formParam("password", "short").formParam("roles", "desk")
                .formParam("siteIds", String.valueOf(siteA)).post("/staff");
        assertEquals(400, page.statusCode());
        Document form = Jsoup.parse(page.asString());
        assertEquals("密碼至少 12 個字元,最多 128 個字元", form.selectFirst("input[name=password] + *, "
                + "label:has(input[name=password]) + .field-error").text());
    }

    @Test
    void aDisabledAccountsSessionsEndAtOnceAndItSignsInAgainWhenEnabled() {
        String desk = username("desk");
        create(desk, List.of("desk"), List.of(siteA)).then().statusCode(201);
        Browser tablet = Browser.signIn(desk, PASSWORD);
        assertEquals(200, tablet.get("/residents").statusCode());
        Api.anonymous().auth().preemptive().basic(desk, PASSWORD).get("/api/v1/residents?q=王").then().statusCode(200);

        Api.as("admin").contentType(ContentType.JSON).post("/api/v1/staff/" + desk + "/disable").then()
                .statusCode(200).body("enabled", equalTo(false));
        assertEquals(302, tablet.request().get("/residents").statusCode(), "the tablet is signed out at once");
        Api.anonymous().auth().preemptive().basic(desk, PASSWORD).get("/api/v1/residents?q=王").then().statusCode(401);
        assertTrue(Browser.atTheSignInPage().signInForm(desk, PASSWORD, r -> r).header("Location").contains("error"));

        Api.as("admin").contentType(ContentType.JSON).post("/api/v1/staff/" + desk + "/enable").then()
                .statusCode(200).body("enabled", equalTo(true));
        assertEquals(200, Browser.signIn(desk, PASSWORD).get("/residents").statusCode());
        var actions = Api.as("admin").get("/api/v1/audit?actor=admin").jsonPath()
                .<Map<String, Object>>getList("findAll { it.detail?.startsWith('account=" + desk + " enabled') }")
                .stream().map(e -> e.get("action")).toList();
        assertEquals(List.of("STAFF_ENABLED", "STAFF_DISABLED"), actions);
    }

    @Test
    void aPasswordResetMakesTheUserChooseANewPasswordFirst() {
        String service = username("service");
        create(service, List.of("service"), List.of(siteA)).then().statusCode(201);
        Browser before = Browser.signIn(service, PASSWORD);

        Response reset = Api.as("admin").contentType(ContentType.JSON).post("/api/v1/staff/" + service
                + "/password-reset");
        reset.then().statusCode(200).body("username", equalTo(service));
        String temporary = reset.jsonPath().getString("temporaryPassword");
        assertTrue(temporary.length() >= 12, temporary);
        assertEquals(302, before.request().get("/residents").statusCode(), "its sessions ended");
        Api.anonymous().auth().preemptive().basic(service, PASSWORD).get("/api/v1/residents?q=王").then()
                .statusCode(401);

        Browser tablet = Browser.atTheSignInPage();
        Response signIn = tablet.signInForm(service, temporary, r -> r);
        assertEquals("/me", java.net.URI.create(signIn.header("Location")).getPath(), "straight to a new password");
        Response elsewhere = tablet.request().get("/complaints");
        assertEquals(303, elsewhere.statusCode());
        assertTrue(elsewhere.header("Location").endsWith("/me"));
        Api.anonymous().auth().preemptive().basic(service, temporary).get("/api/v1/residents?q=王").then()
                .statusCode(403);
        Document page = Jsoup.parse(tablet.get("/me").asString());
        assertTrue(page.select("input[name=currentPassword]").isEmpty(), "no current password asked after a reset");

        String token = Jsoup.parse(tablet.get("/me").asString()).selectFirst("meta[name=csrf-token]").attr("content");
        Response tooShort = tablet.request().formParam("csrf-token", token).formParam("password", "short")
                .formParam("confirm", "short").post("/me/password");
        assertEquals(400, tooShort.statusCode());
        Response withName = tablet.request().formParam("csrf-token", token).formParam("password", service + "-2026!")
                .formParam("confirm", service + "-2026!").post("/me/password");
        assertEquals(400, withName.statusCode());
        String chosen = "my very own pass phrase";
        Response changed = tablet.request().formParam("csrf-token", token).formParam("password", chosen)
                .formParam("confirm", chosen).post("/me/password");
        assertEquals(303, changed.statusCode(), changed.asString());
        assertEquals(200, tablet.get("/complaints").statusCode(), "the same tablet goes on");
        Api.anonymous().auth().preemptive().basic(service, temporary).get("/api/v1/residents?q=王").then()
                .statusCode(401);
        Api.anonymous().auth().preemptive().basic(service, chosen).get("/api/v1/residents?q=王").then()
                .statusCode(200);
    }

    /**
     * The last enabled administrator cannot lose the role nor be disabled; two administrators disabling each other
     * at the same moment leave one. The other administrators of the shared test database are set aside for the
     * test and restored.
     */
    @Test
    void theLastAdministratorStays() throws Exception {
        String first = username("admin");
        String second = username("admin");
        create(first, List.of("admin"), List.of(siteA)).then().statusCode(201);
        create(second, List.of("admin"), List.of(siteA)).then().statusCode(201);
        List<Long> setAside = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>list("enabled = true").stream()
                .filter(a -> a.roleList().contains(Roles.ADMIN) && !List.of(first, second).contains(a.username))
                .forEach(a -> {
                    a.enabled = false;
                    setAside.add(a.id);
                }));
        try {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> eachOther = List.of(
                    () -> as(first).post("/api/v1/staff/" + second + "/disable").statusCode(),
                    () -> as(second).post("/api/v1/staff/" + first + "/disable").statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (var answer : pool.invokeAll(eachOther)) {
                statuses.add(answer.get());
            }
            pool.shutdown();
            // The one who lost is refused the step (409), or, disabled a moment earlier, its request (401).
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 401), statuses.toString());
            List<Boolean> enabled = QuarkusTransaction.requiringNew().call(() -> List.of(
                    Account.findByUsername(first).enabled, Account.findByUsername(second).enabled));
            assertEquals(1, enabled.stream().filter(e -> e).count(), "exactly one of them stays: " + enabled);
            String last = enabled.get(0) ? first : second;

            Response demote = as(last).body(Map.of("displayName", "最後的管理員", "roles", List.of("supervisor"),
                    "siteIds", List.of(siteA))).put("/api/v1/staff/" + last);
            assertEquals(409, demote.statusCode(), demote.asString());
            assertEquals("至少要保留一位使用中的系統管理員", demote.jsonPath().getString("detail"));
            assertEquals(409, as(last).post("/api/v1/staff/" + last + "/disable").statusCode(), "nor oneself");
            assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(last).roleList())
                    .contains(Roles.ADMIN));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> setAside.forEach(id -> Account.<Account>findById(id).enabled = true));
        }
    }

    @Test
    void onlyAdministratorsManageAccountsAndOnlyThoseOfTheirSites() {
        for (String role : List.of(Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR)) {
            Api.as(role).get("/api/v1/staff").then().statusCode(403);
            Api.as(role).contentType(ContentType.JSON).post("/api/v1/staff/desk/disable").then().statusCode(403);
            assertEquals(403, Browser.signIn(role).get("/staff").statusCode());
        }
        // desk-b works at site B only, where this administrator does not.
        Api.as("admin").get("/api/v1/staff").then().body("username", not(hasItem(TestSites.OTHER_SITE_DESK)));
        Api.as("admin").get("/api/v1/staff/" + TestSites.OTHER_SITE_DESK).then().statusCode(404);
        Api.as("admin").contentType(ContentType.JSON).post("/api/v1/staff/" + TestSites.OTHER_SITE_DESK + "/disable")
                .then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/residents?q=王").then().statusCode(200);
    }

    @Test
    void singleSignOnAccountsAreListedWithWhatTheirTokensGave() {
        String name = username("sso");
        String token = OidcWiremockTestResource.generateJwtToken(name, java.util.Set.of("service"), "subject-" + name,
                "Bearer", java.util.Set.of("quarkus-web-app"), Map.of("sites", TestSites.SITE_A));
        Api.anonymous().auth().oauth2(token).get("/api/v1/residents?q=王").then().statusCode(200);
        Api.as("admin").get("/api/v1/staff/" + name).then().statusCode(200).body("signIn", equalTo("SINGLE_SIGN_ON"))
                .body("roles", equalTo(List.of("service"))).body("sites.code", equalTo(List.of(TestSites.SITE_A)))
                .body("identityProvider", equalTo("https://server.example.com"));
        as("admin").body(Map.of("displayName", "x", "roles", List.of("admin"), "siteIds", List.of(siteA)))
                .put("/api/v1/staff/" + name).then().statusCode(409);
        as("admin").post("/api/v1/staff/" + name + "/password-reset").then().statusCode(409);
        Document page = Jsoup.parse(Browser.signIn("admin").get("/staff/" + name).asString());
        assertTrue(page.text().contains("角色與小區來自它的登入憑證"), page.text());
        assertTrue(page.select("form[action='/staff/" + name + "']").isEmpty(), "nothing to edit");
    }

    private static io.restassured.specification.RequestSpecification as(String username) {
        String password = username.equals("admin") ? TestSites.PASSWORD : PASSWORD;
        return Api.anonymous().auth().preemptive().basic(username, password).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
