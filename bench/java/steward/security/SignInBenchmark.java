package steward.security;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * What a signed-in user feels of the sign-in machinery, in one run: the same API call (a resident search) with a
 * session cookie and with HTTP Basic (whose verified credential is remembered, so bcrypt runs once per client), each
 * alone and while {@code bench.flood-threads} threads (default 6) send HTTP Basic requests with random usernames
 * and wrong passwords as fast as they are answered (what the probe did). Writes target/bench/sign-in.md.
 *
 * Run: bench/sign-in.sh (or ./mvnw -B -Pbench test -Dtest=SignInBenchmark).
 */
@QuarkusTest
class SignInBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 201);
    private static final int FLOOD_THREADS = Integer.getInteger("bench.flood-threads", 6);
    private static final String PATH = "/api/v1/residents?q=%E7%8E%8B";

    @Inject
    TestSites sites;

    @TestHTTPResource("/")
    URL base;

    @Test
    void measure() throws Exception {
        sites.ensure();
        String username = sites.freshAccount(Roles.DESK);
        Map<String, String> session = Browser.signIn(username).cookies();
        Supplier<ValidatableResponse> cookie = () -> Api.anonymous().cookies(session).get(PATH).then().statusCode(200);
        Supplier<ValidatableResponse> basic = () -> Api.as(username).get(PATH).then().statusCode(200);

        StringBuilder report = new StringBuilder();
        report.append("Rounds per line: ").append(ROUNDS).append(", flood: ").append(FLOOD_THREADS)
                .append(" threads of HTTP Basic with random usernames and wrong passwords, processors: ")
                .append(Runtime.getRuntime().availableProcessors()).append("\n\n");
        report.append("| `GET /api/v1/residents?q=王` signed in by | flood | median ms | p95 ms | max ms | flood requests answered (status: count) |\n"
                + "| --- | --- | ---: | ---: | ---: | --- |\n");
        measure(report, "session cookie", cookie, false);
        measure(report, "HTTP Basic (remembered)", basic, false);
        measure(report, "session cookie", cookie, true);
        measure(report, "HTTP Basic (remembered)", basic, true);

        Path out = Path.of("target", "bench", "sign-in.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private void measure(StringBuilder report, String label, Supplier<ValidatableResponse> call, boolean flood)
            throws Exception {
        for (int i = 0; i < 10; i++) {
            call.get(); // warm: the JIT, the pool, and for Basic the one bcrypt
        }
        AtomicBoolean flooding = new AtomicBoolean(flood);
        Map<Integer, AtomicLong> floodAnswers = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, FLOOD_THREADS));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        if (flood) {
            for (int t = 0; t < FLOOD_THREADS; t++) {
                threads.submit(() -> {
                    while (flooding.get()) {
                        String credential = "guess-" + UUID.randomUUID() + ":wrong-" + UUID.randomUUID();
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString() + PATH.substring(1)))
                                .header("Authorization", "Basic " + Base64.getEncoder()
                                        .encodeToString(credential.getBytes(StandardCharsets.UTF_8)))
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        try {
                            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            floodAnswers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        } catch (Exception e) {
                            floodAnswers.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            // Let the flood reach its pace before measuring.
            for (int i = 0; i < 20; i++) {
                call.get();
            }
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        flooding.set(false);
        threads.shutdown();
        threads.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        Collections.sort(times);
        report.append(String.format("| %s | %s | %.1f | %.1f | %.1f | %s |%n", label, flood ? "yes" : "no",
                times.get(times.size() / 2), times.get((int) Math.ceil(0.95 * times.size()) - 1),
                times.get(times.size() - 1), flood ? new java.util.TreeMap<>(floodAnswers).toString() : "—"));
    }
}
