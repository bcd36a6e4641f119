package steward.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.support.TestClock;
import steward.support.TestSites;

/** The monthly job: one charge per unit, item and month, in the site's time zone, however often it runs. */
@QuarkusTest
class MonthlyChargesTest {

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    MonthlyCharges monthlyCharges;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fixtures() {
        sites.ensure();
        fixtures.ensure();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneChargePerUnitItemAndMonthHoweverOftenItRuns() throws Exception {
        CashierFixtures.FreshUnit unit = fixtures.newUnit();
        clock.set(Instant.parse("2032-01-10T02:00:00Z"));
        CardTest.issue(Map.of("unitId", unit.unitId(), "residentId", unit.residentId(), "kind", "PARKING",
                "plateNumber", "EAA-" + (1000 + unit.unitId() % 9000), "parkingSpace", "B2-" + unit.unitId(),
                "spaceType", "MOTORCYCLE", "idType", "DRIVING_LICENCE", "idLast4", "0042")).then().statusCode(201);

        // 00:30 on the 1st of February in Taipei is still the 31st of January in UTC: the site's month counts.
        clock.set(Instant.parse("2032-01-31T16:30:00Z"));
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(replicas.submit(() -> monthlyCharges.chargeCurrentMonth()));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdownNow();
        }
        monthlyCharges.chargeCurrentMonth();

        JsonPath statement = PaymentTest.statement(unit.unitId());
        List<Map<String, Object>> monthly = statement.getList("lines.findAll { it.period == '2032-02' }");
        assertEquals(2, monthly.size(), monthly.toString());
        assertEquals(List.of("MANAGEMENT_FEE", "PARKING_MONTHLY"), monthly.stream().map(l -> l.get("item")).sorted().toList());
        assertEquals(1815.00f, monthly.stream().filter(l -> l.get("item").equals("MANAGEMENT_FEE")).findFirst()
                .orElseThrow().get("amount"), "30.25 m² × 60");
        assertEquals(300.00f, monthly.stream().filter(l -> l.get("item").equals("PARKING_MONTHLY")).findFirst()
                .orElseThrow().get("amount"), "a motorcycle space");
        assertEquals(0, count("select count(*) from ledger_line where period = '2032-01' and unit_id = " + unit.unitId()));
        assertEquals(0, count("""
                select count(*) from (select unit_id, charge_key from ledger_line where charge_key is not null
                 group by unit_id, charge_key having count(*) > 1) twice"""), "never twice, in any unit");
        assertEquals(count("select count(*) from unit u join site s on s.id = u.site_id where s.code = 'test-a'"),
                count("select count(*) from ledger_line l join site s on s.id = l.site_id where s.code = 'test-a' "
                        + "and l.charge_key = 'MANAGEMENT_FEE:2032-02'"), "every unit of the site");
        assertEquals(0, count("select count(*) from ledger_line l join site s on s.id = l.site_id where s.code = 'test-b' "
                + "and l.period = '2032-02'"), "a site without a fee standard is not charged");
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
