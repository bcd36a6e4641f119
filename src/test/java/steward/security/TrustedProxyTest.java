package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * Behind the ingress every request comes from the proxy, and the client is named in {@code X-Forwarded-For}:
 * sign-in throttling counts by that client, but only when the header comes from a trusted proxy
 * ({@code STEWARD_TRUSTED_PROXIES}, in tests the default: this machine's loopback 127.0.0.1), and only by the
 * entry the proxy appended (the rightmost that is no trusted proxy), not by what the client wrote before it. From
 * any other peer the header is ignored, so a client cannot name a fresh address for every guess.
 */
@QuarkusTest
class TrustedProxyTest {

    private static final Pattern LOCATION = Pattern.compile("(?im)^Location:\\s*(\\S+)");

    /** A peer that is no trusted proxy: another loopback address, which Linux routes to this machine. */
    private static final String UNTRUSTED_PEER = "127.0.0.2";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    String run;

    @BeforeEach
    void setUp() {
        sites.ensure();
        run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    @Test
    void twoClientsBehindTheTrustedProxyAreThrottledSeparately() {
        String username = sites.freshAccount(Roles.DESK);
        String first = "10.77." + (Integer.parseInt(run) % 250) + ".1";
        String second = "10.77." + (Integer.parseInt(run) % 250) + ".2";
        for (int i = 0; i < 4; i++) {
            assertEquals("/login?error=true", throughProxy(first, username));
        }
        assertEquals("/login?error=locked", throughProxy(first, username), "the fifth failure locks the first client");
        assertEquals("/login?error=true", throughProxy(second, username),
                "the second client behind the same proxy is not locked out by the first one's failures");
        assertEquals("/login?error=locked", throughProxy(first, username));

        assertEquals(Map.of(first, 5, second, 1), failuresByAddress(username), "counted by the real clients");
    }

    /**
     * The client writes an X-Forwarded-For of its own, a new address on every guess; the proxy appends the address it
     * saw. Counting the leftmost entry (as Quarkus itself does) would never lock out; the rightmost does at five.
     */
    @Test
    void aClientThatWritesTheHeaderItselfIsCountedByTheAddressTheProxySaw() {
        String username = sites.freshAccount(Roles.DESK);
        String real = "10.79." + (Integer.parseInt(run) % 250) + ".9";
        for (int i = 1; i <= 4; i++) {
            assertEquals("/login?error=true", throughProxy("198.51.100." + i + ", " + real, username));
        }
        assertEquals("/login?error=locked", throughProxy("198.51.100.5, " + real, username));
        assertEquals("/login?error=locked", throughProxy("198.51.100.6, 192.0.2.1, " + real, username),
                "a longer chain of the client's own making changes nothing");
        assertEquals(Map.of(real, 5), failuresByAddress(username), "counted by the address the proxy appended");
        // A chain of trusted proxies (the ingress behind a load balancer, both on this machine here): the client is
        // still the rightmost entry that is no proxy of ours.
        assertEquals("/login?error=locked", throughProxy("198.51.100.7, " + real + ", 127.0.0.1", username));
    }

    @Test
    void aForgedHeaderFromAnUntrustedPeerIsIgnored() throws IOException {
        String username = sites.freshAccount(Roles.DESK);
        for (int i = 1; i <= 4; i++) {
            // A new address on every guess: were the header believed, no address would ever reach five.
            assertEquals("/login?error=true", fromUntrustedPeer("203.0.113." + i, username));
        }
        assertEquals("/login?error=locked", fromUntrustedPeer("203.0.113.5", username),
                "the five guesses counted against the peer's own address");
        assertEquals("/login?error=locked", fromUntrustedPeer("198.51.100.9", username));

        assertEquals(Map.of(UNTRUSTED_PEER, 5), failuresByAddress(username), "counted by the peer, not the header");
        // The lock-out is the untrusted peer's alone: a client behind the proxy is not affected.
        assertEquals("/login?error=true", throughProxy("10.78.0.1", username));
    }

    /** A failed form sign-in passed on by the trusted proxy (this test's own requests, from 127.0.0.1). */
    private static String throughProxy(String forwardedFor, String username) {
        var response = Browser.atTheSignInPage().signInForm(username, "guess",
                request -> request.header("X-Forwarded-For", forwardedFor));
        assertEquals(303, response.statusCode());
        return pathAndQuery(response.header("Location"));
    }

    /** A failed form sign-in sent straight from another address, claiming to be a client in the header. */
    private String fromUntrustedPeer(String claimedClient, String username) throws IOException {
        // The sign-in page's CSRF token and its cookie, as a browser at that address would have them.
        Browser page = Browser.atTheSignInPage();
        String token = org.jsoup.Jsoup.parse(page.get("/login").asString())
                .selectFirst("form[action='/j_security_check'] input[name=csrf-token]").attr("value");
        String form = "csrf-token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&j_username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password=guess";
        String request = "POST /j_security_check HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "X-Forwarded-For: " + claimedClient + "\r\n"
                + "Cookie: csrf-token=" + page.cookies().get("csrf-token") + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + form.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "Connection: close\r\n\r\n" + form;
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), base.getPort(),
                InetAddress.getByName(UNTRUSTED_PEER), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 303"), answer);
            Matcher location = LOCATION.matcher(answer);
            assertTrue(location.find(), answer);
            return pathAndQuery(location.group(1));
        }
    }

    /** The failures the throttle counted for the username, by the client address (not those from all addresses). */
    private static Map<String, Integer> failuresByAddress(String username) {
        List<SignInFailure> rows = SignInFailure.list("username = ?1 and address <> '*'", username);
        return rows.stream().collect(java.util.stream.Collectors.toMap(row -> row.address, row -> row.failures));
    }

    private static String pathAndQuery(String location) {
        java.net.URI uri = java.net.URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
