package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * Sessions live on the server: signing out ends them (a cookie captured before is worth nothing after), they end
 * after 8 hours idle and 12 hours whatever the use, a cookie made with the key the source used to hold is no
 * session at all, and a user sees the devices signed in to their account and ends the others.
 */
@QuarkusTest
class SessionTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        sites.ensure();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signingOutEndsTheSessionOnTheServerAndAReplayedCookieIsRefused() {
        String desk = sites.freshAccount(Roles.DESK);
        Browser tablet = Browser.signIn(desk);
        Map<String, String> captured = new HashMap<>(tablet.cookies());
        assertEquals(200, tablet.get("/residents").statusCode());

        Response signOut = tablet.request().formParam("csrf-token", tablet.csrfToken()).post("/logout");
        assertEquals(303, signOut.statusCode());
        assertTrue(signOut.header("Location").endsWith("/login"));

        // The cookie as it was before signing out, sent again (as someone who copied it would).
        Response page = Api.anonymous().cookies(captured).get("/residents");
        assertEquals(302, page.statusCode());
        assertTrue(page.header("Location").endsWith("/login"), page.header("Location"));
        Api.anonymous().cookies(captured).accept("application/json").get("/api/v1/residents?q=王").then()
                .statusCode(401);
        assertEquals(StaffSession.EndReason.SIGNED_OUT, lastSession(desk).endedReason);
    }

    /**
     * The dev, demo and test profiles used to encrypt sessions with a key written in the source: anyone could
     * make a supervisor's cookie. Such a cookie is no session now (a session is a row, the cookie only its token).
     */
    @Test
    void aCookieMadeWithTheKeyTheSourceUsedToHoldIsRefused() throws Exception {
        for (String oldKey : List.of("test-only-session-secret-0123456789abcdef",
                "demo-only-session-secret-0123456789abcdef", "dev-only-session-secret-0123456789abcdef")) {
            String forged = oldFormCookie(oldKey, "supervisor");
            Api.anonymous().cookie("steward-session", forged).accept("application/json").get("/api/v1/audit").then()
                    .statusCode(401);
            Response page = Api.anonymous().cookie("steward-session", forged).get("/audit");
            assertEquals(302, page.statusCode());
        }
    }

    @Test
    void aSessionEndsTwelveHoursAfterItsSignInHoweverBusy() {
        String cashier = sites.freshAccount(Roles.CASHIER);
        Browser till = Browser.signIn(cashier);
        for (int hour = 1; hour <= 11; hour++) {
            clock.advance(Duration.ofHours(1));
            assertEquals(200, till.get("/cashier").statusCode(), "in use, hour " + hour);
        }
        clock.advance(Duration.ofMinutes(61));
        assertEquals(302, till.request().get("/cashier").statusCode(), "past its lifetime");
        assertEquals(StaffSession.EndReason.EXPIRED, lastSession(cashier).endedReason);
    }

    @Test
    void aSessionNobodyUsedForEightHoursEnds() {
        String desk = sites.freshAccount(Roles.DESK);
        Browser kept = Browser.signIn(desk);
        clock.advance(Duration.ofHours(7).plusMinutes(59));
        assertEquals(200, kept.get("/residents").statusCode(), "used just in time");

        String night = sites.freshAccount(Roles.DESK);
        Browser left = Browser.signIn(night);
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        Response page = left.request().get("/residents");
        assertEquals(302, page.statusCode(), "left signed in overnight");
        assertEquals(StaffSession.EndReason.IDLE, lastSession(night).endedReason);
    }

    @Test
    void aUserSeesTheirDevicesAndEndsAnother() {
        String service = sites.freshAccount(Roles.SERVICE);
        Browser counter = Browser.signIn(service);
        Browser stolen = Browser.signIn(service);
        assertEquals(200, stolen.get("/residents").statusCode());

        Document page = Jsoup.parse(counter.get("/me").asString());
        assertEquals(2, page.select("tr.my-session").size(), page.select("table.my-sessions").outerHtml());
        assertEquals(1, page.select("tr.my-session .badge:contains(這部裝置)").size(), "this tablet is marked");
        var listed = counter.request().accept("application/json").get("/api/v1/me/sessions").jsonPath();
        assertEquals(List.of(false, true), listed.<Boolean>getList("current").stream().sorted().toList());
        long other = listed.<Map<String, Object>>getList("findAll { !it.current }").stream()
                .map(s -> ((Number) s.get("id")).longValue()).findFirst().orElseThrow();

        Response ended = counter.request().formParam("csrf-token", counter.csrfToken())
                .post("/me/sessions/" + other + "/end");
        assertEquals(303, ended.statusCode());
        assertEquals(302, stolen.request().get("/residents").statusCode(), "the other device is signed out");
        assertEquals(200, counter.get("/residents").statusCode(), "this one goes on");

        // Another user's session is not theirs to end: 404, and it goes on.
        Browser someoneElse = Browser.signIn(sites.freshAccount(Roles.SERVICE));
        long theirs = someoneElse.request().accept("application/json").get("/api/v1/me/sessions").jsonPath()
                .getLong("[0].id");
        counter.request().header("X-CSRF-TOKEN", counter.csrfToken()).contentType("application/json")
                .post("/api/v1/me/sessions/" + theirs + "/end").then().statusCode(404);
        assertEquals(200, someoneElse.get("/residents").statusCode());

        var audit = Api.as("supervisor").get("/api/v1/audit?action=SESSIONS_ENDED&actor=" + service).jsonPath()
                .getList("detail");
        assertEquals(List.of("account=" + service + " session=" + other), audit);
    }

    @Test
    void signingInOnATabletEndsTheSessionOfWhoeverWasSignedInThere() {
        String first = sites.freshAccount(Roles.DESK);
        String second = sites.freshAccount(Roles.DESK);
        Browser tablet = Browser.signIn(first);
        Map<String, String> firsts = new HashMap<>(tablet.cookies());
        tablet.signInForm(second, TestSites.PASSWORD, request -> request);
        assertEquals(StaffSession.EndReason.REPLACED, lastSession(first).endedReason);
        assertEquals(302, Api.anonymous().cookies(firsts).get("/residents").statusCode());
        Document home = Jsoup.parse(tablet.get("/residents").asString());
        assertEquals("測試 " + second, home.selectFirst("header .user").text());
    }

    private static StaffSession lastSession(String username) {
        Account account = Account.findByUsername(username);
        StaffSession session = StaffSession.find("accountId = ?1 order by id desc", account.id).firstResult();
        assertNotNull(session);
        return session;
    }

    /** A session cookie as Quarkus's form login made it: AES-GCM of "expiry:username" under SHA-256 of the key. */
    private static String oldFormCookie(String key, String username) throws Exception {
        byte[] aesKey = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
        long expiry = System.currentTimeMillis() + Duration.ofHours(8).toMillis();
        byte[] encrypted = cipher.doFinal((expiry + ":" + username).getBytes(StandardCharsets.UTF_8));
        ByteBuffer message = ByteBuffer.allocate(1 + iv.length + encrypted.length);
        message.put((byte) iv.length).put(iv).put(encrypted);
        return Base64.getEncoder().encodeToString(message.array());
    }
}
