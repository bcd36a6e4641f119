package steward.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated tablet: its own cookies (the form session and the CSRF cookie), signed in through the login form
 * as a person at the desk is, and sending what the pages send: htmx requests carry {@code HX-Request} and, when
 * they change something, the page's CSRF token in {@code X-CSRF-TOKEN} (as src/main/resources/META-INF/resources/js
 * does). Each call answers whether the response was what the page expects.
 */
final class Tablet {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern SIGN_IN_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The site a tablet works at: its units and residents are numbered from these ids (generated in order). */
    record Site(long id, long firstUnit, long firstResident, int units) {
        long unit(Random random) {
            return firstUnit + random.nextInt(units);
        }

        long resident(Random random) {
            return firstResident + random.nextInt(units * 2);
        }
    }

    /** What an operation answered: whether it was right, and if not, why. */
    record Outcome(boolean ok, String problem) {
        static final Outcome OK = new Outcome(true, null);
    }

    private final URI base;
    private final HttpClient client;
    private String csrfToken;

    Tablet(URI base, Executor executor) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).executor(executor).build();
    }

    /**
     * The sign-in page's form, with its CSRF token. While many sign in at once the server may answer "busy" (it
     * checks a few passwords at a time): the tablet waits the Retry-After it is given and tries again, as a
     * person would.
     */
    Outcome signIn(String username, String password) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpResponse<String> page = get("/login", false);
            Matcher token = SIGN_IN_TOKEN.matcher(page.body());
            if (page.statusCode() != 200 || !token.find()) {
                return new Outcome(false, "sign-in page " + page.statusCode());
            }
            HttpResponse<String> login = send(HttpRequest.newBuilder(base.resolve("/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(form(Map.of("csrf-token", token.group(1), "j_username", username, "j_password", password))));
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() == 303 && location.endsWith("error=busy")) {
                Thread.sleep(1000L * Long.parseLong(login.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            if (login.statusCode() != 303 || location.contains("error")) {
                return new Outcome(false, "sign-in " + login.statusCode() + " " + location);
            }
            return deskPage();
        }
        return new Outcome(false, "sign-in busy 20 times");
    }

    /** The desk's page: the visitor board; it also renews the CSRF token the page's forms send. */
    Outcome deskPage() throws IOException, InterruptedException {
        HttpResponse<String> page = get("/desk", false);
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            return new Outcome(false, "desk page " + page.statusCode());
        }
        csrfToken = token.group(1);
        return Outcome.OK;
    }

    Outcome boardPoll() throws IOException, InterruptedException {
        return expect(get("/desk/board", true), 200, null, "board poll");
    }

    Outcome search(String query) throws IOException, InterruptedException {
        return expect(get("/residents?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), true), 200, null, "search");
    }

    Outcome registerVisitor(long unitId, String visitorName) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("hostQuery", "");
        fields.put("host", "u:" + unitId);
        fields.put("visitorName", visitorName);
        fields.put("partySize", "1");
        HttpResponse<String> registered = post("/desk/visits", fields);
        if (registered.statusCode() == 200 && registered.body().contains("aria-invalid=\"true\"")) {
            return new Outcome(false, "register visitor: refused input");
        }
        return expect(registered, 200, null, "register visitor");
    }

    /** A cash payment at the till, with a fresh idempotency key as the payment form carries. */
    Outcome pay(long unitId, int amount) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("idempotencyKey", UUID.randomUUID().toString());
        fields.put("amount", Integer.toString(amount));
        fields.put("method", "CASH");
        fields.put("tendered", Integer.toString(amount + 100));
        return expect(post("/cashier/units/" + unitId + "/payments", fields), 200, "receipt-no", "payment");
    }

    Outcome statement(long unitId) throws IOException, InterruptedException {
        return expect(get("/cashier/units/" + unitId + "/statement", false), 200, null, "statement");
    }

    /** Any page, for the queries-per-request measurement. */
    Outcome page(String path, boolean htmx) throws IOException, InterruptedException {
        return expect(get(path, htmx), 200, null, path);
    }

    Outcome postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return expect(post(path, fields), 200, null, path);
    }

    private HttpResponse<String> get(String path, boolean htmx) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return send(request);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("HX-Request", "true")
                .header("X-CSRF-TOKEN", csrfToken).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(fields)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Outcome expect(HttpResponse<String> response, int status, String contains, String what) {
        if (response.statusCode() != status) {
            return new Outcome(false, what + ": " + response.statusCode());
        }
        if (contains != null && !response.body().contains(contains)) {
            return new Outcome(false, what + ": no " + contains + " in the answer");
        }
        return Outcome.OK;
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
