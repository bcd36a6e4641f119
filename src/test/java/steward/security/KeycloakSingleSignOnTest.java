package steward.security;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Chromium;
import steward.support.KeycloakServer;
import steward.support.TestSites;

/**
 * Single sign-on with a real identity provider: Keycloak, with the users of the realm file in the groups desk,
 * service, cashier and supervisor. Headless Chromium goes through the authorization code flow as each of them:
 * they land on their role's start page, are refused a page of another role, and sign out, which ends their
 * Keycloak session too, and Steward's: the session cookie replayed afterwards is refused. A system holding a
 * client-credentials token calls the API; a token Keycloak issued to another client is refused. A Keycloak user
 * named like a local account gets an account of its own; roles and sites follow the user's groups at every
 * sign-in (and with every bearer token).
 */
@QuarkusTest
@TestProfile(KeycloakSingleSignOnTest.RealKeycloak.class)
class KeycloakSingleSignOnTest {

    /** Steward's single sign-on pointed at a Keycloak started for this class (once). */
    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakServer.class));
        }
    }

    /** A user of the realm file, the start page of their role, and a page of another role (none for the supervisor). */
    record StaffMember(String username, String password, String nameClaim, String startPage, String refusedPage) {
    }

    static final String FORBIDDEN = "您沒有權限使用這個頁面";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    static ChromeDriver browser;

    @BeforeAll
    static void browser() {
        KeycloakServer.unavailable().ifPresent(reason -> Assumptions.abort("Skipping: " + reason));
        browser = Chromium.start(1280, 800);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void sites() {
        // A user's first visit creates their account on the default site of the test profile (test-a).
        sites.ensure();
    }

    @Test
    void eachRoleSignsInThroughKeycloakLandsOnItsStartPageIsRefusedAnotherRolesPageAndSignsOut() {
        List<StaffMember> staff = List.of(
                new StaffMember("mei.lin", "desk-Passw0rd", "美玲 林", "desk", "cashier"),
                new StaffMember("wei.chang", "service-Passw0rd", "偉 張", "complaints", "cashier"),
                new StaffMember("hui.wu", "cashier-Passw0rd", "慧 吳", "cashier", "audit"),
                // The supervisor starts on the dashboard and may open the pages of every other role.
                new StaffMember("ming.huang", "supervisor-Passw0rd", "明 黃", "dashboard", null));
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(60));
        for (StaffMember member : staff) {
            signInThroughKeycloak(member);
            wait.until(ExpectedConditions.urlToBe(base + member.startPage()));
            // The account was created from the token on this first visit: the name comes from Keycloak.
            assertEquals(member.nameClaim(), browser.findElement(By.cssSelector("header .user")).getText());

            if (member.refusedPage() != null) {
                browser.get(base + member.refusedPage());
                assertEquals(FORBIDDEN, browser.findElement(By.tagName("h1")).getText(),
                        member.username() + " is refused /" + member.refusedPage());
            } else {
                browser.get(base + "audit");
                assertTrue(browser.findElements(By.xpath("//h1[text()='" + FORBIDDEN + "']")).isEmpty(),
                        "the supervisor reads the audit trail");
                assertEquals(base + "audit", browser.getCurrentUrl());
            }

            // Sign out (the layout's account menu): Steward ends its session, then Keycloak's (RP-initiated logout).
            browser.get(base + member.startPage());
            org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("q_session");
            assertTrue(session != null, "the code flow's session cookie");
            browser.findElement(By.cssSelector("details.account > summary")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action='/logout'] button"))).click();
            // Back from Keycloak's logout endpoint, with the state Quarkus checks: /login?state=...
            wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(base + "login") + "(\\?.*)?$"));

            // Keycloak no longer knows the user: signing in again asks for the password.
            browser.get(base + "sso/login");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertTrue(browser.getCurrentUrl().startsWith(KeycloakServer.issuer()), browser.getCurrentUrl());

            // The session cookie copied before the sign-out is worth nothing: Steward's session ended too.
            io.restassured.response.Response replayed = Api.anonymous().cookie("q_session", session.getValue())
                    .get("/" + member.startPage());
            assertTrue(replayed.statusCode() == 302 && !replayed.header("Location").contains("/" + member.startPage()),
                    member.username() + " replayed: " + replayed.statusCode() + " " + replayed.header("Location"));
        }
    }

    /**
     * Keycloak's user "desk" (a colleague of customer service) is not the local account desk: signing in makes an
     * account of its own, with customer service's start page and Keycloak's name for them, and the local desk
     * account is as it was.
     */
    @Test
    void aKeycloakUserNamedLikeALocalAccountIsAnAccountOfItsOwn() {
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(60));
        signInThroughKeycloak(new StaffMember("desk", "namesake-Passw0rd", "同名 客服", "complaints", null));
        wait.until(ExpectedConditions.urlToBe(base + "complaints"));
        assertEquals("同名 客服", browser.findElement(By.cssSelector("header .user")).getText());
        signOut(wait, "complaints");

        Account local = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername("desk"));
        assertEquals(SignInMethod.PASSWORD, local.signIn);
        assertEquals(java.util.List.of(Roles.DESK), local.roleList());
        Account theirs = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Account
                .<Account>find("ssoIssuer = ?1 and displayName = ?2", KeycloakServer.issuer(), "同名 客服").firstResult());
        assertTrue(theirs != null && !theirs.username.equals("desk"), "an account of its own");
        Api.as("desk").get("/api/v1/residents?q=王").then().statusCode(200);
    }

    /**
     * The company moves 陳婷 from the desk of site test-a to the till of site test-b, in Keycloak: her next sign-in
     * takes her roles and sites from the new token (before, a site once given stayed).
     */
    @Test
    void rolesAndSitesFollowTheTokenAtEverySignIn() {
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(60));
        StaffMember ting = new StaffMember("ting.chen", "moving-Passw0rd", "婷 陳", "desk", null);
        signInThroughKeycloak(ting);
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
        assertEquals(java.util.Set.of(siteId(TestSites.SITE_A)), sitesOf("ting.chen"));
        signOut(wait, "desk");

        KeycloakServer.moveUser("ting.chen", "site-test-a", "site-test-b");
        KeycloakServer.moveUser("ting.chen", "desk", "cashier");
        signInThroughKeycloak(ting);
        wait.until(ExpectedConditions.urlToBe(base + "cashier"));
        assertEquals(java.util.Set.of(siteId(TestSites.SITE_B)), sitesOf("ting.chen"));
        browser.get(base + "residents?q=" + java.net.URLEncoder.encode("陳大文", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(!browser.getPageSource().contains("陳大文</"), "site test-a's residents are no longer hers");
        signOut(wait, "cashier");
    }

    /** Signs out through the layout's account menu (opened first: the button is inside it). */
    private void signOut(WebDriverWait wait, String startPage) {
        browser.get(base + startPage);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("details.account > summary"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action='/logout'] button"))).click();
        wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(base + "login") + "(\\?.*)?$"));
    }

    private static long siteId(String code) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> steward.resident.Site.findByCode(code).id);
    }

    private static java.util.Set<Long> sitesOf(String keycloakUsername) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.find("select a from Account a left join fetch a.siteIds where a.ssoIssuer = ?1 "
                    + "and a.username = ?2", KeycloakServer.issuer(), keycloakUsername).singleResult();
            return new java.util.HashSet<>(account.siteIds);
        });
    }

    private void signInThroughKeycloak(StaffMember member) {
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(60));
        browser.get(base + "sso/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(KeycloakServer.issuer()), "Keycloak's own login page");
        browser.findElement(By.id("username")).sendKeys(member.username());
        browser.findElement(By.id("password")).sendKeys(member.password());
        browser.findElement(By.id("kc-login")).click();
    }

    @Test
    void aClientCredentialsTokenCallsTheApi() {
        String token = RestAssured.given().formParams(Map.of("grant_type", "client_credentials",
                "client_id", KeycloakServer.INTEGRATION_CLIENT, "client_secret", KeycloakServer.INTEGRATION_SECRET))
                .post(KeycloakServer.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");

        // The integration's service account is in the group desk: it finds residents, not the audit trail.
        Api.anonymous().auth().oauth2(token).queryParam("q", "陳").get("/api/v1/residents")
                .then().statusCode(200).body("name", hasItem("陳大文"));
        Api.anonymous().auth().oauth2(token).get("/api/v1/audit").then().statusCode(403);
        Api.anonymous().auth().oauth2(token + "x").get("/api/v1/residents?q=陳").then().statusCode(401);
        Api.anonymous().get("/api/v1/residents?q=陳").then().statusCode(401);

        // A token Keycloak issued to another client of the company (its audience is not Steward) is refused, even
        // with a supervisor's group in it.
        String another = RestAssured.given().formParams(Map.of("grant_type", "client_credentials",
                "client_id", KeycloakServer.OTHER_CLIENT, "client_secret", KeycloakServer.OTHER_SECRET))
                .post(KeycloakServer.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        Api.anonymous().auth().oauth2(another).get("/api/v1/audit").then().statusCode(401);
        Api.anonymous().auth().oauth2(another).get("/api/v1/residents?q=陳").then().statusCode(401);

        // The integration is moved to site test-b in Keycloak: its next token (every request) says so.
        KeycloakServer.moveUser("service-account-steward-integration", null, "site-test-b");
        try {
            String moved = RestAssured.given().formParams(Map.of("grant_type", "client_credentials",
                    "client_id", KeycloakServer.INTEGRATION_CLIENT, "client_secret", KeycloakServer.INTEGRATION_SECRET))
                    .post(KeycloakServer.issuer() + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            Api.anonymous().auth().oauth2(moved).queryParam("q", "王五").get("/api/v1/residents").then()
                    .statusCode(200).body("name", hasItem("王五"));
            Api.anonymous().auth().oauth2(moved).queryParam("q", "陳大文").get("/api/v1/residents").then()
                    .statusCode(200).body("name", org.hamcrest.Matchers.not(hasItem("陳大文")));
        } finally {
            KeycloakServer.moveUser("service-account-steward-integration", "site-test-b", null);
        }
    }
}
