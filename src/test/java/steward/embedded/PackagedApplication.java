package steward.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application (target/quarkus-app) started as a child process, as an operator starts it: the one way
 * the integration tests start a replica, wait for it to be ready, read its log and stop it (gently, or with
 * SIGKILL). Closing it kills what is left.
 */
public final class PackagedApplication implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    public static final Duration STARTUP = Duration.ofSeconds(180);

    private final String name;
    /** The ports the application says it listens on, in its log line "Listening on: …". */
    private static final java.util.regex.Pattern LISTENING = java.util.regex.Pattern.compile(
            "Listening on: https?://[^\\s]+:(\\d+)\\. Management interface listening on https?://[^\\s]+:(\\d+)");

    private final Process process;
    /** 0 until the application has said which port it took (see {@link #LISTENING}). */
    private volatile int port;
    private volatile int managementPort;
    private final Path log;

    private PackagedApplication(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar on {@code port} (0: a port the system gives it, read from its log when it is ready) and its
     * management interface, health and metrics, on a port the system gives it, with the given JVM arguments and
     * environment; the environment of the test run (QUARKUS_*, STEWARD_*) is not passed on, so only what a test
     * names configures the replica. The system's ports, not ports found free beforehand: another process may take a
     * free port between the finding and the replica's binding it.
     */
    public static PackagedApplication start(String name, int port, List<String> jvmArguments,
            Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=0");
        command.addAll(jvmArguments);
        command.add("-jar");
        command.add(JAR.toString());
        Path log = Files.createTempFile("steward-" + name + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("STEWARD_"));
        builder.environment().putAll(environment);
        return new PackagedApplication(name, builder.start(), port, log);
    }

    /**
     * A production replica on a free port, on the database of {@code jdbcUrl}, with a session secret of its own
     * and local accounts enabled; {@code environment} adds to or overrides that.
     */
    public static PackagedApplication startProduction(String name, String jdbcUrl, Map<String, String> environment)
            throws IOException {
        Map<String, String> settings = new HashMap<>(Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "STEWARD_SESSION_SECRET", "packaged-application-it-session-secret-0123456789",
                "STEWARD_LOCAL_ACCOUNTS_ENABLED", "true"));
        settings.putAll(environment);
        return start(name, 0, List.of("-Dquarkus.profile=prod", "-Xmx384m"), settings);
    }

    /**
     * Waits until {@code /q/health/ready} (on the management interface) answers 200; fails with the log if the
     * process exits or time runs out.
     */
    public PackagedApplication awaitReady() throws InterruptedException {
        return awaitReady(STARTUP);
    }

    public PackagedApplication awaitReady(Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Replica " + name + " exited:\n" + log());
            }
            if (managementPort == 0) {
                java.util.regex.Matcher listening = LISTENING.matcher(log());
                if (!listening.find()) {
                    Thread.sleep(500);
                    continue;
                }
                port = Integer.parseInt(listening.group(1));
                managementPort = Integer.parseInt(listening.group(2));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(managementUrl("/q/health/ready")))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Replica " + name + " did not become ready within " + limit + ":\n" + log());
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public String url(String path) {
        return baseUrl() + path;
    }

    public int port() {
        if (port == 0) {
            throw new IllegalStateException("Replica " + name + " has not said its port yet: awaitReady() first");
        }
        return port;
    }

    /** A path of the management interface: health ({@code /q/health/ready}) and metrics ({@code /q/metrics}). */
    public String managementUrl(String path) {
        if (managementPort == 0) {
            throw new IllegalStateException("Replica " + name + " has not said its ports yet: awaitReady() first");
        }
        return "http://localhost:" + managementPort + path;
    }

    /**
     * How many times the replica's job {@code method} (a {@code @Scheduled} method's name) has finished, from the
     * timer Quarkus keeps of each job on the management interface's metrics ({@code scheduled_methods_seconds_count},
     * summed over its outcomes).
     */
    public long jobRuns(String method) {
        try {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(managementUrl("/q/metrics"))).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return metrics.body().lines().filter(line -> line.startsWith("scheduled_methods_seconds_count{")
                    && line.contains("method=\"" + method + "\""))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Process process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the replica wrote to standard output and error so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, as when a node dies: no shutdown hook runs, open transactions die with their connections. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("Replica " + name + " survived SIGKILL");
        }
    }

    /** SIGTERM, as Kubernetes stops a pod; true when the replica exited within {@code limit}. */
    public boolean stop(Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /**
     * Creates the company's database on a PostgreSQL server, as an operator does before the first start; answers
     * the JDBC URL a replica is given.
     */
    public static String createDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create database steward encoding 'UTF8' template template0");
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/steward?user=postgres";
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
