package steward.billing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.arrears.ArrearsFixtures;
import steward.support.Api;
import steward.support.Browser;
import steward.support.Statements;

/**
 * What the till costs in SQL statements (issue 19), counted by the database: a cash payment, and the account page
 * the cashier takes it from. The units have several overdue charges and cards, so a query per charge line, per
 * card or a row read again would show. What signing in costs (the statements naming the session, the account and its
 * sites, the sign-in failures) is not the till's: it is left out, whatever the security package makes it.
 */
@QuarkusTest
class TillStatementsTest {

    static final int PAYMENT_BUDGET = 12;
    static final int ACCOUNT_PAGE = 6;
    /**
     * A payment from the till's form: the API's payment, the unit's check before it, and the account it shows after
     * (its balance above the form): no card, holder or fee the page did not change.
     */
    static final int FORM_PAYMENT_BUDGET = 16;
    static final int OVERDUE_CHARGES = 5;
    /** The tables signing in reads, as whole words ({@code account} is not {@code account_id}). */
    static final String SIGNING_IN = "\\m(staff_session|account|account_site|sign_in_failure)\\M";
    /** This database's statements, less the counting's own (as {@link Statements} counts them). */
    static final String MEASURED = """
            where dbid = (select oid from pg_database where datname = current_database())
              and query not like '%pg_stat_statements%' and query not like 'create extension%'""";

    @Inject
    ArrearsFixtures arrears;

    @Inject
    CashierFixtures fixtures;

    @Inject
    DataSource database;

    @BeforeEach
    void fixtures() {
        arrears.ensure();
    }

    @Test
    void aCashPaymentOfSeveralOverdueChargesKeepsToItsBudget() {
        // Each round pays a unit of its own in full: the payment allocates every charge and closes the open case.
        Deque<Owing> owing = new ArrayDeque<>();
        for (int round = 0; round < 3; round++) {
            owing.add(owingWithAnOpenCase());
        }
        Deque<Owing> paid = new ArrayDeque<>();
        long payment = ofTheTill(() -> {
            Owing unit = owing.pop();
            pay(unit.unitId()).then().statusCode(201).body("lines", hasSize(OVERDUE_CHARGES))
                    .body("credited", equalTo(0f));
            paid.add(unit);
        });
        String sent = sent();
        System.out.printf("statements of its own: a cash payment of %d overdue charges: %d%n", OVERDUE_CHARGES,
                payment);
        for (Owing unit : paid) {
            Api.as("service").get("/api/v1/collection-cases/" + unit.caseId()).then().statusCode(200)
                    .body("state", equalTo("CLOSED"));
        }
        assertTrue(payment <= PAYMENT_BUDGET, "a cash payment sent " + payment
                + " statements of its own, more than " + PAYMENT_BUDGET + "; the last one sent:" + sent);
    }

    @Test
    void theAccountPageReadsEachRowOnce() {
        Owing unit = owingWithAnOpenCase();
        for (String kind : new String[] { "ACCESS", "PARKING" }) {
            Map<String, Object> card = new HashMap<>(Map.of("unitId", unit.unitId(), "residentId", unit.residentId(),
                    "kind", kind, "idType", "NATIONAL_ID", "idLast4", "1234"));
            if (kind.equals("PARKING")) {
                card.putAll(Map.of("plateNumber", "ABC-" + (1000 + unit.unitId() % 9000), "parkingSpace", "B1-023"));
            }
            Api.as("cashier").contentType(ContentType.JSON).body(card).post("/api/v1/cards").then().statusCode(201);
        }
        Browser cashier = Browser.signIn("cashier");
        long page = ofTheTill(() -> cashier.get("/cashier/units/" + unit.unitId()).then().statusCode(200));
        String sent = sent();
        System.out.printf("statements of its own: the account page of a unit with two cards: %d%n", page);
        assertEquals(ACCOUNT_PAGE, page, "the account page's statements; the last time it sent:" + sent);
    }

    @Test
    void aPaymentAtTheTillsFormReadsOnlyTheBalanceItShowsAfter() {
        Deque<Owing> owing = new ArrayDeque<>();
        for (int round = 0; round < 3; round++) {
            owing.add(owingWithAnOpenCase());
        }
        Browser cashier = Browser.signIn("cashier");
        String token = cashier.csrfToken();
        long payment = ofTheTill(() -> {
            Owing unit = owing.pop();
            Response paid = cashier.request().header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                    .formParams(Map.of("idempotencyKey", UUID.randomUUID().toString(), "amount", "500", "method",
                            "CASH", "tendered", "1000"))
                    .post("/cashier/units/" + unit.unitId() + "/payments");
            assertEquals(200, paid.statusCode(), paid.asString());
            Document fragment = Jsoup.parseBodyFragment(paid.asString());
            assertEquals("500.00", fragment.selectFirst(".change").text());
            assertNull(fragment.selectFirst("#account-balance .balance-amount"),
                    "the balance above the form says the account is settled: " + fragment.selectFirst("#account-balance"));
        });
        String sent = sent();
        System.out.printf("statements of its own: a cash payment at the till's form: %d%n", payment);
        assertTrue(payment <= FORM_PAYMENT_BUDGET, "a payment at the till's form sent " + payment
                + " statements of its own, more than " + FORM_PAYMENT_BUDGET + "; the last one sent:" + sent);
    }

    /** The statements {@code work} sent besides signing in, the least of three runs. */
    private long ofTheTill(Runnable work) {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long all = Statements.of(database, 1, work);
            least = Math.min(least, all - query("select coalesce(sum(calls), 0) from pg_stat_statements "
                    + MEASURED + " and query ~* '" + SIGNING_IN + "'", rows -> rows.next() ? rows.getLong(1) : 0));
        }
        return least;
    }

    /** What the last run sent besides signing in, a line per statement with its calls: for a failure's message. */
    private String sent() {
        return query("select calls, query from pg_stat_statements " + MEASURED + " and query !~* '" + SIGNING_IN
                + "' order by calls desc, query", rows -> {
                    StringBuilder listing = new StringBuilder();
                    while (rows.next()) {
                        listing.append('\n').append(rows.getLong(1)).append(" × ")
                                .append(rows.getString(2).replaceAll("\\s+", " "));
                    }
                    return listing.toString();
                });
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> read) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return read.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    record Owing(long unitId, long residentId, long caseId) {
    }

    /** A unit owing five monthly charges, 10 to 130 days overdue, whose collection case is open. */
    private Owing owingWithAnOpenCase() {
        CashierFixtures.FreshUnit unit = arrears.unitOwing("100.00", 130, 100, 70, 40, 10);
        long caseId = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        return new Owing(unit.unitId(), unit.residentId(), caseId);
    }

    private static io.restassured.response.Response pay(long unitId) {
        return Api.as("cashier").header(PaymentApi.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("unitId", unitId, "amount", "500", "method", "CASH",
                        "tendered", "1000"))
                .post("/api/v1/payments");
    }
}
