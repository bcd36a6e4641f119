package steward.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import steward.resident.Unit;
import steward.support.TestSites;
import steward.web.InvalidInput;

/** A compensation asked for by another capability posts here, once per source. */
@QuarkusTest
class CreditTest {

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    @Inject
    Event<CreditRequested> credits;

    @BeforeEach
    void fixtures() {
        sites.ensure();
        fixtures.ensure();
    }

    @Test
    void aCompensationIsCreditedOncePerSource() {
        CashierFixtures.FreshUnit unit = fixtures.newUnit();
        Long siteId = QuarkusTransaction.requiringNew().call(() -> Unit.<Unit>findById(unit.unitId()).siteId);
        long complaint = System.nanoTime();
        CreditRequested credit = new CreditRequested(siteId, unit.unitId(), new BigDecimal("150.005"), "電梯停擺補償",
                "COMPLAINT_COMPENSATION", complaint);
        QuarkusTransaction.requiringNew().run(() -> credits.fire(credit));
        QuarkusTransaction.requiringNew().run(() -> {
            credits.fire(credit);
            credits.fire(credit);
        });

        JsonPath statement = PaymentTest.statement(unit.unitId());
        assertEquals(List.of("CREDIT"), statement.getList("lines.kind"));
        assertEquals(-150.01f, statement.getFloat("balance"), "rounded half-up");
        assertEquals(150.01f, statement.getFloat("credit"));
        assertEquals("入帳抵用 · 客訴補償 · 電梯停擺補償", statement.getString("lines[0].description"));

        CreditRequested nothing = new CreditRequested(siteId, unit.unitId(), BigDecimal.ZERO, "無", "COMPLAINT_COMPENSATION",
                complaint + 1);
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> QuarkusTransaction.requiringNew().run(() -> credits.fire(nothing)));
        assertEquals(java.util.Set.of("amount"), refused.fieldWords().keySet());
        assertEquals(1, PaymentTest.statement(unit.unitId()).getList("lines").size());
    }
}
