package steward.arrears;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.billing.CashierFixtures;
import steward.billing.FeeItem;
import steward.resident.Resident;
import steward.resident.Site;
import steward.support.Api;
import steward.support.TestClock;
import steward.support.TestSites;

/** Units in arrears for the arrears tests: a fresh unit of site A per test, with charges due so many days ago. */
@ApplicationScoped
public class ArrearsFixtures {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures cashier;

    @Inject
    TestClock clock;

    @Inject
    ArrearsLedger ledger;

    @Inject
    ReminderService reminders;

    public void ensure() {
        sites.ensure();
        cashier.ensure();
    }

    /** A unit of site A owing management fees due the given numbers of days before the clock's today. */
    public CashierFixtures.FreshUnit unitOwing(String amount, int... daysAgo) {
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        for (int days : daysAgo) {
            cashier.charge(unit.unitId(), FeeItem.OTHER, amount, today().minusDays(days));
        }
        return unit;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TAIPEI);
    }

    public long siteA() {
        return QuarkusTransaction.requiringNew().call(() -> Site.findByCode(TestSites.SITE_A).id);
    }

    /** What the reminder job's first statement does: the site's figures recomputed from the ledger. */
    public void refresh() {
        long site = siteA();
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> ledger.refreshSite(site, today(), now));
    }

    /** One evaluation of site A's rules, as the job runs it. */
    public ReminderService.Run evaluate() {
        long site = siteA();
        return QuarkusTransaction.requiringNew().call(() -> reminders.evaluate(site));
    }

    /**
     * Site A collects in the given order, every new case going to {@code collector}; {@link #defaultPolicy} puts it
     * back (the policy and the rules are the whole site's, and other tests evaluate it too).
     */
    public void policy(String order, String collector) {
        Api.as("supervisor").contentType(ContentType.JSON)
                .body(Map.of("callOrder", order, "assignment", "NAMED", "assignee", collector, "letterLanguage",
                        "zh-Hant"))
                .put("/api/v1/arrears/policy").then().statusCode(200);
    }

    /** Site A back to the configured order and rules, as a site that was never evaluated. */
    public void defaultPolicy() {
        long site = siteA();
        QuarkusTransaction.requiringNew().run(() -> {
            ArrearsRule.delete("siteId", site);
            ArrearsPolicy.deleteById(site);
        });
    }

    /** The unit's resident with a phone and an email of their own, their consents and language; the phone. */
    public String consent(CashierFixtures.FreshUnit unit, boolean sms, boolean email, String language) {
        String phone = "+88691" + String.format("%07d", unit.unitId() % 10_000_000);
        QuarkusTransaction.requiringNew().run(() -> {
            Resident resident = Resident.findById(unit.residentId());
            resident.phones = new java.util.ArrayList<>(java.util.List.of(phone));
            resident.email = "payer" + unit.unitId() + "@example.test";
            resident.recordSmsConsent(sms, sms ? java.time.Instant.now() : null,
                    sms ? steward.resident.ConsentMethod.IN_WRITING : null);
            resident.recordEmailConsent(email, email ? java.time.Instant.now() : null,
                    email ? steward.resident.ConsentMethod.IN_WRITING : null);
            resident.preferredLanguage = language;
        });
        return phone;
    }

    public static Response openCase(String user, long unitId) {
        return Api.as(user).contentType(ContentType.JSON).body(Map.of("unitId", unitId))
                .post("/api/v1/collection-cases");
    }

    public static Response contact(String user, long caseId, Map<String, Object> body) {
        return Api.as(user).contentType(ContentType.JSON).body(body)
                .post("/api/v1/collection-cases/" + caseId + "/contacts");
    }

    /** Pays by transfer (no cash day to open) through the cashier's API. */
    public static Response pay(long unitId, String amount) {
        return Api.as("cashier").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("unitId", unitId, "amount", amount, "method", "TRANSFER", "reference", "T-" + unitId))
                .post("/api/v1/payments");
    }
}
