package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * Five failed sign-ins of one username from one address lock it out there for fifteen minutes, whether they come
 * through the sign-in form or HTTP Basic; twenty from all addresses together lock it out everywhere until an
 * administrator lifts it or the time passes. The user is told so, each lock-out is audited once, and usernames no
 * account has are throttled alike without writing anything. Each test plays a tablet of its own address
 * (X-Forwarded-For, as the load balancer sends it) and signs in accounts of its own.
 */
@QuarkusTest
class SignInThrottleTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    SignInThrottle throttle;

    String address;

    @BeforeEach
    void setUp() {
        sites.ensure();
        address = randomAddress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    private Response formSignIn(String username, String password) {
        return formSignIn(username, password, address);
    }

    private static Response formSignIn(String username, String password, String from) {
        return Browser.atTheSignInPage().signInForm(username, password,
                request -> request.header("X-Forwarded-For", from));
    }

    private Response basic(String username, String password) {
        return Api.anonymous().header("X-Forwarded-For", address).auth().preemptive().basic(username, password)
                .get("/api/v1/residents?q=王");
    }

    @Test
    void fiveWrongPasswordsLockTheFormOutEvenForTheRightOneAndSaySo() {
        String service = sites.freshAccount(Roles.SERVICE);
        for (int i = 0; i < 4; i++) {
            assertEquals("/login?error=true", path(formSignIn(service, "wrong-" + i)));
        }
        Response fifth = formSignIn(service, "wrong-5");
        assertEquals("/login?error=locked", path(fifth));
        long retryAfter = Long.parseLong(fifth.header("Retry-After"));
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        Response right = formSignIn(service, TestSites.PASSWORD);
        assertEquals("/login?error=locked", path(right), "the right password does not help while locked out");
        assertFalse(right.cookies().containsKey("steward-session"), "no session");

        var page = Jsoup.parse(Api.anonymous().get("/login?error=locked").asString());
        assertTrue(page.select("[role=alert]").text().contains("請 15 分鐘後再試"), page.select("[role=alert]").text());
        var english = Jsoup.parse(Api.anonymous().cookie("steward-lang", "en").get("/login?error=locked").asString());
        assertTrue(english.select("[role=alert]").text().contains("Try again in 15 minutes"));

        // The same user on another tablet is not affected.
        assertEquals("/", path(formSignIn(service, TestSites.PASSWORD, randomAddress())));
    }

    @Test
    void theLockOutEndsAfterFifteenMinutesAndASuccessForgetsTheFailures() {
        String cashier = sites.freshAccount(Roles.CASHIER);
        for (int i = 0; i < 5; i++) {
            formSignIn(cashier, "wrong");
        }
        assertEquals("/login?error=locked", path(formSignIn(cashier, TestSites.PASSWORD)));
        clock.advance(Duration.ofMinutes(16));
        Response afterwards = formSignIn(cashier, TestSites.PASSWORD);
        assertEquals("/", path(afterwards));
        assertTrue(afterwards.cookies().containsKey("steward-session"));

        // Four failures, a success, four more: never locked, as the success started the count again.
        for (int i = 0; i < 4; i++) {
            formSignIn(cashier, "wrong");
        }
        assertEquals("/", path(formSignIn(cashier, TestSites.PASSWORD)));
        for (int i = 0; i < 4; i++) {
            assertEquals("/login?error=true", path(formSignIn(cashier, "wrong")));
        }
        assertEquals("/", path(formSignIn(cashier, TestSites.PASSWORD)));
    }

    @Test
    void httpBasicIsThrottledToo() {
        String desk = sites.freshAccount(Roles.DESK);
        for (int i = 0; i < 4; i++) {
            basic(desk, "wrong").then().statusCode(401);
        }
        basic(desk, "wrong").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        basic(desk, TestSites.PASSWORD).then().statusCode(429);
        Api.as(desk).get("/api/v1/residents?q=王").then().statusCode(200); // desk from its own address
    }

    /**
     * Guesses spread over many addresses (a new one for each, as a botnet has) lock the username out everywhere
     * at the twentieth; the lock-out is audited; the right password from a fresh address is refused until an
     * administrator lifts it (audited too), after which it signs in at once.
     */
    @Test
    void twentyFailuresFromManyAddressesLockTheUsernameEverywhereUntilAnAdministratorLiftsIt() {
        String supervisor = sites.freshAccount(Roles.SUPERVISOR);
        for (int i = 0; i < 19; i++) {
            assertEquals("/login?error=true", path(formSignIn(supervisor, "guess-" + i, randomAddress())));
        }
        assertEquals("/login?error=locked", path(formSignIn(supervisor, "guess-19", randomAddress())));
        assertEquals("/login?error=locked", path(formSignIn(supervisor, TestSites.PASSWORD, randomAddress())),
                "locked out from every address");
        Api.anonymous().header("X-Forwarded-For", randomAddress()).auth().preemptive()
                .basic(supervisor, TestSites.PASSWORD).get("/api/v1/residents?q=王").then().statusCode(429);
        assertNotNull(throttle.lockedEverywhereUntil(supervisor));

        var locked = Api.as("admin").get("/api/v1/audit?action=SIGN_IN_LOCKED").jsonPath()
                .<java.util.Map<String, Object>>getList("findAll { it.actor == '" + supervisor + "' }");
        assertEquals(1, locked.size(), locked.toString());
        // Stored as data and rendered in the reader's language: the administrator reads zh-Hant.
        assertEquals("security:detail_locked_everywhere",
                ((java.util.Map<?, ?>) locked.get(0).get("detailText")).get("key"), locked.toString());
        assertTrue(String.valueOf(locked.get(0).get("detail")).startsWith("所有位址共 20 次登入失敗"), locked.toString());

        Api.as("admin").contentType("application/json").post("/api/v1/staff/" + supervisor + "/unlock").then()
                .statusCode(200).body("lockedOutUntil", org.hamcrest.Matchers.nullValue());
        assertNull(throttle.lockedEverywhereUntil(supervisor));
        assertEquals("/", path(formSignIn(supervisor, TestSites.PASSWORD, randomAddress())));
        var lifted = Api.as("admin").get("/api/v1/audit?action=SIGN_IN_UNLOCKED").jsonPath()
                .<java.util.Map<String, Object>>getList("findAll { it.detail == 'account=" + supervisor + "' }");
        assertEquals(1, lifted.size(), "the lifting is audited, by the administrator: " + lifted);
        assertEquals("admin", lifted.get(0).get("actor"));
    }

    @Test
    void theLockOutEverywhereEndsByItself() {
        String desk = sites.freshAccount(Roles.DESK);
        for (int i = 0; i < 20; i++) {
            formSignIn(desk, "guess-" + i, randomAddress());
        }
        assertEquals("/login?error=locked", path(formSignIn(desk, TestSites.PASSWORD, randomAddress())));
        clock.advance(Duration.ofMinutes(16));
        assertEquals("/", path(formSignIn(desk, TestSites.PASSWORD, randomAddress())));
    }

    @Test
    void aUsernameNoAccountHasIsThrottledTheSameWayAndWritesNothing() {
        String nobody = "nobody-" + address;
        long rowsBefore = SignInFailure.count();
        for (int i = 0; i < 4; i++) {
            assertEquals("/login?error=true", path(formSignIn(nobody, "guess")));
        }
        assertEquals("/login?error=locked", path(formSignIn(nobody, "guess")));
        // Random usernames from random addresses: answered alike, and not a row written for any of them.
        for (int i = 0; i < 30; i++) {
            assertEquals("/login?error=true", path(formSignIn("random-" + i + "-" + address, "guess", randomAddress())));
        }
        assertEquals(0, SignInFailure.count("username like ?1", "%" + address), "nothing stored for unknown names");
        assertTrue(SignInFailure.count() <= rowsBefore, "no row at all: " + SignInFailure.count());
    }

    @Test
    void failuresArePurgedAfterTheirWindow() {
        String desk = sites.freshAccount(Roles.DESK);
        for (int i = 0; i < 3; i++) {
            formSignIn(desk, "wrong");
        }
        assertEquals(2, SignInFailure.count("username", desk), "a row for the address and one for all addresses");
        throttle.purge();
        assertEquals(2, SignInFailure.count("username", desk), "still within the window");
        clock.advance(Duration.ofMinutes(16));
        throttle.purge();
        assertEquals(0, SignInFailure.count("username", desk));
    }

    @Test
    void manyAttemptsAtOnceLockOutOnceAndAreAuditedOnce() throws Exception {
        String supervisor = sites.freshAccount(Roles.SUPERVISOR);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> attempts = java.util.stream.IntStream.range(0, 24)
                    .<Callable<Integer>>mapToObj(i -> () -> basic(supervisor, "wrong-" + i).statusCode()).toList();
            List<Integer> statuses = pool.invokeAll(attempts).stream().map(SignInThrottleTest::get).toList();
            assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());
            assertTrue(statuses.contains(429), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        basic(supervisor, TestSites.PASSWORD).then().statusCode(429);

        var events = Api.as("supervisor").get("/api/v1/audit").jsonPath()
                .<java.util.Map<String, Object>>getList("findAll { it.action == 'SIGN_IN_LOCKED' }");
        var ours = events.stream().filter(e -> String.valueOf(e.get("detail")).contains(" " + address + ";")).toList();
        assertEquals(1, ours.size(), events.toString());
        assertEquals(supervisor, ours.get(0).get("actor"));
        assertNotNull(ours.get(0).get("siteId"), "on the account's site, where its supervisors read it");

        var auditPage = Jsoup.parse(Browser.signIn("supervisor").get("/audit").asString());
        assertTrue(auditPage.text().contains("登入失敗過多,暫時鎖定"), "named on the audit page");
    }

    private static String path(Response response) {
        assertEquals(303, response.statusCode());
        java.net.URI location = java.net.URI.create(response.header("Location"));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
