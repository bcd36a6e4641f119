package steward.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import steward.embedded.PackagedApplication;

/**
 * A mixed workload of {@code bench.tablets} simulated tablets (default 100) against the packaged application
 * (target/quarkus-app/quarkus-run.jar, prod profile, started as an operator starts it) on a PostgreSQL 17 that
 * the benchmark starts with production settings (fsync and synchronous_commit on) and {@code pg_stat_statements}:
 * <ol>
 * <li>generates the full-scale data once ({@link FullScaleData}; the data directory is
 * kept for later runs in target/bench/load-pg-*, {@code -Dbench.fresh=true} starts afresh);</li>
 * <li>counts the SQL statements each main page costs per request (pg_stat_statements around ten requests);</li>
 * <li>signs every tablet in (form sign-in, own session), then for {@code bench.duration} (default PT5M) each loops
 * with a think time of {@code bench.think-min-ms}..{@code bench.think-max-ms} over resident search, the visitor
 * board (the desk page and its htmx poll), registering a visitor, a cash payment with an idempotency key, and a
 * fee statement; records per operation count, errors, median, p95, p99 and max, the throughput, the CPU the
 * application, PostgreSQL and this load generator used, and the machine's load average.</li>
 * </ol>
 * Writes target/bench/load.md. Run: bench/load.sh (it packages the application first).
 */
class LoadBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 100_000);
    private static final int MONTHS = Integer.getInteger("bench.months", 20);
    private static final int TABLETS = Integer.getInteger("bench.tablets", 100);
    private static final Duration DURATION = Duration.parse(System.getProperty("bench.duration", "PT5M"));
    private static final int THINK_MIN_MS = Integer.getInteger("bench.think-min-ms", 1_000);
    private static final int THINK_MAX_MS = Integer.getInteger("bench.think-max-ms", 5_000);
    /** One data directory per scale, kept between runs: generating the full scale takes minutes. */
    private static final Path DATA_DIR = Path.of("target", "bench", "load-pg-" + UNITS + "-units-" + MONTHS + "-months");
    private static final String[] QUERIES = { "王", "陳大文", "林", "0912", "2棟1單元", "3棟2單元1203", "cdw", "李美" };
    private static final int ROUNDS_PER_PAGE = 10;

    /** The mix of one tablet's work: an operation and its weight. */
    private static final Map<String, Integer> MIX = new LinkedHashMap<>();

    static {
        MIX.put("resident search", 25);
        MIX.put("visitor board poll (htmx)", 30);
        MIX.put("desk page (visitor board)", 5);
        MIX.put("register a visitor", 10);
        MIX.put("payment at the cashier", 10);
        MIX.put("fee statement", 20);
    }

    private final Map<String, List<Double>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstProblem = new ConcurrentHashMap<>();

    @Test
    void measure() throws Exception {
        if (Boolean.getBoolean("bench.fresh")) {
            deleteTree(DATA_DIR);
        }
        Files.createDirectories(DATA_DIR);
        StringBuilder report = new StringBuilder();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(DATA_DIR.toAbsolutePath())
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(120))
                // Durable commits as in production (the embedded server's builder turns synchronous_commit off).
                .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "200").setServerConfig("shared_buffers", "256MB")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track_utility", "off").start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement();
                    ResultSet exists = sql.executeQuery("select 1 from pg_database where datname = 'steward'")) {
                if (!exists.next()) {
                    sql.execute("create database steward encoding 'UTF8' template template0");
                }
            }
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/steward";
            int port = PackagedApplication.freePort();
            URI base = URI.create("http://localhost:" + port);
            PackagedApplication app = PackagedApplication.start("load", port, List.of("-Xmx768m"),
                    Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                            "QUARKUS_DATASOURCE_PASSWORD", "postgres", "STEWARD_SESSION_SECRET",
                            "load-benchmark-session-secret-0123456789", "STEWARD_LOCAL_ACCOUNTS_ENABLED", "true"));
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                app.awaitReady();
                try (Statement sql = db.createStatement()) {
                    sql.execute("create extension if not exists pg_stat_statements");
                }
                FullScaleData data = new FullScaleData(db, UNITS, MONTHS);
                String generated = "already there (kept from an earlier run in " + DATA_DIR + ")";
                if (!data.present()) {
                    long start = System.nanoTime();
                    data.generate();
                    generated = String.format("generated in %.0f s", (System.nanoTime() - start) / 1e9);
                }
                db.setAutoCommit(true);
                report.append("Data: ").append(data.summary()).append(" (").append(generated).append(")\n\n");
                List<Tablet.Site> sites = sites(db);
                awaitIdleDatabase(db);
                report.append(queriesPerRequest(base, db, sites.get(0)));
                awaitIdleDatabase(db);
                report.append(load(base, sites, app.process().pid(), postgresPid()));
            } finally {
                if (!app.stop(Duration.ofSeconds(60))) {
                    app.kill();
                }
            }
        }
        report.append("\n").append(machine());
        Path out = Path.of("target", "bench", "load.md");
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** The SQL statements each main page costs: the least of three rounds of ten requests (jobs run alongside). */
    private String queriesPerRequest(URI base, Connection db, Tablet.Site site) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Tablet tablet = new Tablet(base, executor);
            require(tablet.signIn(FullScaleData.tablet(1, 1), FullScaleData.PASSWORD));
            Tablet supervisor = new Tablet(base, executor);
            require(supervisor.signIn(FullScaleData.supervisor(1), FullScaleData.PASSWORD));
            long unit = site.firstUnit() + 17;
            long resident = site.firstResident() + 33;
            Random random = new Random(7);
            Map<String, Step> pages = new LinkedHashMap<>();
            pages.put("desk page `GET /desk`", () -> tablet.page("/desk", false));
            pages.put("visitor board poll `GET /desk/board` (htmx)", () -> tablet.page("/desk/board", true));
            pages.put("resident search `GET /residents?q=王` (htmx)", () -> tablet.page("/residents?q=%E7%8E%8B", true));
            pages.put("resident file `GET /residents/{id}`", () -> tablet.page("/residents/" + resident, false));
            pages.put("cashier page `GET /cashier/units/{id}`", () -> tablet.page("/cashier/units/" + unit, false));
            pages.put("fee statement `GET /cashier/units/{id}/statement`",
                    () -> tablet.page("/cashier/units/" + unit + "/statement", false));
            pages.put("complaints list `GET /complaints`", () -> supervisor.page("/complaints", false));
            pages.put("dashboard `GET /dashboard`", () -> supervisor.page("/dashboard", false));
            pages.put("register a visitor `POST /desk/visits`",
                    () -> tablet.registerVisitor(site.unit(random), "量測訪客"));
            pages.put("cash payment `POST /cashier/units/{id}/payments`", () -> tablet.pay(unit, 200));
            StringBuilder table = new StringBuilder("| page | statements per request | most repeated statement (calls per request) |\n"
                    + "| --- | ---: | --- |\n");
            StringBuilder details = new StringBuilder();
            for (Map.Entry<String, Step> page : pages.entrySet()) {
                require(page.getValue().run());
                require(page.getValue().run());
                Map<String, Long> best = null;
                long bestTotal = Long.MAX_VALUE;
                for (int round = 0; round < 3; round++) {
                    try (Statement sql = db.createStatement()) {
                        sql.execute("select pg_stat_statements_reset()");
                    }
                    for (int i = 0; i < ROUNDS_PER_PAGE; i++) {
                        require(page.getValue().run());
                    }
                    Map<String, Long> calls = statementCalls(db);
                    long total = calls.values().stream().mapToLong(Long::longValue).sum();
                    if (total < bestTotal) {
                        bestTotal = total;
                        best = calls;
                    }
                }
                Map.Entry<String, Long> top = best.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
                table.append(String.format("| %s | %.1f | %.1f × `%s` |%n", page.getKey(), bestTotal / (double) ROUNDS_PER_PAGE,
                        top.getValue() / (double) ROUNDS_PER_PAGE, shorten(top.getKey(), 90)));
                details.append("\n").append(page.getKey()).append(":\n");
                best.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> details.append(String.format("  %5.1f  %s%n", e.getValue() / (double) ROUNDS_PER_PAGE,
                                shorten(e.getKey(), 160))));
            }
            Path out = Path.of("target", "bench", "load-queries.txt");
            Files.writeString(out, details.toString());
            return "SQL statements per request (pg_stat_statements, least of 3 rounds of " + ROUNDS_PER_PAGE
                    + " requests after 2 warm-ups; every statement in target/bench/load-queries.txt):\n\n" + table + "\n";
        } finally {
            executor.shutdownNow();
        }
    }

    private static Map<String, Long> statementCalls(Connection db) throws Exception {
        Map<String, Long> calls = new LinkedHashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("""
                select query, calls from pg_stat_statements
                 where dbid = (select oid from pg_database where datname = 'steward')
                   and query not like '%pg_stat_statements%'""")) {
            while (rows.next()) {
                calls.merge(rows.getString(1), rows.getLong(2), Long::sum);
            }
        }
        return calls;
    }

    private String load(URI base, List<Tablet.Site> sites, long appPid, long postgresPid) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        ExecutorService tablets = Executors.newFixedThreadPool(TABLETS);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        List<Double> loadAverages = Collections.synchronizedList(new ArrayList<>());
        try {
            // Every tablet signs in first (bcrypt costs the server ~0.1 s each), spread over a few seconds.
            Tablet[] signedIn = new Tablet[TABLETS];
            boolean[] ready = new boolean[TABLETS];
            List<java.util.concurrent.Future<?>> signIns = new ArrayList<>();
            for (int t = 0; t < TABLETS; t++) {
                int index = t;
                signIns.add(tablets.submit(() -> {
                    Thread.sleep(index * 50L);
                    signedIn[index] = new Tablet(base, executor);
                    ready[index] = signIn(signedIn[index], index, sites.size());
                    return null;
                }));
            }
            for (var signIn : signIns) {
                signIn.get();
            }
            long appCpu = cpuTicks(appPid);
            long postgresCpu = postgresCpuTicks(postgresPid);
            long ownCpu = ownCpuNanos();
            sampler.scheduleAtFixedRate(() -> loadAverages.add(loadAverage()), 0, 5, TimeUnit.SECONDS);
            long started = System.nanoTime();
            Instant until = Instant.now().plus(DURATION);
            List<java.util.concurrent.Future<?>> loops = new ArrayList<>();
            for (int t = 0; t < TABLETS; t++) {
                Tablet tablet = signedIn[t];
                Tablet.Site site = sites.get(t / FullScaleData.TABLETS_PER_SITE % sites.size());
                Random random = new Random(t);
                int index = t;
                loops.add(tablets.submit(() -> {
                    // Tablets start spread over one think time (at once in a closed loop, whose think time is 0).
                    Thread.sleep(random.nextInt(THINK_MAX_MS + 1));
                    int visitors = 0;
                    while (Instant.now().isBefore(until)) {
                        if (!ready[index]) {
                            // A sign-in that failed (counted as an error) is tried again, as a person would.
                            ready[index] = signIn(tablet, index, sites.size());
                            Thread.sleep(THINK_MIN_MS);
                            continue;
                        }
                        String operation = pick(random);
                        long start = System.nanoTime();
                        Tablet.Outcome outcome;
                        try {
                            outcome = switch (operation) {
                            case "resident search" -> tablet.search(QUERIES[random.nextInt(QUERIES.length)]);
                            case "visitor board poll (htmx)" -> tablet.boardPoll();
                            case "desk page (visitor board)" -> tablet.deskPage();
                            case "register a visitor" -> tablet.registerVisitor(site.unit(random), "訪客" + ++visitors);
                            case "payment at the cashier" -> tablet.pay(site.unit(random), 100 + random.nextInt(50) * 10);
                            default -> tablet.statement(site.unit(random));
                            };
                        } catch (IOException e) {
                            outcome = new Tablet.Outcome(false, operation + ": " + e);
                        }
                        record(operation, start, outcome);
                        Thread.sleep(THINK_MIN_MS + random.nextInt(THINK_MAX_MS - THINK_MIN_MS + 1));
                    }
                    return null;
                }));
            }
            for (var loop : loops) {
                loop.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.shutdownNow();
            double appCores = (cpuTicks(appPid) - appCpu) / 100.0 / seconds;
            double postgresCores = (postgresCpuTicks(postgresPid) - postgresCpu) / 100.0 / seconds;
            double ownCores = (ownCpuNanos() - ownCpu) / 1e9 / seconds;
            return report(seconds, appCores, postgresCores, ownCores, loadAverages);
        } finally {
            sampler.shutdownNow();
            tablets.shutdownNow();
            executor.shutdownNow();
        }
    }

    private String report(double seconds, double appCores, double postgresCores, double ownCores, List<Double> loadAverages) {
        StringBuilder report = new StringBuilder();
        long total = 0;
        long totalErrors = 0;
        List<Double> all = new ArrayList<>();
        report.append(String.format("Workload: %d tablets, %s, think time %d–%d ms between operations%n%n", TABLETS,
                DURATION, THINK_MIN_MS, THINK_MAX_MS));
        report.append("| operation | count | errors | median ms | p95 ms | p99 ms | max ms |\n");
        report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<String> operations = new ArrayList<>(MIX.keySet());
        operations.add(SIGN_IN);
        for (String operation : operations) {
            List<Double> sorted = new ArrayList<>(times.getOrDefault(operation, List.of()));
            Collections.sort(sorted);
            int failed = errors.getOrDefault(operation, new AtomicInteger()).get();
            if (!operation.equals(SIGN_IN)) {
                total += sorted.size();
                totalErrors += failed;
                all.addAll(sorted);
            }
            report.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", operation, sorted.size(), failed,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)));
        }
        Collections.sort(all);
        report.append(String.format("| **all operations of the run** | %d | %d | %.1f | %.1f | %.1f | %.1f |%n%n", total,
                totalErrors, percentile(all, 50), percentile(all, 95), percentile(all, 99), percentile(all, 100)));
        report.append(String.format("Throughput: %.1f requests/s over %.0f s.%n", total / seconds, seconds));
        report.append(String.format("CPU (cores busy on average): application %.2f, PostgreSQL %.2f, this load generator %.2f.%n",
                appCores, postgresCores, ownCores));
        List<Double> loads = new ArrayList<>(loadAverages);
        Collections.sort(loads);
        report.append(String.format("Load average (1 min) during the run: min %.1f, median %.1f, max %.1f.%n",
                percentile(loads, 0), percentile(loads, 50), percentile(loads, 100)));
        if (!firstProblem.isEmpty()) {
            report.append("\nFirst problem of each failing operation:\n");
            firstProblem.forEach((operation, problem) -> report.append("- ").append(operation).append(": ")
                    .append(problem).append('\n'));
        }
        return report.toString();
    }

    private static final String SIGN_IN = "sign-in (form)";

    /** Tablet n works at site n / 2 + 1 (cycling through the sites), as one of its two tablet accounts. */
    private boolean signIn(Tablet tablet, int index, int sites) throws InterruptedException {
        int site = index / FullScaleData.TABLETS_PER_SITE % sites + 1;
        long start = System.nanoTime();
        Tablet.Outcome outcome;
        try {
            outcome = tablet.signIn(FullScaleData.tablet(site, index % FullScaleData.TABLETS_PER_SITE + 1),
                    FullScaleData.PASSWORD);
        } catch (IOException e) {
            outcome = new Tablet.Outcome(false, "sign-in: " + e);
        }
        record(SIGN_IN, start, outcome);
        return outcome.ok();
    }

    private void record(String operation, long startNanos, Tablet.Outcome outcome) {
        times.computeIfAbsent(operation, o -> Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - startNanos) / 1e6);
        if (!outcome.ok()) {
            errors.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
            firstProblem.putIfAbsent(operation, outcome.problem());
        }
    }

    private static String pick(Random random) {
        int total = MIX.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<String, Integer> operation : MIX.entrySet()) {
            roll -= operation.getValue();
            if (roll < 0) {
                return operation.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private static List<Tablet.Site> sites(Connection db) throws Exception {
        List<Tablet.Site> sites = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("""
                select s.id, (select min(id) from unit u where u.site_id = s.id),
                       (select min(id) from resident r where r.site_id = s.id)
                  from site s where s.code like 'load-%' order by s.code""")) {
            while (rows.next()) {
                sites.add(new Tablet.Site(rows.getLong(1), rows.getLong(2), rows.getLong(3), FullScaleData.UNITS_PER_SITE));
            }
        }
        return sites;
    }

    /** The jobs run at start (the arrears of every site among them): the run begins when they are done. */
    private static void awaitIdleDatabase(Connection db) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        int quiet = 0;
        while (quiet < 3 && Instant.now().isBefore(deadline)) {
            try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("""
                    select count(*) from pg_stat_activity
                     where datname = 'steward' and state = 'active' and pid <> pg_backend_pid()""")) {
                rows.next();
                quiet = rows.getInt(1) == 0 ? quiet + 1 : 0;
            }
            Thread.sleep(1000);
        }
    }

    private static void require(Tablet.Outcome outcome) {
        if (!outcome.ok()) {
            throw new IllegalStateException(outcome.problem());
        }
    }

    interface Step {
        Tablet.Outcome run() throws Exception;
    }

    private static long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(DATA_DIR.resolve("postmaster.pid")).get(0).trim());
    }

    /** The postmaster and its backends (the pool's connections live through the run). */
    private static long postgresCpuTicks(long postmaster) throws IOException {
        long ticks = cpuTicks(postmaster);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = stat(process);
                if (stat != null && Long.parseLong(stat[3]) == postmaster) {
                    ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                }
            }
        }
        return ticks;
    }

    /** utime + stime of a process, in clock ticks (1/100 s). */
    private static long cpuTicks(long pid) throws IOException {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? 0 : Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    }

    /** The fields of /proc/PID/stat after the command name (which may hold spaces), numbered as in proc(5) − 1. */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("?");
        return String.format("Machine: %d cores (%s), %s, JDK %s, PostgreSQL 17 (embedded binaries).%n",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.version"));
    }

    private static String shorten(String query, int length) {
        String oneLine = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length) + "…";
    }

    private static double percentile(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
