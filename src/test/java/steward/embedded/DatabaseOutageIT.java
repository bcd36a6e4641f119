package steward.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static steward.support.Eventually.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application in production mode on a PostgreSQL server that goes away and comes back on the same
 * data directory and port, as in a restart, a failover or a network cut. While it is away, every request gets
 * a clear 503 (a page in the user's language, a problem under /api; never a stack trace) and readiness is DOWN
 * while liveness stays UP, so Kubernetes stops routing to the replica without restarting it. When it is back, the
 * same process serves again, and no payment the cashier API acknowledged is lost or made twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    static final String PASSWORD = "outage-it-password";
    static final int CLIENTS = 8;
    static final Duration RECOVERY = Duration.ofSeconds(30);

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Path dataDirectory;
    int databasePort;
    EmbeddedPostgres postgres;
    String jdbcUrl;
    PackagedApplication application;
    List<Long> units;

    @BeforeAll
    void startDatabaseAndApplication() throws Exception {
        dataDirectory = Files.createTempDirectory("steward-outage-pg");
        databasePort = PackagedApplication.freePort();
        startPostgres();
        jdbcUrl = PackagedApplication.createDatabase(postgres);
        application = PackagedApplication.startProduction("outage", jdbcUrl, Map.of()).awaitReady();
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            units = seedSiteCashierAndUnits(db);
        }
    }

    @AfterAll
    void stopApplicationAndDatabase() throws Exception {
        if (application != null) {
            application.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void whileTheDatabaseIsUnreachableEveryAnswerIsAClear503AndReadinessIsDown() throws Exception {
        String session = signIn();
        assertEquals(200, get("/cashier", session, "zh-Hant", false).statusCode(), "the till works before");
        // Many connections in the pool, more than the requests below will find broken during the outage.
        assertTrue(statementsConcurrently(16).stream().allMatch(status -> status == 200));

        stopPostgres();
        try {
            HttpResponse<String> ready = send(HttpRequest.newBuilder(URI.create(application.managementUrl(
                    "/q/health/ready"))).timeout(Duration.ofSeconds(30)).GET());
            assertEquals(503, ready.statusCode());
            assertEquals("DOWN", json.readTree(ready.body()).get("status").asText());
            HttpResponse<String> live = send(HttpRequest.newBuilder(URI.create(application.managementUrl(
                    "/q/health/live"))).timeout(Duration.ofSeconds(30)).GET());
            assertEquals(200, live.statusCode(), "liveness stays UP: restarting the replica would not help");
            assertEquals("UP", json.readTree(live.body()).get("status").asText());

            Map<String, String> titles = Map.of("zh-Hant", "系統暫時無法使用", "zh-Hans", "系统暂时无法使用",
                    "en", "Steward is unavailable for the moment");
            for (var language : titles.entrySet()) {
                HttpResponse<String> page = get("/cashier", session, language.getKey(), false);
                assertCleanOutagePage(page, language.getKey(), language.getValue());
            }
            // A browser that says zh-CN gets simplified Chinese; one that says nothing, traditional.
            assertCleanOutagePage(send(request("/cashier", session).header("Accept-Language", "zh-CN,zh;q=0.9")
                    .GET()), "zh-Hans", titles.get("zh-Hans"));
            assertCleanOutagePage(send(request("/cashier", session).GET()), "zh-Hant", titles.get("zh-Hant"));

            HttpResponse<String> fragment = get("/cashier", session, "en", true);
            assertEquals(503, fragment.statusCode());
            assertEquals("true", fragment.headers().firstValue("HX-Refresh").orElse(""),
                    "htmx does not swap a 503: the tablet reloads into the error page");

            assertCleanOutagePage(signInForm(), "zh-Hant", titles.get("zh-Hant"));

            for (HttpResponse<String> api : List.of(pay(UUID.randomUUID().toString(), units.get(0), "100"),
                    statement())) {
                assertCleanProblem(api);
            }
        } finally {
            startPostgres();
        }
        application.awaitReady(RECOVERY);
        assertEquals(200, get("/cashier", session, "zh-Hant", false).statusCode(), "the same session works again");
        for (int i = 0; i < 20; i++) {
            assertEquals(200, statement().statusCode(), "no request after the recovery meets a dead connection");
        }
        assertTrue(application.isAlive(), "recovered without a restart");
    }

    @Test
    void postgresRestartedUnderLoadLosesNoAcknowledgedPaymentAndMakesNoneTwice() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> load = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            long unit = units.get(client);
            load.add(clients.submit(() -> {
                int n = 0;
                while (running.get()) {
                    String key = "outage-" + unit + "-" + n++;
                    String amount = String.valueOf(100 + n);
                    attempts.add(attempt(key, unit, amount));
                }
                return null;
            }));
        }
        try {
            // Under way first: every client has had payments acknowledged (the first ones warm the JVM up).
            await(Duration.ofSeconds(120), () -> attempts.stream().filter(Attempt::acknowledged)
                    .map(Attempt::unit).distinct().count() == CLIENTS && attempts.size() >= 3 * CLIENTS,
                    () -> "the load did not get going\n" + application.log());
            stopPostgres();
            Instant stopped = Instant.now();
            // Down until every client has felt it (a refused payment each), however slow the machine.
            await(Duration.ofSeconds(120), () -> attempts.stream()
                    .filter(a -> a.sent.isAfter(stopped) && !a.acknowledged()).map(Attempt::unit).distinct()
                    .count() == CLIENTS, () -> "the outage was not felt by every client\n" + application.log());
            startPostgres();
            Instant restarted = Instant.now();
            // Bounded recovery: from the restart on, payments go through again within RECOVERY.
            await(RECOVERY, () -> attempts.stream().anyMatch(a -> a.sent.isAfter(restarted) && a.acknowledged()),
                    () -> "no payment acknowledged within " + RECOVERY + " of the restart\n" + application.log());
            Instant recovered = Instant.now();
            // Then enough payments after the recovery to judge it: two per client, all answered.
            await(Duration.ofSeconds(120), () -> attempts.stream()
                    .filter(a -> a.sent.isAfter(recovered.plusSeconds(1))).count() >= 2L * CLIENTS,
                    () -> "no load after the recovery\n" + application.log());
            running.set(false);
            for (Future<?> client : load) {
                client.get();
            }

            List<Attempt> all = new ArrayList<>(attempts);
            assertTrue(all.stream().anyMatch(a -> a.sent.isBefore(stopped) && a.acknowledged()), "load before");
            List<Attempt> refused = all.stream().filter(a -> !a.acknowledged()).toList();
            assertFalse(refused.isEmpty(), "the outage was felt");
            for (Attempt failed : refused) {
                assertCleanProblem(failed.response);
            }
            List<Attempt> afterRecovery = all.stream().filter(a -> a.sent.isAfter(recovered.plusSeconds(1))).toList();
            assertFalse(afterRecovery.isEmpty());
            assertTrue(afterRecovery.stream().allMatch(Attempt::acknowledged), "every payment after the recovery: "
                    + afterRecovery.stream().map(a -> a.response.statusCode()).toList());
            assertTrue(application.isAlive(), "recovered without a restart");

            // A cashier retries each refused payment with its key: it is made at most once.
            Map<String, String> receiptOfKey = new HashMap<>();
            for (Attempt ok : all) {
                if (ok.acknowledged()) {
                    assertEquals(201, ok.response.statusCode());
                    assertEquals(null, receiptOfKey.put(ok.key, ok.receiptNo()), "one 201 per key");
                }
            }
            for (Attempt failed : refused) {
                Attempt retry = attempt(failed.key, failed.unit, failed.amount);
                assertTrue(retry.acknowledged(), "the retry succeeds: " + retry.response.body());
                receiptOfKey.putIfAbsent(failed.key, retry.receiptNo());
                assertEquals(receiptOfKey.get(failed.key), retry.receiptNo(), "a retry names the first receipt");
            }

            try (Connection db = DriverManager.getConnection(jdbcUrl)) {
                Map<String, String> stored = new HashMap<>();
                List<Integer> numbers = new ArrayList<>();
                try (ResultSet rs = db.createStatement().executeQuery(
                        "select idempotency_key, receipt_no from payment where idempotency_key like 'outage-%'")) {
                    while (rs.next()) {
                        assertEquals(null, stored.put(rs.getString(1), rs.getString(2)), "one payment per key");
                        numbers.add(Integer.parseInt(rs.getString(2).substring(5)));
                    }
                }
                for (Attempt ok : all) {
                    if (ok.acknowledged()) {
                        assertEquals(ok.receiptNo(), stored.get(ok.key), "acknowledged and stored: " + ok.key);
                    }
                }
                assertEquals(receiptOfKey, stored, "every payment stored is one a client was told about");
                TreeSet<Integer> sequence = new TreeSet<>(numbers);
                assertEquals(numbers.size(), sequence.size(), "receipt numbers unique");
                assertEquals(sequence.size(), sequence.last() - sequence.first() + 1, "and without gaps");
                assertEquals(count(db, "select count(*) from payment where idempotency_key like 'outage-%'"),
                        count(db, "select count(*) from ledger_line where kind = 'PAYMENT' and unit_id = any (?)",
                                (Object) units.toArray(Long[]::new)), "one ledger line per payment");
            }
        } finally {
            running.set(false);
            clients.shutdownNow();
        }
    }

    // --- the database -----------------------------------------------------------------------------------------

    private void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(databasePort).setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    /** {@code pg_ctl stop -m fast}: open sessions are ended, transactions in flight roll back. */
    private void stopPostgres() throws IOException {
        postgres.close();
    }

    private List<Long> seedSiteCashierAndUnits(Connection db) throws SQLException {
        long site = SeedRows.site(db, "outage", "斷線測試小區");
        try (Statement s = db.createStatement()) {
            s.execute("insert into building (site_id, name) values (" + site + ", '收費棟')");
        }
        SeedRows.staff(db, site, "outage-cashier", "cashier", BcryptUtil.bcryptHash(PASSWORD));
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into unit (site_id, building_id, label, label_key, floor, area_m2, search_text, search_terms)
                values (?, (select id from building where site_id = ?), ?, ?, 1, 30, ?, array[]::text[]) returning id""")) {
            for (int i = 1; i <= CLIENTS; i++) {
                insert.setLong(1, site);
                insert.setLong(2, site);
                insert.setString(3, "收費棟" + i + "室");
                insert.setString(4, "收費棟" + i + "室");
                insert.setString(5, "收費棟" + i + "室");
                ResultSet rs = insert.executeQuery();
                rs.next();
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i] instanceof Long[] array ? db.createArrayOf("bigint", array)
                        : parameters[i]);
            }
            ResultSet rs = query.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- HTTP -------------------------------------------------------------------------------------------------

    /** One payment posted at the cashier API, and what came back (a status 0 when the request itself failed). */
    private record Attempt(String key, long unit, String amount, Instant sent, HttpResponse<String> response,
            String receipt) {

        boolean acknowledged() {
            return response != null && response.statusCode() / 100 == 2 && receipt != null;
        }

        String receiptNo() {
            return receipt;
        }
    }

    private Attempt attempt(String key, long unit, String amount) {
        Instant sent = Instant.now();
        try {
            HttpResponse<String> response = pay(key, unit, amount);
            String receipt = null;
            if (response.statusCode() / 100 == 2) {
                JsonNode body = json.readTree(response.body());
                receipt = body.path("receiptNo").asText(null);
            }
            return new Attempt(key, unit, amount, sent, response, receipt);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("the application itself stopped answering: " + e, e);
        }
    }

    private HttpResponse<String> pay(String key, long unit, String amount) throws IOException, InterruptedException {
        return send(request("/api/v1/payments", null).header("Authorization", basic())
                .header("Idempotency-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"unitId\":" + unit + ",\"amount\":\"" + amount
                        + "\",\"method\":\"CARD\"}")));
    }

    private HttpResponse<String> statement() throws IOException, InterruptedException {
        return send(request("/api/v1/accounts/" + units.get(0) + "/statement", null).header("Authorization", basic())
                .GET());
    }

    /** The statuses of {@code count} statements asked for at once (each holds a connection of the pool). */
    private List<Integer> statementsConcurrently(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> statement().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String signIn() throws Exception {
        HttpResponse<String> response = signInForm();
        assertEquals(303, response.statusCode(), response.body());
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("steward-session="))
                .findFirst().orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** The sign-in page's form as a browser sends it: with the page's CSRF token, and the token's cookie. */
    private HttpResponse<String> signInForm() throws Exception {
        HttpResponse<String> page = send(request("/login", null).GET());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(token.find(), page.body());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("csrf-token="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        return send(request("/j_security_check", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8) + "&j_username=outage-cashier&j_password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> get(String path, String session, String language, boolean htmx)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, session);
        if (language != null) {
            request.header("Cookie", (session == null ? "" : session + "; ") + "steward-lang=" + language);
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return send(request.GET());
    }

    private HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(application.url(path)))
                .timeout(Duration.ofSeconds(30));
        if (session != null) {
            builder.header("Cookie", session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("outage-cashier:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    // --- what a user sees -------------------------------------------------------------------------------------

    private static void assertCleanOutagePage(HttpResponse<String> page, String language, String title) {
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        Document html = Jsoup.parse(page.body());
        assertEquals(language, html.selectFirst("html").attr("lang"));
        assertEquals(title, html.selectFirst("h1").text());
        assertNoInternals(page.body());
    }

    private void assertCleanProblem(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        try {
            JsonNode problem = json.readTree(response.body());
            assertEquals(503, problem.get("status").asInt());
            assertEquals("Service Unavailable", problem.get("title").asText());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
        assertNoInternals(response.body());
    }

    /** No stack trace, no exception class, no SQL state: nothing of Steward's or its libraries' insides. */
    private static void assertNoInternals(String body) {
        for (String internal : Set.of("Exception", "\tat ", "at steward.", "org.hibernate", "org.postgresql",
                "io.agroal", "SQL", "Error id")) {
            assertFalse(body.contains(internal), "shows " + internal + ": " + body);
        }
    }
}
