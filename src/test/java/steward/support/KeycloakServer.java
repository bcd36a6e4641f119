package steward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} distribution that the build unpacks into target/keycloak),
 * started in dev mode on free ports with the realm of src/test/resources/keycloak/steward-realm.json, and
 * Steward's single sign-on pointed at it. Keycloak needs Java 21 or newer: JAVA_HOME or this JVM where recent
 * enough, else the newest such JDK under /usr/lib/jvm. Where there is none the tests that use it skip and say
 * why, unless the build runs with {@code -Dbrowser-tests.required=true} (as CI does), where they fail.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "steward";
    public static final String CLIENT = "steward";
    public static final String CLIENT_SECRET = "steward-test-client-secret";
    public static final String INTEGRATION_CLIENT = "steward-integration";
    public static final String INTEGRATION_SECRET = "steward-integration-secret";
    /** Another client of the same realm, whose tokens are not meant for Steward (no audience of Steward's). */
    public static final String OTHER_CLIENT = "steward-other";
    public static final String OTHER_SECRET = "steward-other-secret";
    /** Keycloak's own administrator (master realm), for tests that change a user as the company's IT would. */
    public static final String ADMIN = "kc-admin";
    public static final String ADMIN_PASSWORD = "kc-admin-Passw0rd";

    private static final Path HOME = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.5.6"));
    private static final Duration STARTUP = Duration.ofMinutes(8);

    /**
     * Where a Keycloak launched ahead of its test is handed over (see {@link #launchEarly()}); not under
     * {@code steward.}, which the application validates as its own configuration.
     */
    static final String EARLY_PID = "keycloak.early-pid";
    /** The port Keycloak took, in its log line "Listening on: http://0.0.0.0:41234". */
    private static final java.util.regex.Pattern LISTENING = java.util.regex.Pattern.compile(
            "Listening on: https?://[^\\s]+:(\\d+)");
    private static final Path LOG = Path.of("target", "keycloak-test.log");

    private static String unavailable;
    private static String url;
    private ProcessHandle process;

    /** Why Keycloak could not be started here, or empty when it runs. */
    public static Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    /**
     * Moves a user of the realm from one group to another (either may be null: only join, only leave), as the
     * company's IT does when someone changes site or job (through Keycloak's admin API).
     */
    public static void moveUser(String username, String fromGroup, String toGroup) {
        String token = io.restassured.RestAssured.given().formParams(Map.of("grant_type", "password", "client_id",
                "admin-cli", "username", ADMIN, "password", ADMIN_PASSWORD))
                .post(url + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        String admin = url + "/admin/realms/" + REALM;
        String user = io.restassured.RestAssured.given().auth().oauth2(token).queryParam("username", username)
                .queryParam("exact", true).get(admin + "/users").then().statusCode(200).extract().path("[0].id");
        for (String group : java.util.Arrays.asList(fromGroup, toGroup)) {
            if (group == null) {
                continue;
            }
            String id = io.restassured.RestAssured.given().auth().oauth2(token).queryParam("search", group)
                    .queryParam("exact", true).get(admin + "/groups").then().statusCode(200).extract()
                    .path("find { it.name == '" + group + "' }.id");
            var request = io.restassured.RestAssured.given().auth().oauth2(token);
            var response = group.equals(fromGroup) ? request.delete(admin + "/users/" + user + "/groups/" + id)
                    : request.put(admin + "/users/" + user + "/groups/" + id);
            if (response.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused to move " + username + ": " + response.asString());
            }
        }
    }

    /** The realm's issuer, e.g. http://localhost:41234/realms/steward. */
    public static String issuer() {
        return url + "/realms/" + REALM;
    }

    @Override
    public Map<String, String> start() {
        unavailable = missing().orElse(null);
        if (unavailable != null) {
            if (Boolean.getBoolean("browser-tests.required")) {
                throw new IllegalStateException("Cannot run the single sign-on test: " + unavailable);
            }
            return Map.of();
        }
        Optional<ProcessHandle> early = launchedEarly();
        process = early.orElseGet(() -> launch(false));
        url = null;
        long waiting = System.nanoTime();
        awaitRealm();
        System.out.printf("Keycloak %s serves its realm; the test waited %d ms for it%n",
                early.isPresent() ? "launched ahead of the test" : "launched by the test",
                (System.nanoTime() - waiting) / 1_000_000);
        Map<String, String> config = new HashMap<>();
        // The test profile sets these with %test. in application.properties (for the OIDC stub): override both.
        for (String prefix : List.of("", "%test.")) {
            config.put(prefix + "quarkus.oidc.auth-server-url", issuer());
            config.put(prefix + "quarkus.oidc.client-id", CLIENT);
            config.put(prefix + "quarkus.oidc.credentials.secret", CLIENT_SECRET);
        }
        return config;
    }

    /** Why Keycloak cannot run here, if it cannot. */
    static Optional<String> missing() {
        if (newestJdk(21).isEmpty()) {
            return Optional.of("no JDK 21 or newer (JAVA_HOME or /usr/lib/jvm); Keycloak needs one");
        }
        if (!Files.isRegularFile(HOME.resolve("bin/kc.sh"))) {
            return Optional.of("Keycloak's distribution is not unpacked at " + HOME + " (run the build through Maven)");
        }
        return Optional.empty();
    }

    /**
     * Launches Keycloak ahead of the test that needs it ({@link KeycloakEarlyStart}), at a low priority, so that its
     * half-minute start takes only the CPU the tests running meanwhile leave idle. The resource takes it over by
     * the JVM's system properties: the listener and the resource may be loaded by different class loaders.
     */
    static void launchEarly() {
        if (launchedEarly().isPresent()) {
            // Still running from an earlier plan of this JVM (continuous testing): one Keycloak is enough.
            return;
        }
        ProcessHandle launched = launch(true);
        System.setProperty(EARLY_PID, String.valueOf(launched.pid()));
        // Should the test never run (a failure before it), the process ends with the JVM all the same.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> end(launched)));
    }

    /** Ends a Keycloak launched ahead of its test, once the test plan has run (whether or not its test took it). */
    static void endEarly() {
        launchedEarly().ifPresent(KeycloakServer::end);
        System.clearProperty(EARLY_PID);
    }

    private static Optional<ProcessHandle> launchedEarly() {
        return Optional.ofNullable(System.getProperty(EARLY_PID)).map(Long::parseLong).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
    }

    /**
     * Starts Keycloak in dev mode on ports the system gives it (read from its log: a port found free beforehand may be
     * taken by another process in the minute a low-priority start takes), with a fresh database that imports the
     * realm file.
     */
    private static ProcessHandle launch(boolean lowPriority) {
        try {
            // A fresh H2 database inside Keycloak each time, so the realm file is imported as it is now.
            deleteTree(HOME.resolve("data"));
            Path imports = Files.createDirectories(HOME.resolve("data/import"));
            try (var realm = KeycloakServer.class.getResourceAsStream("/keycloak/steward-realm.json")) {
                Files.copy(realm, imports.resolve("steward-realm.json"));
            }
            List<String> command = new java.util.ArrayList<>(lowPriority ? List.of("nice", "-n", "15") : List.of());
            command.addAll(List.of("bash", HOME.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=0",
                    "--http-management-port=0", "--import-realm", "--cache=local"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("QUARKUS_"));
            builder.environment().put("JAVA_HOME", newestJdk(21).orElseThrow().toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // jboss-threads resets thread locals through java.lang internals, closed by default from Java 24 on.
            builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
            return builder.start().toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited: " + tail(LOG));
            }
            if (url == null) {
                java.util.regex.Matcher listening = LISTENING.matcher(log());
                if (!listening.find()) {
                    sleep(Duration.ofMillis(500));
                    continue;
                }
                url = "http://localhost:" + listening.group(1);
            }
            HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build();
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException("Keycloak did not serve the realm within " + STARTUP + ": " + tail(LOG));
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        end(process);
        process = null;
        System.clearProperty(EARLY_PID);
    }

    /** Ends Keycloak: kc.sh execs the JVM, but a first start-dev may leave a child (the build step) behind. */
    private static void end(ProcessHandle keycloak) {
        keycloak.descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
        try {
            keycloak.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
            keycloak.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JAVA_HOME if it is recent enough, else this JVM, else the newest recent enough JDK under /usr/lib/jvm. */
    static Optional<Path> newestJdk(int minimum) {
        Optional<Path> preferred = Stream.of(System.getenv("JAVA_HOME"), System.getProperty("java.home"))
                .filter(home -> home != null && !home.isBlank()).map(Path::of)
                .filter(home -> isJdk(home, minimum)).findFirst();
        if (preferred.isPresent() || !Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            return preferred;
        }
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            return installed.filter(home -> isJdk(home, minimum)).max(Comparator.comparingInt(KeycloakServer::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isJdk(Path home, int minimum) {
        return Files.isExecutable(home.resolve("bin/java")) && majorVersion(home) >= minimum;
    }

    /** From the JDK's {@code release} file: JAVA_VERSION="25.0.1" is 25, "1.8.0_402" is 8. */
    static int majorVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            properties.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
        String[] parts = version.split("[.+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String log() {
        try {
            return Files.exists(LOG) ? Files.readString(LOG) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
