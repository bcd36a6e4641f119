package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * Five failed sign-ins of one username from one address lock it out there for fifteen minutes, whether they
 * come through the sign-in form or HTTP Basic; the user is told so, and the lock-out is audited once.
 * Each test plays a tablet of its own address (X-Forwarded-For, as the load balancer sends it).
 */
@QuarkusTest
class SignInThrottleTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    String address;

    @BeforeEach
    void setUp() {
        sites.ensure();
        var random = ThreadLocalRandom.current();
        address = "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Response formSignIn(String username, String password) {
        return Api.anonymous().header("X-Forwarded-For", address).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check");
    }

    private Response basic(String username, String password) {
        return Api.anonymous().header("X-Forwarded-For", address).auth().preemptive().basic(username, password)
                .get("/api/v1/residents?q=王");
    }

    @Test
    void fiveWrongPasswordsLockTheFormOutEvenForTheRightOneAndSaySo() {
        for (int i = 0; i < 4; i++) {
            assertEquals("/login?error=true", path(formSignIn("service", "wrong-" + i)));
        }
        Response fifth = formSignIn("service", "wrong-5");
        assertEquals("/login?error=locked", path(fifth));
        long retryAfter = Long.parseLong(fifth.header("Retry-After"));
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        Response right = formSignIn("service", TestSites.PASSWORD);
        assertEquals("/login?error=locked", path(right), "the right password does not help while locked out");
        assertFalse(right.cookies().containsKey("steward-session"), "no session");

        var page = Jsoup.parse(Api.anonymous().get("/login?error=locked").asString());
        assertTrue(page.select("[role=alert]").text().contains("請 15 分鐘後再試"), page.select("[role=alert]").text());
        var english = Jsoup.parse(Api.anonymous().cookie("steward-lang", "en").get("/login?error=locked").asString());
        assertTrue(english.select("[role=alert]").text().contains("Try again in 15 minutes"));

        // The same user on another tablet is not affected.
        Api.anonymous().header("X-Forwarded-For", "10.200.200.200").formParam("j_username", "service")
                .formParam("j_password", TestSites.PASSWORD).post("/j_security_check").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("error")));
    }

    @Test
    void theLockOutEndsAfterFifteenMinutesAndASuccessForgetsTheFailures() {
        for (int i = 0; i < 5; i++) {
            formSignIn("cashier", "wrong");
        }
        assertEquals("/login?error=locked", path(formSignIn("cashier", TestSites.PASSWORD)));
        clock.advance(Duration.ofMinutes(16));
        Response afterwards = formSignIn("cashier", TestSites.PASSWORD);
        assertEquals("/", path(afterwards));
        assertTrue(afterwards.cookies().containsKey("steward-session"));

        // Four failures, a success, four more: never locked, as the success started the count again.
        for (int i = 0; i < 4; i++) {
            formSignIn("cashier", "wrong");
        }
        assertEquals("/", path(formSignIn("cashier", TestSites.PASSWORD)));
        for (int i = 0; i < 4; i++) {
            assertEquals("/login?error=true", path(formSignIn("cashier", "wrong")));
        }
        assertEquals("/", path(formSignIn("cashier", TestSites.PASSWORD)));
    }

    @Test
    void httpBasicIsThrottledToo() {
        for (int i = 0; i < 4; i++) {
            basic("desk", "wrong").then().statusCode(401);
        }
        basic("desk", "wrong").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        basic("desk", TestSites.PASSWORD).then().statusCode(429);
        Api.as("desk").get("/api/v1/residents?q=王").then().statusCode(200); // desk from its own address
    }

    @Test
    void aUsernameNoAccountHasIsThrottledTheSameWay() {
        for (int i = 0; i < 4; i++) {
            assertEquals("/login?error=true", path(formSignIn("nobody-" + address, "guess")));
        }
        assertEquals("/login?error=locked", path(formSignIn("nobody-" + address, "guess")));
    }

    @Test
    void manyAttemptsAtOnceLockOutOnceAndAreAuditedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> attempts = java.util.stream.IntStream.range(0, 24)
                    .<Callable<Integer>>mapToObj(i -> () -> basic("supervisor", "wrong-" + i).statusCode()).toList();
            List<Integer> statuses = pool.invokeAll(attempts).stream().map(SignInThrottleTest::get).toList();
            assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());
            assertTrue(statuses.contains(429), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        basic("supervisor", TestSites.PASSWORD).then().statusCode(429);

        var events = Api.as("supervisor").get("/api/v1/audit").jsonPath()
                .<java.util.Map<String, Object>>getList("findAll { it.action == 'SIGN_IN_LOCKED' }");
        var ours = events.stream().filter(e -> String.valueOf(e.get("detail")).contains(" " + address + ";")).toList();
        assertEquals(1, ours.size(), events.toString());
        assertEquals("supervisor", ours.get(0).get("actor"));
        assertNotNull(ours.get(0).get("siteId"), "on the account's site, where its supervisors read it");

        var auditPage = Jsoup.parse(steward.support.Browser.signIn("supervisor").get("/audit").asString());
        assertTrue(auditPage.text().contains("登入失敗過多,暫時鎖定"), "named on the audit page");
    }

    private static String path(Response response) {
        assertEquals(302, response.statusCode());
        return java.net.URI.create(response.header("Location")).getRawPath()
                + (java.net.URI.create(response.header("Location")).getRawQuery() == null ? ""
                        : "?" + java.net.URI.create(response.header("Location")).getRawQuery());
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
