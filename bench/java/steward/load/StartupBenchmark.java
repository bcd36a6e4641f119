package steward.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import steward.embedded.PackagedApplication;

/**
 * Time from launching {@code java -jar quarkus-run.jar} (prod profile, a migrated database) to the first
 * {@code /q/health/ready} that answers UP, for the packaged applications that bench/startup.sh builds into
 * {@code bench.apps}: {@code plain} (the ordinary fast-jar) and {@code aot} (the aot-jar packaging of
 * quarkus.package.jar.aot.enabled, started with {@code -XX:AOTCache=app.aot}), both on the JDK of
 * {@code bench.java} (25 or newer), and the plain jar on this JVM's JDK for reference. The cache is the build's
 * own: {@code app.aot} as the build on JDK 25 made it while {@code AotTrainingIT} used the packaged application
 * (profile aot-cache of pom.xml); the benchmark makes none of its own. The starts alternate
 * between the variants so that the machine's noise falls on all of them; the median of {@code bench.starts}
 * each is the figure. Writes target/bench/startup.md.
 */
class StartupBenchmark {

    private static final int STARTS = Integer.getInteger("bench.starts", 7);
    private static final Path APPS = Path.of(System.getProperty("bench.apps", "target/bench/startup"));
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    /** The log's milestones that split a start into its phases, each the first line of the log to match. */
    private static final List<Pattern> MILESTONES = List.of(
            Pattern.compile("FlywayExecutor.*Database:"),
            Pattern.compile("DbMigrate.*(up to date|Successfully applied)"),
            Pattern.compile("started in [0-9.]+s"));
    static final List<String> PHASES = List.of(
            "JVM, Quarkus's static start (configuration, CDI, Hibernate's model), the pool's first connection",
            "Flyway: validate the migrations, nothing to migrate",
            "Hibernate's start, the beans' start-up (jobs, account listener), the HTTP server",
            "\"started\" to the first ready UP (health checks, the poll's own 10 ms)");
    private static final Pattern LOGGED_AT = Pattern.compile("(?m)^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}) ");

    record Variant(String label, Path directory, String java, List<String> options) {
    }

    @Test
    void measure() throws Exception {
        String java25 = System.getProperty("bench.java");
        if (java25 == null || java25.isBlank()) {
            throw new IllegalStateException("bench.java names the java of a JDK 25 or newer (bench/startup.sh finds one)");
        }
        String ownJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Variant> variants = List.of(
                new Variant("plain jar, JDK 25", APPS.resolve("plain"), java25, List.of()),
                // AOTMode=on: the JVM refuses to start rather than run without a cache it cannot use.
                new Variant("AOT cache (`-XX:AOTCache=app.aot`), JDK 25", APPS.resolve("aot"), java25,
                        List.of("-XX:AOTCache=app.aot", "-XX:AOTMode=on")),
                new Variant("plain jar, JDK " + Runtime.version().feature() + " (reference)", APPS.resolve("plain"),
                        ownJava, List.of()));
        Map<Variant, List<Double>> ready = new LinkedHashMap<>();
        Map<Variant, List<Double>> reported = new LinkedHashMap<>();
        Map<Variant, List<double[]>> phases = new LinkedHashMap<>();
        double loadBefore = loadAverage();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(120)).start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
                sql.execute("create database steward encoding 'UTF8' template template0");
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/steward";
            // The first start migrates the empty database; every measured start finds it migrated, as a restart does.
            start(variants.get(0), url);
            if (!Files.isRegularFile(variants.get(1).directory().resolve("app.aot"))) {
                throw new IllegalStateException("No AOT cache in " + variants.get(1).directory()
                        + ": bench/startup.sh copies the one the build made");
            }
            for (int round = 0; round < STARTS; round++) {
                for (Variant variant : variants) {
                    double[] times = start(variant, url);
                    ready.computeIfAbsent(variant, v -> new ArrayList<>()).add(times[0]);
                    reported.computeIfAbsent(variant, v -> new ArrayList<>()).add(times[1]);
                    phases.computeIfAbsent(variant, v -> new ArrayList<>()).add(Arrays.copyOfRange(times, 2, times.length));
                }
            }
        }
        double loadAfter = loadAverage();
        StringBuilder report = new StringBuilder();
        report.append(String.format("Starts per variant: %d (alternating), load average (1 min) %.1f before and %.1f after; "
                + "the build's AOT cache %d MB%n%n", STARTS, loadBefore, loadAfter,
                Files.size(APPS.resolve("aot").resolve("app.aot")) / 1024 / 1024));
        report.append("| variant | to /q/health/ready UP, median ms | min ms | max ms | Quarkus \"started in\", median s |\n");
        report.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (Variant variant : variants) {
            List<Double> times = new ArrayList<>(ready.get(variant));
            Collections.sort(times);
            List<Double> started = new ArrayList<>(reported.get(variant));
            Collections.sort(started);
            report.append(String.format("| %s | %.0f | %.0f | %.0f | %.3f |%n", variant.label(), times.get(times.size() / 2),
                    times.get(0), times.get(times.size() - 1), started.get(started.size() / 2)));
        }
        report.append("\nWhere the time to ready goes, median ms of each phase (from the log's timestamps):\n\n| phase |");
        variants.forEach(variant -> report.append(' ').append(variant.label()).append(" |"));
        report.append("\n| --- |").append(" ---: |".repeat(variants.size())).append('\n');
        for (int phase = 0; phase < PHASES.size(); phase++) {
            report.append("| ").append(PHASES.get(phase)).append(" |");
            for (Variant variant : variants) {
                int index = phase;
                List<Double> times = new ArrayList<>(phases.get(variant).stream().map(p -> p[index]).sorted().toList());
                report.append(String.format(" %.0f |", times.get(times.size() / 2)));
            }
            report.append('\n');
        }
        report.append("\n").append(LoadBenchmark.machine());
        Path out = Path.of("target", "bench", "startup.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /**
     * Milliseconds from launch to the first ready UP, the seconds Quarkus reports as "started in", then the
     * milliseconds of each of {@link #PHASES}.
     */
    private static double[] start(Variant variant, String url) throws Exception {
        int port = PackagedApplication.freePort();
        int managementPort = PackagedApplication.freePort();
        Path log = Files.createTempFile("steward-startup", ".log");
        List<String> command = new ArrayList<>();
        command.add(variant.java());
        command.addAll(variant.options());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        // Run from the application's directory: the AOT cache names the jars by relative paths.
        ProcessBuilder builder = new ProcessBuilder(command).directory(variant.directory().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("STEWARD_"));
        builder.environment().putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres", "STEWARD_SESSION_SECRET", "startup-benchmark-secret-0123456789"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long launched = System.nanoTime();
        long launchedAt = System.currentTimeMillis();
        Process process = builder.start();
        try {
            while (System.nanoTime() - launched < Duration.ofMinutes(3).toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(variant.label() + " exited:\n" + Files.readString(log));
                }
                try {
                    HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                        double ms = (System.nanoTime() - launched) / 1e6;
                        // A page, as the first tablet asks for one (the training run records what it loads).
                        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                                HttpResponse.BodyHandlers.discarding());
                        double[] result = new double[2 + PHASES.size()];
                        result[0] = ms;
                        result[1] = reportedSeconds(log);
                        double previous = 0;
                        List<Double> milestones = milestones(log, launchedAt);
                        milestones.add(ms);
                        for (int phase = 0; phase < PHASES.size(); phase++) {
                            result[2 + phase] = milestones.get(phase) - previous;
                            previous = milestones.get(phase);
                        }
                        return result;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException(variant.label() + " did not become ready:\n" + Files.readString(log));
        } finally {
            process.destroy();
            // Stopping takes longer after a training run: the JVM assembles the AOT cache as it exits.
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(log);
        }
    }

    private static double reportedSeconds(Path log) throws IOException {
        Matcher started = STARTED.matcher(Files.readString(log));
        return started.find() ? Double.parseDouble(started.group(1)) : Double.NaN;
    }

    /** Milliseconds from launch to each of {@link #MILESTONES}, by the log's own timestamps. */
    private static List<Double> milestones(Path log, long launchedAt) throws IOException {
        List<String> lines = Files.readAllLines(log);
        List<Double> at = new ArrayList<>();
        for (Pattern milestone : MILESTONES) {
            String line = lines.stream().filter(l -> milestone.matcher(l).find()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No line of the log matches " + milestone));
            Matcher stamp = LOGGED_AT.matcher(line);
            if (!stamp.find()) {
                throw new IllegalStateException("No timestamp on " + line);
            }
            long loggedAt = LocalDateTime.parse(stamp.group(1), LOG_TIME).atZone(ZoneId.systemDefault()).toInstant()
                    .toEpochMilli();
            at.add((double) (loggedAt - launchedAt));
        }
        return at;
    }

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
}
