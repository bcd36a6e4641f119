package steward.arrears;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.StewardConfig;
import steward.billing.FeeItem;
import steward.billing.FeeStandard;
import steward.billing.LedgerLine;
import steward.billing.LineKind;
import steward.billing.Money;
import steward.demo.DemoData;
import steward.promise.Promise;
import steward.promise.PromiseSource;
import steward.resident.Site;
import steward.resident.Unit;

/**
 * The demo site's arrears (dev and demo only, once): twelve units owing management fees carried over from earlier
 * months, three each about 15, 30, 60 and over 90 days overdue, and three of them with a phone appointment already
 * agreed (a promise in the ledger), so that every step of the arrears flow can be tried from a fresh start.
 */
@ApplicationScoped
public class ArrearsDemoData {

    static final String POSTED_BY = "demo";

    /** Days overdue of each unit's charges (the oldest first), by the position of the unit in the demo site. */
    private record Debt(int position, int[] daysOverdue, boolean appointment) {
    }

    private static final List<Debt> DEBTS = List.of(
            new Debt(10, new int[] { 16 }, false), new Debt(11, new int[] { 16 }, false),
            new Debt(12, new int[] { 16 }, false),
            new Debt(20, new int[] { 31 }, true), new Debt(21, new int[] { 31 }, false),
            new Debt(22, new int[] { 31 }, false),
            new Debt(40, new int[] { 62, 31 }, true), new Debt(41, new int[] { 62, 31 }, false),
            new Debt(42, new int[] { 62, 31 }, false),
            new Debt(60, new int[] { 95, 64, 33 }, false), new Debt(61, new int[] { 95, 64, 33 }, true),
            new Debt(62, new int[] { 95, 64, 33 }, false));

    @Inject
    StewardConfig config;

    @Inject
    Clock clock;

    @Inject
    ArrearsLedger ledger;

    /** After the demo site (DemoData) and its fee sheet (BillingDemoData, 3000). */
    void onStart(@Observes @Priority(3100) StartupEvent event) {
        if (config.demo().enabled()) {
            createOnce();
        }
    }

    @Transactional
    void createOnce() {
        Site site = Site.findByCode(DemoData.SITE_CODE);
        if (site == null || LedgerLine.count("siteId = ?1 and postedBy = ?2", site.id, POSTED_BY) > 0) {
            return;
        }
        FeeStandard fee = FeeStandard.find("siteId = ?1 and item = ?2", site.id, FeeItem.MANAGEMENT_FEE).firstResult();
        if (fee == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        List<Unit> units = Unit.list("siteId = ?1 order by id", site.id);
        ArrearsMessages words = MessageBundles.get(ArrearsMessages.class);
        for (Debt debt : DEBTS) {
            Unit unit = units.get(debt.position());
            BigDecimal monthly = unit.areaM2.multiply(fee.price).setScale(0, RoundingMode.HALF_UP);
            for (int days : debt.daysOverdue()) {
                charge(site, unit, fee, monthly, today.minusDays(days), now);
            }
            if (debt.appointment()) {
                BigDecimal owed = monthly.multiply(BigDecimal.valueOf(debt.daysOverdue().length));
                appointment(site, unit, owed, words, today, now);
            }
        }
        ledger.refreshSite(site.id, today, now);
    }

    /** The fee of the month before the due date, carried over unpaid. */
    private static void charge(Site site, Unit unit, FeeStandard fee, BigDecimal amount, LocalDate due, Instant now) {
        String period = YearMonth.from(due).minusMonths(1).toString();
        LedgerLine line = new LedgerLine();
        line.siteId = site.id;
        line.unitId = unit.id;
        line.kind = LineKind.CHARGE;
        line.item = FeeItem.MANAGEMENT_FEE;
        line.period = period;
        line.amount = amount;
        line.dueDate = due;
        line.chargeKey = FeeItem.MANAGEMENT_FEE.name() + ":" + period;
        line.feeStandardId = fee.id;
        line.businessDate = YearMonth.parse(period).atDay(1);
        line.postedAt = now;
        line.postedBy = POSTED_BY;
        line.persist();
    }

    /** customer service called three days ago and the customer agreed to come and pay tomorrow morning. */
    private static void appointment(Site site, Unit unit, BigDecimal owed, ArrearsMessages words, LocalDate today,
            Instant now) {
        Instant called = now.minus(java.time.Duration.ofDays(3));
        Instant appointmentAt = today.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(site.zone()).toInstant();
        Long payer = CollectionService.payerId(unit.id);
        CollectionCase open = new CollectionCase();
        open.siteId = site.id;
        open.unitId = unit.id;
        open.openedAt = called;
        open.openedBy = "service";
        open.persist();
        String amount = Money.format(owed, site.currency) + " " + site.currency;
        Promise promise = new Promise();
        promise.siteId = site.id;
        promise.sourceKind = PromiseSource.COLLECTION;
        promise.sourceId = open.id;
        promise.what = words.promise_appointment(amount);
        promise.residentId = payer;
        promise.unitId = unit.id;
        promise.dueAt = appointmentAt;
        promise.owner = "service";
        promise.createdAt = called;
        promise.persist();
        CollectionContact call = new CollectionContact();
        call.siteId = site.id;
        call.caseId = open.id;
        call.kind = CollectionContact.Kind.PHONE;
        call.outcome = CollectionContact.Outcome.APPOINTMENT_AGREED;
        call.appointmentAt = appointmentAt;
        call.promiseId = promise.id;
        call.overdue = owed;
        call.recordedBy = "service";
        call.recordedAt = called;
        call.persist();
    }
}
