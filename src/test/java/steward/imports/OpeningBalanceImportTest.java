package steward.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.billing.LedgerLine;
import steward.support.Api;

/**
 * Unpaid charges carried over from the previous system become charges of the units' accounts: the arrears view
 * shows them aged by their due dates, the same file again changes nothing, and a charge already posted is never
 * changed by a file that says otherwise.
 */
@QuarkusTest
class OpeningBalanceImportTest {

    @Inject
    ImportFixtures fixtures;

    ImportFixtures.Fresh site;

    @BeforeEach
    void site() {
        site = fixtures.site("5棟");
        ImportFixtures.upload(site.admin(), site.id(), "units", ImportFixtures.csv(true, List.of(
                ImportCheckTest.UNIT_HEADING, "5棟,5棟2單元501,5,88.5,住宅", "5棟,5棟2單元503,5,88.5,住宅")), false)
                .then().statusCode(201);
    }

    @Test
    void openingBalancesAppearInTheArrearsViewAgedByTheirDueDates() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
        LocalDate recent = today.minusDays(20);
        LocalDate older = today.minusDays(45);
        LocalDate oldest = today.minusDays(120);
        byte[] file = ImportFixtures.csv(true, List.of("單元,收費項目,期別,金額,繳費期限",
                "5棟2單元501,管理費," + month(oldest) + ",2400," + oldest,
                "5棟2單元501,Management fee," + month(older) + ",\"2,400\"," + older.toString().replace('-', '/'),
                "5棟 2單元 501,月租車位," + month(recent) + ",NT$1500," + recent,
                "5棟2單元503,其他,2025-12,300,2099-12-31"));
        ImportFixtures.upload(site.admin(), site.id(), "opening-balances", file, false).then().log().ifValidationFails()
                .statusCode(201).body("created", equalTo(4));

        List<Map<String, Object>> arrears = Api.as(site.supervisor()).get("/api/v1/arrears").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertEquals(1, arrears.size(), "the charge not yet due is not in arrears: " + arrears);
        Map<String, Object> unit = arrears.get(0);
        assertEquals("5棟2單元501", unit.get("unitLabel"));
        assertEquals(0, new BigDecimal("6300.00").compareTo(new BigDecimal(unit.get("overdue").toString())));
        assertEquals(oldest.toString(), unit.get("oldestDueDate"));
        assertEquals(120, unit.get("daysOverdue"));
        @SuppressWarnings("unchecked")
        Map<String, Object> buckets = (Map<String, Object>) unit.get("buckets");
        assertEquals(0, new BigDecimal("1500").compareTo(new BigDecimal(buckets.get("days1to30").toString())));
        assertEquals(0, new BigDecimal("2400").compareTo(new BigDecimal(buckets.get("days31to90").toString())));
        assertEquals(0, new BigDecimal("2400").compareTo(new BigDecimal(buckets.get("days91to180").toString())));

        ImportFixtures.upload(site.admin(), site.id(), "opening-balances", file, false).then().statusCode(201)
                .body("created", equalTo(0)).body("unchanged", equalTo(4));
        assertEquals(4L, charges(), "the same file again charges nothing twice");

        byte[] changed = ImportFixtures.csv(true, List.of("單元,收費項目,期別,金額,繳費期限",
                "5棟2單元501,管理費," + month(oldest) + ",2500," + oldest));
        ImportFixtures.upload(site.admin(), site.id(), "opening-balances", changed, false).then().statusCode(422)
                .body("refused[0].line", equalTo(2)).body("refused[0].column", equalTo("金額"))
                .body("refused[0].code", equalTo("BALANCE_DIFFERS"));
        assertEquals(4L, charges());
    }

    @Test
    void badAmountsPeriodsDatesAndItemsAreRefusedByColumn() {
        byte[] file = ImportFixtures.csv(false, List.of("單元,收費項目,期別,金額,繳費期限",
                "5棟2單元501,管理費,2026-13,2400,2026-01-31",
                "5棟2單元501,管理費,2026-01,-5,2026-01-31",
                "5棟2單元501,洗車,2026-01,100,2026-01-31",
                "5棟2單元501,管理費,2026-02,100,2026-02-30",
                "9棟9單元999,管理費,2026-03,100,2026-03-31",
                "5棟2單元501,管理費,2026-04,100,2026-04-30",
                "5棟2單元501,management fee,2026/4,100,2026-04-30"));
        ImportFixtures.upload(site.admin(), site.id(), "opening-balances", file, true).then().statusCode(200)
                .body("rows", equalTo(7)).body("accepted", equalTo(1))
                .body("refused.line", equalTo(List.of(2, 3, 4, 5, 6, 8)))
                .body("refused.column", equalTo(List.of("期別", "金額", "收費項目", "繳費期限", "單元", "單元")))
                .body("refused[2].reason", org.hamcrest.Matchers.startsWith("請填:管理費、門禁卡"));
        assertEquals(0L, charges());
    }

    private long charges() {
        return QuarkusTransaction.requiringNew().call(() -> LedgerLine.count("siteId = ?1 and sourceKind = ?2",
                site.id(), "OPENING_BALANCE"));
    }

    private static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }
}
