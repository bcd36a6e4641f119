package steward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.demo.DemoData;
import steward.resident.ConsentMethod;
import steward.resident.ResidentKind;
import steward.resident.UnitKind;
import steward.support.Api;
import steward.web.Languages;

/**
 * A company's first import at scale: generates a units file of {@code bench.units} units (default 100,000, labels
 * such as 12棟3單元1502, in buildings the import creates) and a residents file of {@code bench.residents} residents
 * (default 200,000: an owner and a household member per unit, Chinese names, mobiles, consent), both in the columns
 * of the zh-Hant templates the API serves, as UTF-8 CSV with a byte order mark as Excel saves it. Then, into a fresh
 * site per round, as its administrator: {@code POST /api/v1/sites/{id}/imports/units?dryRun=true}, then
 * {@code dryRun=false}, and the same for residents, the file as the body. Measures each request end to end (upload,
 * storing, checking, writing), the rows per second, and the heap of this JVM (the application runs in it): sampled
 * every 10 ms during the request, and after a collection before and after it. Writes target/bench/import.md.
 *
 * Run: bench/import.sh (or ./mvnw -B -Pbench test -Dtest=ImportBenchmark). The files are generated once into
 * target/bench/import/ and kept for later runs of the same sizes.
 */
@QuarkusTest
@TestProfile(ImportBenchmark.ProductionFileLimit.class)
class ImportBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 100_000);
    private static final int RESIDENTS = Integer.getInteger("bench.residents", 2 * UNITS);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 1);
    private static final String LANG = Languages.TRADITIONAL;
    /** Units of a building: 4 entrances of 25 floors of 10 homes. */
    private static final int ENTRANCES = 4;
    private static final int FLOORS = 25;
    private static final int HOMES = 10;

    /** The files of the test profile are limited to 8 MB; the production default (64 MB) takes these. */
    public static class ProductionFileLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("steward.imports.max-file-size", "64M");
        }
    }

    @Inject
    ImportFixtures fixtures;

    @Inject
    ImportText text;

    @Inject
    DataSource dataSource;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /**
     * One request: its time, the processor time this JVM (the application and the HTTP client) and PostgreSQL (all
     * its processes) used meanwhile, and the heap of the JVM around and during it.
     */
    record Phase(double seconds, double jvmCpu, double databaseCpu, long heapBefore, long heapPeak, long heapAfter) {
    }

    record Round(Phase unitsDry, Phase unitsWrite, Phase residentsDry, Phase residentsWrite) {
    }

    @Test
    void measure() throws Exception {
        Path dir = Path.of("target", "bench", "import");
        Files.createDirectories(dir);
        Path units = dir.resolve("units-" + UNITS + ".csv");
        Path residents = dir.resolve("residents-" + RESIDENTS + "-in-" + UNITS + ".csv");
        String admin = fixtures.site().admin();
        if (!Files.exists(units)) {
            writeUnits(units, headings(admin, "units"));
        }
        if (!Files.exists(residents)) {
            writeResidents(residents, headings(admin, "residents"));
        }
        double loadAtStart = loadAverage();
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            ImportFixtures.Fresh site = fixtures.site();
            Phase unitsDry = upload(site, "units", units, true, UNITS);
            Phase unitsWrite = upload(site, "units", units, false, UNITS);
            Phase residentsDry = upload(site, "residents", residents, true, RESIDENTS);
            Phase residentsWrite = upload(site, "residents", residents, false, RESIDENTS);
            assertEquals(UNITS, count("select count(*) from unit where site_id = ?", site.id()));
            assertEquals(RESIDENTS, count("select count(*) from resident where site_id = ?", site.id()));
            assertEquals(RESIDENTS, count("select count(*) from resident_unit ru join resident r on r.id = "
                    + "ru.resident_id where r.site_id = ? and ru.moved_out is null", site.id()) - extraUnits());
            rounds.add(new Round(unitsDry, unitsWrite, residentsDry, residentsWrite));
            System.out.printf("Round %d: units %.1f s + %.1f s, residents %.1f s + %.1f s%n", i + 1,
                    unitsDry.seconds(), unitsWrite.seconds(), residentsDry.seconds(), residentsWrite.seconds());
        }
        String report = report(rounds, Files.size(units), Files.size(residents), loadAtStart);
        Path out = Path.of("target", "bench", "import.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Uploads the file as the site's administrator, and checks the report says every row passed. */
    private Phase upload(ImportFixtures.Fresh site, String kind, Path file, boolean dryRun, int rows)
            throws InterruptedException {
        long before = heapAfterCollection();
        AtomicLong peak = new AtomicLong(before);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0,
                10, TimeUnit.MILLISECONDS);
        double jvmCpu = jvmCpuSeconds();
        double databaseCpu = databaseCpuSeconds();
        long start = System.nanoTime();
        JsonPath report;
        try {
            report = Api.as(site.admin()).header("Accept-Language", "zh-TW").contentType("text/csv")
                    .body(file.toFile()).queryParam("dryRun", dryRun).queryParam("createBuildings", true)
                    .post("/api/v1/sites/" + site.id() + "/imports/" + kind).then().log().ifValidationFails()
                    .statusCode(dryRun ? 200 : 201).extract().jsonPath();
        } finally {
            sampler.shutdown();
            sampler.awaitTermination(1, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jvmCpu = jvmCpuSeconds() - jvmCpu;
        databaseCpu = databaseCpuSeconds() - databaseCpu;
        assertEquals(rows, report.getInt("rows"), kind);
        assertEquals(rows, report.getInt("accepted"), kind);
        assertEquals(List.of(), report.getList("refused"), kind);
        assertEquals(rows, report.getInt("created"), kind);
        return new Phase(seconds, jvmCpu, databaseCpu, before, peak.get(), heapAfterCollection());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double jvmCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** The processor time of the embedded PostgreSQL: its postmaster and every process it started. */
    private double databaseCpuSeconds() {
        long backend = count("select pg_backend_pid()");
        ProcessHandle postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow();
        return Stream.concat(Stream.of(postmaster), postmaster.descendants())
                .mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
    }

    private long heapAfterCollection() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The headings of the template the API serves in zh-Hant, as a company downloads it. */
    private static List<String> headings(String admin, String kind) throws IOException {
        String template = Api.as(admin).header("Accept-Language", "zh-TW").queryParam("format", "csv")
                .get("/api/v1/imports/templates/" + kind).then().statusCode(200).extract().asString();
        if (template.startsWith("\uFEFF")) {
            template = template.substring(1);
        }
        CSVRecord heading = CSVFormat.EXCEL.parse(new StringReader(template)).iterator().next();
        return heading.toList();
    }

    private static String unitLabel(int index) {
        int building = index / (ENTRANCES * FLOORS * HOMES) + 1;
        int entrance = index / (FLOORS * HOMES) % ENTRANCES + 1;
        int floor = index / HOMES % FLOORS + 1;
        int home = index % HOMES + 1;
        return String.format("%d棟%d單元%d%02d", building, entrance, floor, home);
    }

    private void writeUnits(Path file, List<String> headings) throws IOException {
        Random random = new Random(42);
        String home = text.label(UnitKind.RESIDENTIAL, LANG);
        String shop = text.label(UnitKind.SHOP, LANG);
        try (CSVPrinter csv = printer(file, headings)) {
            for (int i = 0; i < UNITS; i++) {
                int building = i / (ENTRANCES * FLOORS * HOMES) + 1;
                int floor = i / HOMES % FLOORS + 1;
                String area = String.format("%d.%d", 30 + random.nextInt(120), random.nextInt(10));
                csv.printRecord(building + "棟", unitLabel(i), floor, area, floor == 1 && i % HOMES == 0 ? shop : home);
            }
        }
    }

    /**
     * Two residents per unit, an owner and a household member with another name; every 50th owner also owns the
     * next unit (a list of two units), so that a tenth of a percent of the rows name two units.
     */
    private void writeResidents(Path file, List<String> headings) throws IOException {
        Random random = new Random(7);
        String owner = text.label(ResidentKind.OWNER, LANG);
        String household = text.label(ResidentKind.HOUSEHOLD, LANG);
        String traditional = text.languageName(Languages.TRADITIONAL, LANG);
        String simplified = text.languageName(Languages.SIMPLIFIED, LANG);
        String yes = text.yes(LANG);
        String no = text.no(LANG);
        String inWriting = text.label(ConsentMethod.IN_WRITING, LANG);
        String inPerson = text.label(ConsentMethod.IN_PERSON, LANG);
        // The names given in the unit and the next: two residents of a unit never share a name (they would be
        // the same resident, or a duplicate row).
        Map<Integer, List<String>> namesByUnit = new HashMap<>();
        try (CSVPrinter csv = printer(file, headings)) {
            for (int i = 0; i < RESIDENTS; i++) {
                int unit = i / 2 % UNITS;
                boolean isOwner = i % 2 == 0;
                boolean twoUnits = isOwner && unit % 50 == 0 && unit + 1 < UNITS;
                List<String> taken = namesByUnit.computeIfAbsent(unit, u -> new ArrayList<>());
                String name;
                do {
                    name = name(random);
                } while (taken.contains(name));
                taken.add(name);
                if (twoUnits) {
                    namesByUnit.computeIfAbsent(unit + 1, u -> new ArrayList<>()).add(name);
                }
                namesByUnit.remove(unit - 1);
                String units = twoUnits ? unitLabel(unit) + "；" + unitLabel(unit + 1) : unitLabel(unit);
                String email = random.nextInt(10) < 4 ? "r" + i + "@example.com" : "";
                boolean sms = random.nextInt(10) < 7;
                String consentDate = sms || !email.isEmpty()
                        ? String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)) : "";
                String how = consentDate.isEmpty() ? "" : random.nextBoolean() ? inWriting : inPerson;
                csv.printRecord(name, isOwner ? owner : household, units,
                        DemoData.randomMobile(random), email, random.nextInt(10) == 0 ? simplified : traditional,
                        sms ? yes : no, email.isEmpty() ? "" : random.nextBoolean() ? yes : no, consentDate, how,
                        String.format("%d-%02d-01", 2000 + random.nextInt(25), 1 + random.nextInt(12)));
            }
        }
    }

    /**
     * A surname and two given-name characters, each drawn on its own from the demo data's lists: about 210,000
     * names, so that among 200,000 residents most names are unique and some repeat, as in life (the demo's own
     * 4,600 whole names would give each name to some forty residents).
     */
    private static String name(Random random) {
        String first = DemoData.randomName(random);
        String second = DemoData.randomName(random);
        return first.substring(0, 2) + second.substring(2);
    }

    /** The rows that name a second unit, each a move-in more than the residents. */
    private static long extraUnits() {
        long extra = 0;
        for (int i = 0; i < RESIDENTS; i += 2) {
            int unit = i / 2 % UNITS;
            if (unit % 50 == 0 && unit + 1 < UNITS) {
                extra++;
            }
        }
        return extra;
    }

    /** A UTF-8 CSV with the byte order mark and CRLF, as Excel's "CSV UTF-8" saves it. */
    private static CSVPrinter printer(Path file, List<String> headings) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        csv.printRecord(headings);
        return csv;
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String report(List<Round> rounds, long unitsBytes, long residentsBytes, double loadAtStart) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Units: %,d (%.1f MB), residents: %,d (%.1f MB), rounds: %d, CPUs: %d, "
                + "load average (1 min) at the start %.2f and at the end %.2f, heap limit (-Xmx): %d MB%n%n", UNITS,
                unitsBytes / 1e6, RESIDENTS, residentsBytes / 1e6, rounds.size(),
                Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(),
                Runtime.getRuntime().maxMemory() >> 20));
        out.append("| file | request | median s | rows/s | CPU s, JVM | CPU s, PostgreSQL | heap before MB | "
                + "heap peak MB (sampled) | heap after MB |\n");
        out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(out, rounds, "units", "dry run", UNITS, Round::unitsDry);
        row(out, rounds, "units", "write", UNITS, Round::unitsWrite);
        row(out, rounds, "residents", "dry run", RESIDENTS, Round::residentsDry);
        row(out, rounds, "residents", "write", RESIDENTS, Round::residentsWrite);
        double writes = median(rounds, r -> r.unitsWrite().seconds() + r.residentsWrite().seconds());
        double all = median(rounds, r -> r.unitsDry().seconds() + r.unitsWrite().seconds()
                + r.residentsDry().seconds() + r.residentsWrite().seconds());
        out.append(String.format("%nBoth files written (the imports, dry runs excluded): %.1f s; with the dry runs: "
                + "%.1f s (medians of the rounds' sums).%n%n", writes, all));
        out.append("Each round, in seconds (the first on a JVM that has not compiled the import's code yet):\n\n");
        out.append("| round | units dry run | units write | residents dry run | residents write | writes | all |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            out.append(String.format("| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", i + 1,
                    r.unitsDry().seconds(), r.unitsWrite().seconds(), r.residentsDry().seconds(),
                    r.residentsWrite().seconds(), r.unitsWrite().seconds() + r.residentsWrite().seconds(),
                    r.unitsDry().seconds() + r.unitsWrite().seconds() + r.residentsDry().seconds()
                            + r.residentsWrite().seconds()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<Round> rounds, String file, String request, int rows,
            Function<Round, Phase> phase) {
        double seconds = median(rounds, r -> phase.apply(r).seconds());
        out.append(String.format("| %s | %s | %.1f | %,.0f | %.1f | %.1f | %d | %d | %d |%n", file, request, seconds,
                rows / seconds, median(rounds, r -> phase.apply(r).jvmCpu()),
                median(rounds, r -> phase.apply(r).databaseCpu()),
                (long) median(rounds, r -> phase.apply(r).heapBefore()) >> 20,
                (long) median(rounds, r -> phase.apply(r).heapPeak()) >> 20,
                (long) median(rounds, r -> phase.apply(r).heapAfter()) >> 20));
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> value) {
        List<Double> values = new ArrayList<>(rounds.stream().map(value::applyAsDouble).toList());
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
