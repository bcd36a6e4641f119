package steward.resident;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.demo.DemoData;

/**
 * Resident search at scale: generates a site of {@code bench.residents} residents (default 200,000) in
 * {@code bench.residents / 2} units, then measures each kind of query through the HTTP API with a signed-in
 * session (median, p95 and p99 of repeated requests, one client), and where the time goes: the floors any request
 * pays, the application's search statement through JDBC, the load of the hits, EXPLAIN ANALYZE of the statement,
 * against a naive substring scan of the same table in the same run; then eight clients at once, the search
 * against the liveness check of the same process. Writes target/bench/resident-search.md.
 *
 * Run: bench/resident-search.sh (or ./mvnw -B -Pbench test -Dtest=ResidentSearchBenchmark).
 */
@QuarkusTest
class ResidentSearchBenchmark {

    private static final int RESIDENTS = Integer.getInteger("bench.residents", 200_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 41);
    private static final String SITE = "bench";
    private static final String PASSWORD = "bench-password";
    private static final String[] QUERIES = { "王", "陳", "大文", "陈大文", "cdw", "5678", "0912345678", "502",
            "25棟2單元1203" };

    @Inject
    DataSource dataSource;

    @Inject
    ResidentSearch search;

    @TestHTTPResource("/")
    URL base;

    /** The liveness check, on the management interface as in production. */
    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @Test
    void measure() throws Exception {
        long siteId = generate();
        StringBuilder report = new StringBuilder();
        report.append("Residents: ").append(count("select count(*) from resident where site_id = " + siteId))
                .append(", units: ").append(count("select count(*) from unit where site_id = " + siteId))
                .append(", rounds per query: ").append(ROUNDS).append("\n\n");
        // A tablet's signed-in session (HTTP Basic would add a bcrypt check to every request), sent by the JDK's
        // own HTTP client, lighter than RestAssured: the figures are the server's, not the client's.
        String cookies = steward.support.Browser.signIn("bench-desk", PASSWORD).cookies().entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        Client client = new Client(base, live, cookies);
        // Warm the JIT on every path measured, as a replica is warm after its first minutes of use.
        for (int i = 0; i < ROUNDS; i++) {
            for (String query : QUERIES) {
                client.search(query);
                summaries(ids(query, siteId));
            }
            client.live();
        }

        // Where a request's time goes: the floors any request pays, then each query's layers.
        double health = median(times(() -> client.live()));
        double staticFile = median(times(() -> client.staticFile()));
        double signedIn = median(times(() -> client.search("")));
        report.append(String.format("Floors (medians): `/q/health/live` on the management interface %.2f ms; a static "
                + "file on the application's port (its filters and headers, no sign-in) %.2f ms; a signed-in API request "
                + "that searches nothing (`q=` empty: the session, the account, JAX-RS, JSON of `[]`) %.2f ms.%n%n",
                health, staticFile, signedIn));
        report.append("| query | hits (max 20) | API median ms | API p95 ms | API p99 ms | ids (SQL through JDBC) median ms "
                + "| load of the hits median ms | rest of the request ms | EXPLAIN ANALYZE median ms | naive LIKE scan median ms |\n");
        report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        StringBuilder plans = new StringBuilder();
        for (String query : QUERIES) {
            int hits = ids(query, siteId).size();
            List<Double> api = times(() -> client.search(query));
            List<Double> ids = times(() -> ids(query, siteId));
            List<Long> found = ids(query, siteId);
            List<Double> load = times(() -> summaries(found));
            List<Double> sql = new ArrayList<>();
            List<Double> naive = new ArrayList<>();
            String plan = null;
            for (int i = 0; i < ROUNDS; i++) {
                ExplainResult result = explain(query, siteId);
                sql.add(result.executionMs);
                plan = result.plan;
                naive.add(naiveScanMs(query, siteId));
            }
            double rest = median(api) - median(ids) - median(load);
            report.append(String.format("| `%s` | %d | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %.2f | %.2f |%n", query,
                    hits, median(api), percentile(api, 95), percentile(api, 99), median(ids), median(load), rest,
                    median(sql), median(naive)));
            if (query.equals("王") || query.equals("cdw") || query.equals("5678")) {
                plans.append("Plan for `").append(query).append("`:\n\n```\n").append(plan).append("```\n\n");
            }
        }
        report.append("\n").append(throughput(client)).append("\n").append(plans);
        Path out = Path.of("target", "bench", "resident-search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /**
     * Eight tablets at once, each sending its next request as soon as the last is answered: the searches (every
     * query in turn), then the liveness check of the same process, each for {@code bench.throughput-requests}
     * requests per client.
     */
    private String throughput(Client client) throws Exception {
        int perClient = Integer.getInteger("bench.throughput-requests", 400);
        double searches = requestsPerSecond(perClient, i -> client.search(QUERIES[i % QUERIES.length]));
        double health = requestsPerSecond(perClient, i -> client.live());
        return String.format("With %d clients: searches %.0f requests/s, `/q/health/live` %.0f requests/s: the search "
                + "at %.0f%% of the floor's throughput.%n", CLIENTS, searches, health, 100 * searches / health);
    }

    private static final int CLIENTS = 8;

    private interface Request {
        void send(int index) throws Exception;
    }

    private static double requestsPerSecond(int perClient, Request request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                work.add(() -> {
                    for (int i = 0; i < perClient; i++) {
                        request.send(offset + i);
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> done : clients.invokeAll(work)) {
                done.get();
            }
            return CLIENTS * perClient / ((System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdownNow();
        }
    }

    /** The JDK's HTTP client with the tablet's session cookie. */
    private static final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI base;
        private final URI live;
        private final String cookies;

        Client(URL base, URL live, String cookies) throws Exception {
            this.base = base.toURI();
            this.live = live.toURI();
            this.cookies = cookies;
        }

        void search(String query) throws Exception {
            get(base.resolve("/api/v1/residents?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)), true);
        }

        void live() throws Exception {
            get(live, false);
        }

        void staticFile() throws Exception {
            get(base.resolve("/favicon.svg"), false);
        }

        private void get(URI uri, boolean signedIn) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            if (signedIn) {
                request.header("Cookie", cookies);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + ": " + response.statusCode());
            }
        }
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static List<Double> times(Timed timed) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            timed.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    /** The application's own search statement, as the API runs it (through JDBC, with its parameters). */
    private List<Long> ids(String query, long siteId) {
        return search.residents(query, List.of(siteId), () -> "TW", 20);
    }

    /** The application's own load of the hits, in a request of its own and no transaction, as the API's search. */
    private static List<ResidentService.Summary> summaries(List<Long> ids) {
        var request = Arc.container().requestContext();
        request.activate();
        try {
            return ResidentService.summaries(ids);
        } finally {
            request.terminate();
        }
    }

    record ExplainResult(double executionMs, String plan) {
    }

    private ExplainResult explain(String query, long siteId) throws Exception {
        ResidentSearch.Query q = ResidentSearch.Query.of(query, () -> "TW");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "explain (analyze, buffers, costs off, timing off, summary on) " + ResidentSearch.RESIDENT_IDS)) {
            Object[] parameters = ResidentSearch.residentParameters(connection, q, List.of(siteId), 20);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            StringBuilder plan = new StringBuilder();
            double executionMs = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    plan.append(line).append('\n');
                    if (line.startsWith("Execution Time:")) {
                        executionMs = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                    }
                }
            }
            return new ExplainResult(executionMs, plan.toString());
        }
    }

    /** What a search without the gram index costs: a substring scan of every name of the site. */
    private double naiveScanMs(String query, long siteId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id from resident where site_id = ? and (name like ? or array_to_string(phones, ',') like ?) limit 20")) {
            statement.setLong(1, siteId);
            statement.setString(2, "%" + query + "%");
            statement.setString(3, "%" + query + "%");
            long start = System.nanoTime();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                }
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** Creates the bench site once; a second run reuses it. */
    private long generate() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet existing = statement.executeQuery("select id from site where code = '" + SITE + "'");
            if (existing.next()) {
                return existing.getLong(1);
            }
            connection.setAutoCommit(false);
            ResultSet site = statement.executeQuery("insert into site (code, name, time_zone, currency, company_name) "
                    + "values ('" + SITE + "', '基準小區', 'Asia/Taipei', 'TWD', '好管家物業') returning id");
            site.next();
            long siteId = site.getLong(1);
            int units = RESIDENTS / 2;
            int buildings = Math.max(1, units / 2000);
            List<Long> buildingIds = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into building (site_id, name) values (?, ?) returning id")) {
                for (int b = 1; b <= buildings; b++) {
                    insert.setLong(1, siteId);
                    insert.setString(2, b + "棟");
                    ResultSet id = insert.executeQuery();
                    id.next();
                    buildingIds.add(id.getLong(1));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into unit (site_id, building_id, label, "
                    + "label_key, floor, area_m2, search_text, search_terms) values (?, ?, ?, ?, ?, 88.5, ?, ?)")) {
                int made = 0;
                for (int b = 1; b <= buildings && made < units; b++) {
                    for (int entrance = 1; entrance <= 2 && made < units; entrance++) {
                        for (int floor = 1; floor <= 25 && made < units; floor++) {
                            for (int room = 1; room <= 40 && made < units; room++, made++) {
                                String label = String.format("%d棟%d單元%d%02d", b, entrance, floor, room);
                                insert.setLong(1, siteId);
                                insert.setLong(2, buildingIds.get(b - 1));
                                insert.setString(3, label);
                                insert.setString(4, UnitLabel.key(label));
                                insert.setInt(5, floor);
                                insert.setString(6, SearchTerms.normalise(label));
                                insert.setArray(7, connection.createArrayOf("text",
                                        SearchTerms.forText(label).toArray()));
                                insert.addBatch();
                                if (made % 1000 == 999) {
                                    insert.executeBatch();
                                }
                            }
                        }
                    }
                }
                insert.executeBatch();
            }
            Random random = new Random(42);
            try (PreparedStatement insert = connection.prepareStatement("insert into resident (site_id, name, kind, "
                    + "phones, search_text, search_terms) values (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < RESIDENTS; i++) {
                    String name = i == 0 ? "陳大文" : DemoData.randomName(random);
                    String phone = Phones.normalise(i == 0 ? "0912345678" : DemoData.randomMobile(random), "TW")
                            .orElse("+886912000000");
                    insert.setLong(1, siteId);
                    insert.setString(2, name);
                    insert.setString(3, i % 2 == 0 ? "OWNER" : "HOUSEHOLD");
                    insert.setArray(4, connection.createArrayOf("text", new Object[] { phone }));
                    insert.setString(5, SearchTerms.normalise(name));
                    insert.setArray(6, connection.createArrayOf("text", Resident.searchTerms(name, List.of(phone))));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            statement.execute("insert into resident_unit (resident_id, unit_id) "
                    + "select r.id, u.id from (select id, row_number() over (order by id) as n from resident where site_id = "
                    + siteId + ") r join (select id, row_number() over (order by id) as n from unit where site_id = "
                    + siteId + ") u on u.n = (r.n + 1) / 2");
            try (PreparedStatement account = connection.prepareStatement(
                    "insert into account (username, display_name, password_hash, roles) values ('bench-desk', '基準', ?, 'desk') returning id")) {
                account.setString(1, BcryptUtil.bcryptHash(PASSWORD));
                ResultSet id = account.executeQuery();
                id.next();
                statement.execute("insert into account_site (account_id, site_id) values (" + id.getLong(1) + ", " + siteId + ")");
            }
            connection.commit();
            statement.execute("analyze");
            return siteId;
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
