package steward.billing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Site;
import steward.resident.Unit;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Enums;
import steward.web.InputRules;
import steward.web.Words;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Takes payments at the till and keeps their receipts. Exactly once: the idempotency key of a form or an API
 * call is unique per site, so a double tap, a retry or the back button gets the receipt of the first post, and
 * the same key with other content is refused. Receipt numbers are gapless per site and year.
 */
@ApplicationScoped
public class PaymentService {

    static final int MAX_KEY_LENGTH = 100;
    static final int MAX_REFERENCE_LENGTH = 60;
    static final int MAX_REASON_LENGTH = 500;
    private static final String KEY_CONSTRAINT = "payment_site_id_idempotency_key_key";

    @Inject
    Desk desk;

    @Inject
    Clock clock;

    @Inject
    Counters counters;

    @Inject
    CashDays cashDays;

    @Inject
    AccountService accounts;

    @Inject
    Event<PaymentPosted> posted;

    @Inject
    InputRules rules;

    /**
     * What the cashier asks for: which unit, which charges (all that are due when none), how, how much. The amounts
     * are held to what a person could mean before any arithmetic ({@link PayableAmount}); that they stay above zero
     * rounded to the site's currency, that the tendered cash covers the amount and that the method needs a reference
     * the service checks. A reference is kept stripped, none when blank.
     */
    public record PaymentRequest(
            @NotNull(message = "{steward.required}") @Schema(required = true) Long unitId,
            List<Long> chargeIds,
            @NotNull(message = "{steward.required}") @PayableAmount
            @Schema(required = true, minimum = "0", exclusiveMinimum = true, maximum = Money.MAX_TEXT) BigDecimal amount,
            @Schema(required = true, implementation = PaymentMethod.class) String method,
            @PayableAmount @Schema(minimum = "0", exclusiveMinimum = true, maximum = Money.MAX_TEXT,
                    description = "Cash only: what the customer handed over; the amount when left out")
                    BigDecimal tendered,
            @Size(max = MAX_REFERENCE_LENGTH, message = "{steward.too_long}") String reference) {

        public PaymentRequest {
            reference = reference == null || reference.isBlank() ? null : reference.strip();
        }
    }

    /** A charge a receipt paid, and how much of it. */
    public record ReceiptLine(Words description, BigDecimal amount) {
    }

    /** The receipt as shown, printed and answered by the API; its words are said where it is read. */
    public record Receipt(String receiptNo, Long unitId, String unitLabel, String siteName, String companyName,
            BigDecimal amount, String currency, PaymentMethod method, Words methodName, BigDecimal tendered,
            BigDecimal change, String reference, List<ReceiptLine> lines, BigDecimal credited, String cashier,
            Instant paidAt, String paidAtText, Payment.Status status, String voidedBy, String voidReason,
            int prints) {

        public boolean voided() {
            return status == Payment.Status.VOIDED;
        }

        public boolean cash() {
            return method == PaymentMethod.CASH;
        }
    }

    /** A receipt and whether this request made it (201) or found it made by an earlier one (200). */
    public record Outcome(Receipt receipt, boolean created) {
    }

    /** The request, checked and rounded; {@code keyField} names the key as the caller's form or header calls it. */
    private record Checked(Unit unit, Site site, List<Long> chargeIds, BigDecimal amount, PaymentMethod method,
            BigDecimal tendered, BigDecimal change, String reference, String key, String fingerprint) {
    }

    public Outcome pay(PaymentRequest request, String key, String keyField) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> checkThenPost(request, key, keyField));
        } catch (RuntimeException e) {
            if (!violates(e, KEY_CONSTRAINT)) {
                throw e;
            }
            // The same key committed by a concurrent request (for another unit): this time it is found and answered
            // as a retry.
            return QuarkusTransaction.requiringNew().call(() -> checkThenPost(request, key, keyField));
        }
    }

    /**
     * Checks the request with its unit locked (one payment at a time per account: what is due is read and allocated
     * under this lock), then answers a retry with its receipt, or posts the payment.
     */
    private Outcome checkThenPost(PaymentRequest request, String key, String keyField) {
        Checked checked = check(request, key, keyField);
        // Its own statement after the lock: a payment committed while this one waited for the unit is seen.
        Payment earlier = Payment.find("siteId = ?1 and idempotencyKey = ?2", checked.site().id, checked.key())
                .firstResult();
        return earlier != null ? replay(checked, earlier) : post(checked);
    }

    private Checked check(PaymentRequest request, String key, String keyField) {
        InvalidInput.Collector errors = rules.collect(request);
        String trimmedKey = key == null ? "" : key.strip();
        if (trimmedKey.isEmpty()) {
            errors.add(keyField, CashierText.said(CashierMessages::error_key_required));
        } else if (trimmedKey.length() > MAX_KEY_LENGTH) {
            errors.add(keyField, CashierText.said(m -> m.error_too_long(MAX_KEY_LENGTH)));
        }
        Desk.UnitAt unitAt = desk.lockUnitAt(request.unitId());
        Unit unit = unitAt == null ? null : unitAt.unit();
        Site site = unitAt == null ? null : unitAt.site();
        if (unit == null && request.unitId() != null) {
            errors.add("unitId", CashierText.said(CashierMessages::error_unknown_unit));
        }
        String currency = site != null ? site.currency : "TWD";
        BigDecimal amount = amount(request.amount(), "amount", currency, errors);
        PaymentMethod method = Enums.parse(PaymentMethod.class, request.method());
        if (method == null) {
            errors.add("method", CashierText.said(CashierMessages::error_method));
        }
        BigDecimal tendered = null;
        BigDecimal change = BigDecimal.ZERO.setScale(2);
        if (method == PaymentMethod.CASH) {
            tendered = request.tendered() == null ? amount : amount(request.tendered(), "tendered", currency, errors);
            if (amount != null && tendered != null) {
                if (tendered.compareTo(amount) < 0) {
                    errors.add("tendered", CashierText.said(CashierMessages::error_tendered_short));
                } else {
                    change = tendered.subtract(amount);
                }
            }
        } else if (method != null && request.tendered() != null) {
            errors.add("tendered", CashierText.said(CashierMessages::error_tendered_not_cash));
        }
        String reference = request.reference();
        if (method != null && method.needsReference() && reference == null) {
            errors.add("reference", CashierText.said(CashierMessages::error_reference_required));
        }
        List<Long> chargeIds = new ArrayList<>();
        if (request.chargeIds() != null) {
            if (request.chargeIds().stream().anyMatch(java.util.Objects::isNull)) {
                errors.add("chargeIds", CashierText.said(CashierMessages::error_charges_unknown));
            }
            request.chargeIds().stream().filter(java.util.Objects::nonNull).distinct().forEach(chargeIds::add);
        }
        errors.throwIfAny();
        String fingerprint = fingerprint(unit.id, chargeIds, amount, method, tendered, reference);
        return new Checked(unit, site, chargeIds, amount, method, tendered, change, reference, trimmedKey,
                fingerprint);
    }

    private Outcome post(Checked request) {
        Site site = request.site();
        // PostgreSQL keeps microseconds: the receipt answered now and the one read back later must be equal.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = desk.today(site);
        String cashier = desk.actor();
        if (request.method() == PaymentMethod.CASH) {
            cashDays.requireOpen(site.id, cashier, today);
        }
        List<AccountService.Due> toPay = chargesToPay(request, accounts.statementOf(request.unit(), site).due());

        int year = today.getYear();
        long number = counters.next(site.id, "receipt-" + year);
        Payment payment = new Payment();
        payment.siteId = site.id;
        payment.unitId = request.unit().id;
        payment.receiptNo = String.format("%d-%06d", year, number);
        payment.amount = request.amount();
        payment.currency = site.currency;
        payment.method = request.method();
        payment.tendered = request.tendered();
        payment.change = request.change();
        payment.reference = request.reference();
        payment.idempotencyKey = request.key();
        payment.fingerprint = request.fingerprint();
        payment.cashier = cashier;
        payment.businessDate = today;
        payment.paidAt = now;
        payment.persist();

        LedgerLine line = new LedgerLine();
        line.siteId = site.id;
        line.unitId = payment.unitId;
        line.kind = LineKind.PAYMENT;
        line.amount = payment.amount.negate();
        line.paymentId = payment.id;
        line.method = payment.method;
        line.businessDate = today;
        line.postedAt = now;
        line.postedBy = cashier;
        line.persist();

        // Oldest first; what exceeds the chosen charges stays on the account as credit.
        List<ReceiptLine> lines = new ArrayList<>();
        List<Long> charges = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal left = payment.amount;
        for (AccountService.Due due : toPay) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal amount = due.due().min(left);
            lines.add(new ReceiptLine(due.description(), amount));
            charges.add(due.chargeId());
            amounts.add(amount);
            left = left.subtract(amount);
        }
        if (!charges.isEmpty()) {
            // One statement for every charge paid, not one per charge; in the order paid, which the receipt keeps.
            Panache.getEntityManager().createNativeQuery("""
                    insert into allocation (site_id, payment_id, charge_line_id, amount)
                    select ?1, ?2, paid.charge_line_id, paid.amount
                      from unnest(cast(?3 as bigint[]), cast(?4 as numeric[])) with ordinality
                           as paid (charge_line_id, amount, position)
                     order by paid.position
                    """).setParameter(1, site.id).setParameter(2, payment.id).setParameter(3, sqlArray(charges))
                    .setParameter(4, sqlArray(amounts)).executeUpdate();
        }
        posted.fire(new PaymentPosted(site.id, payment.unitId, payment.id));
        // Answered from what this transaction holds: nothing is read back.
        return new Outcome(receipt(payment, request.unit(), site, lines, 0), true);
    }

    /** A PostgreSQL array literal of numbers, {@code {1,2,3}}. */
    private static String sqlArray(List<?> numbers) {
        return numbers.stream().map(n -> n instanceof BigDecimal d ? d.toPlainString() : n.toString())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The chosen charges, oldest first; none chosen means every charge that is due. */
    private List<AccountService.Due> chargesToPay(Checked request, List<AccountService.Due> due) {
        if (request.chargeIds().isEmpty()) {
            return due;
        }
        Set<Long> chosen = Set.copyOf(request.chargeIds());
        List<AccountService.Due> picked = due.stream().filter(d -> chosen.contains(d.chargeId())).toList();
        if (picked.size() != chosen.size()) {
            throw InvalidInput.of("chargeIds", CashierText.said(CashierMessages::error_charges_unknown));
        }
        return picked;
    }

    private Outcome replay(Checked request, Payment earlier) {
        if (!earlier.fingerprint.equals(request.fingerprint())) {
            String receiptNo = earlier.receiptNo;
            throw new Conflict(CashierText.said(m -> m.error_key_reused(receiptNo)));
        }
        return new Outcome(receipt(earlier), false);
    }

    /** A receipt of the caller's sites, by number; 404 otherwise. */
    @Transactional
    public Receipt receipt(String receiptNo) {
        return receipt(find(receiptNo));
    }

    Payment find(String receiptNo) {
        Payment payment = receiptNo == null || receiptNo.length() > 20 ? null
                : Payment.find("receiptNo", receiptNo).firstResult();
        if (payment == null) {
            throw new NotFoundException();
        }
        return payment;
    }

    /**
     * Voids a receipt (supervisors): the number stays, the payment line is reversed, and the charges it paid are
     * due again. A cash receipt of a closed day cannot be voided: the close counted that cash.
     */
    @Transactional
    public Receipt voidReceipt(String receiptNo, String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.codePointCount(0, trimmed.length()) < 2) {
            throw InvalidInput.of("reason", CashierText.said(CashierMessages::error_reason));
        }
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw InvalidInput.of("reason", CashierText.said(m -> m.error_too_long(MAX_REASON_LENGTH)));
        }
        Payment payment = Payment.findById(find(receiptNo).id, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status == Payment.Status.VOIDED) {
            String voided = payment.receiptNo;
            throw new Conflict(CashierText.said(m -> m.error_receipt_voided(voided)));
        }
        if (payment.method == PaymentMethod.CASH) {
            cashDays.requireOpen(payment.siteId, payment.cashier, payment.businessDate);
        }
        Site site = Site.findById(payment.siteId);
        Instant now = clock.instant();
        LedgerLine paid = LedgerLine.find("paymentId = ?1 and kind = ?2", payment.id, LineKind.PAYMENT).firstResult();
        LedgerLine reversal = new LedgerLine();
        reversal.siteId = payment.siteId;
        reversal.unitId = payment.unitId;
        reversal.kind = LineKind.REVERSAL;
        reversal.amount = paid.amount.negate();
        reversal.paymentId = payment.id;
        reversal.reversesLineId = paid.id;
        reversal.note = trimmed;
        reversal.businessDate = desk.today(site);
        reversal.postedAt = now;
        reversal.postedBy = desk.actor();
        reversal.persist();
        payment.status = Payment.Status.VOIDED;
        payment.voidedAt = now;
        payment.voidedBy = desk.actor();
        payment.voidReason = trimmed;
        posted.fire(new PaymentPosted(payment.siteId, payment.unitId, payment.id));
        return receipt(payment);
    }

    /** Records a print of a receipt; the first is the original, every later one a copy (副本). */
    @Transactional
    public ReceiptPrint print(String receiptNo, String paper) {
        Paper chosen = Enums.parse(Paper.class, paper);
        if (chosen == null) {
            throw InvalidInput.of("paper", CashierText.said(CashierMessages::error_paper));
        }
        Payment payment = Payment.findById(find(receiptNo).id, LockModeType.PESSIMISTIC_WRITE);
        ReceiptPrint print = new ReceiptPrint();
        print.siteId = payment.siteId;
        print.paymentId = payment.id;
        print.printNo = (int) ReceiptPrint.count("paymentId", payment.id) + 1;
        print.paper = chosen;
        print.printedAt = clock.instant();
        print.printedBy = desk.actor();
        print.persist();
        return print;
    }

    /** A print of a receipt of the caller's sites. */
    @Transactional
    public ReceiptPrint findPrint(String receiptNo, int printNo) {
        Payment payment = find(receiptNo);
        ReceiptPrint print = ReceiptPrint.find("paymentId = ?1 and printNo = ?2", payment.id, printNo).firstResult();
        if (print == null) {
            throw new NotFoundException();
        }
        return print;
    }

    /** The receipt of a payment as stored: what it paid, with the charges' descriptions, and its prints so far. */
    Receipt receipt(Payment payment) {
        List<ReceiptLine> lines = Panache.getEntityManager().createQuery("""
                select l, a.amount from Allocation a join LedgerLine l on l.id = a.chargeLineId
                 where a.paymentId = ?1 order by a.id""", Object[].class).setParameter(1, payment.id).getResultStream()
                .map(r -> new ReceiptLine(AccountService.Description.of((LedgerLine) r[0]), (BigDecimal) r[1]))
                .toList();
        return receipt(payment, Unit.findById(payment.unitId), Site.findById(payment.siteId), lines,
                (int) ReceiptPrint.count("paymentId", payment.id));
    }

    private Receipt receipt(Payment payment, Unit unit, Site site, List<ReceiptLine> lines, int prints) {
        BigDecimal allocated = lines.stream().map(ReceiptLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Receipt(payment.receiptNo, unit.id, unit.label, site.name, site.companyName, payment.amount,
                payment.currency, payment.method, AccountService.methodName(payment.method), payment.tendered,
                payment.change, payment.reference, lines, payment.amount.subtract(allocated), payment.cashier,
                payment.paidAt, AccountService.TIME.format(payment.paidAt.atZone(site.zone())), payment.status,
                payment.voidedBy, payment.voidReason, prints);
    }

    /**
     * An amount rounded to the site's currency, or null when the record's rules refused it ({@link PayableAmount},
     * already among the errors) or nothing is left of it once rounded.
     */
    private static BigDecimal amount(BigDecimal value, String field, String currency, InvalidInput.Collector errors) {
        if (value == null || errors.has(field)) {
            return null;
        }
        BigDecimal rounded = Money.round(value, currency);
        if (rounded.signum() <= 0) {
            errors.add(field, CashierText.said(CashierMessages::error_amount_positive));
            return null;
        }
        return rounded;
    }

    /** What makes two requests the same payment, hashed; the order of the chosen charges does not matter. */
    static String fingerprint(Long unitId, List<Long> chargeIds, BigDecimal amount, PaymentMethod method,
            BigDecimal tendered, String reference) {
        String canonical = String.join("|", String.valueOf(unitId),
                chargeIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                amount.toPlainString(), method.name(), tendered == null ? "" : tendered.toPlainString(),
                reference == null ? "" : reference);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(constraint)) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().contains("\"" + constraint + "\"")) {
                return true;
            }
        }
        return false;
    }
}
