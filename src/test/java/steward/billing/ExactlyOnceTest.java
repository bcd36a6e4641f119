package steward.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.TestSites;

/** Real concurrent HTTP requests against the real database: one key posts once; receipt numbers have no gaps. */
@QuarkusTest
class ExactlyOnceTest {

    private static final int THREADS = 16;

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fixtures() {
        sites.ensure();
        fixtures.ensure();
    }

    @Test
    void fiftyConcurrentPostsWithOneKeyMakeOnePaymentAndOneReceipt() throws Exception {
        CashierFixtures.FreshUnit unit = fixtures.newUnit();
        fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1815.00", java.time.LocalDate.of(2026, 1, 31));
        String key = PaymentTest.key();
        Map<String, Object> body = Map.of("unitId", unit.unitId(), "amount", "1815", "method", "CASH", "tendered", "2000");
        List<Response> responses = concurrently(50, i -> () -> PaymentTest.pay(key, body));

        Set<String> receipts = responses.stream().map(r -> r.jsonPath().getString("receiptNo")).collect(Collectors.toSet());
        assertEquals(1, receipts.size(), "every answer names the same receipt: " + receipts);
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count(), "created once");
        assertEquals(49, responses.stream().filter(r -> r.statusCode() == 200).count(), "found 49 times");
        assertEquals(1, count("select count(*) from payment where idempotency_key = '" + key + "'"));
        assertEquals(1, count("select count(*) from ledger_line where unit_id = " + unit.unitId() + " and kind = 'PAYMENT'"));
        assertEquals(0, PaymentTest.statement(unit.unitId()).getFloat("balance"));
    }

    @Test
    void twoHundredConcurrentPaymentsGetUniqueGaplessReceiptNumbers() throws Exception {
        List<CashierFixtures.FreshUnit> units = List.of(fixtures.newUnit(), fixtures.newUnit(), fixtures.newUnit(),
                fixtures.newUnit());
        List<Response> responses = concurrently(200, i -> () -> PaymentTest.pay(PaymentTest.key(),
                Map.of("unitId", units.get(i % units.size()).unitId(), "amount", String.valueOf(10 + i),
                        "method", i % 2 == 0 ? "CASH" : "CARD")));

        assertTrue(responses.stream().allMatch(r -> r.statusCode() == 201),
                responses.stream().map(Response::statusCode).collect(Collectors.toList()).toString());
        List<String> numbers = responses.stream().map(r -> r.jsonPath().getString("receiptNo")).toList();
        TreeSet<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(5)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(200, sequence.size(), "unique");
        assertEquals(199, sequence.last() - sequence.first(), "no gaps among them");
        String year = numbers.get(0).substring(0, 4);
        assertTrue(numbers.stream().allMatch(n -> n.startsWith(year + "-")));
        // No gaps with the receipts taken before either: the year's receipts are exactly 1..last.
        assertEquals((long) sequence.last(), count("select count(*) from payment p join site s on s.id = p.site_id "
                + "where s.code = 'test-a' and p.receipt_no like '" + year + "-%'"));
    }

    private interface Task {
        Callable<Response> make(int index);
    }

    private static List<Response> concurrently(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task.make(i)));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
