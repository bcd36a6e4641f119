package steward.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Site;
import steward.resident.Unit;
import steward.web.InvalidInput;
import steward.web.Words;

/**
 * A unit's account: its ledger, what is still due on each charge, the balance, and the statement
 * (費用明細表). Also posts the credits other capabilities ask for, exactly once per source.
 *
 * <p>What is due on a charge: its amount, less what payments allocated to it, less the account's unapplied
 * credit (overpayments, compensations, returned deposits) applied to the oldest charges first. So the sum of
 * what is due, less the credit left over, is always the balance: the sum of the ledger.
 */
@ApplicationScoped
public class AccountService {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Desk desk;

    @Inject
    Clock clock;

    /** One line of the statement; its description is said in the reader's language where it is read. */
    public record Line(Long id, String date, LineKind kind, FeeItem item, String period, Words description,
            BigDecimal amount, BigDecimal balance, LocalDate dueDate, BigDecimal due, String receiptNo, Long cardId) {
    }

    /** A charge that is still (partly) due. */
    public record Due(Long chargeId, FeeItem item, String period, Words description, LocalDate dueDate,
            BigDecimal amount, BigDecimal due) {
    }

    /** The account of a unit: every line with its running balance, what is due (oldest first), the credit. */
    public record Statement(Long unitId, String unitLabel, String siteName, String companyName, String currency,
            BigDecimal balance, BigDecimal credit, BigDecimal totalDue, List<Due> due, List<Line> lines,
            String printedAt) {
    }

    @Transactional
    public Statement statement(Long unitId) {
        Desk.UnitAt unit = desk.findUnitAt(unitId);
        if (unit == null) {
            throw new NotFoundException();
        }
        return statementOf(unit.unit(), unit.site());
    }

    /** The statement of a unit already checked to be the caller's (or locked by a payment in progress). */
    Statement statementOf(Unit unit, Site site) {
        List<LedgerLine> ledger = new ArrayList<>();
        Map<Long, BigDecimal> allocated = new HashMap<>();
        Map<Long, String> receipts = new HashMap<>();
        // One statement: each line with what receipts that stand paid of it (a void gives the charge back) and the
        // number of the receipt it belongs to.
        Panache.getEntityManager().createQuery("""
                select l, (select sum(a.amount) from Allocation a join Payment p on p.id = a.paymentId
                            where a.chargeLineId = l.id and p.status = ?2), r.receiptNo
                  from LedgerLine l left join Payment r on r.id = l.paymentId
                 where l.unitId = ?1 order by l.postedAt, l.id""", Object[].class)
                .setParameter(1, unit.id).setParameter(2, Payment.Status.POSTED).getResultStream().forEach(row -> {
                    LedgerLine line = (LedgerLine) row[0];
                    ledger.add(line);
                    if (row[1] != null) {
                        allocated.put(line.id, (BigDecimal) row[1]);
                    }
                    if (row[2] != null) {
                        receipts.put(line.paymentId, (String) row[2]);
                    }
                });

        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        BigDecimal chargesOpen = BigDecimal.ZERO.setScale(2);
        Map<Long, BigDecimal> open = new HashMap<>();
        for (LedgerLine line : ledger) {
            balance = balance.add(line.amount);
            if (line.kind == LineKind.CHARGE) {
                BigDecimal rest = line.amount.subtract(allocated.getOrDefault(line.id, BigDecimal.ZERO));
                open.put(line.id, rest);
                chargesOpen = chargesOpen.add(rest);
            }
        }
        // Credit not allocated by a payment pays the oldest charges (see the class comment).
        BigDecimal unapplied = chargesOpen.subtract(balance).max(BigDecimal.ZERO);
        List<LedgerLine> charges = ledger.stream().filter(l -> l.kind == LineKind.CHARGE)
                .sorted(OLDEST_FIRST).toList();
        List<Due> due = new ArrayList<>();
        BigDecimal totalDue = BigDecimal.ZERO.setScale(2);
        for (LedgerLine charge : charges) {
            BigDecimal rest = open.get(charge.id);
            BigDecimal covered = rest.min(unapplied).max(BigDecimal.ZERO);
            unapplied = unapplied.subtract(covered);
            rest = rest.subtract(covered);
            open.put(charge.id, rest);
            if (rest.signum() > 0) {
                due.add(new Due(charge.id, charge.item, charge.period, Description.of(charge), charge.dueDate,
                        charge.amount, rest));
                totalDue = totalDue.add(rest);
            }
        }

        ZoneId zone = site.zone();
        List<Line> lines = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO.setScale(2);
        for (LedgerLine line : ledger) {
            running = running.add(line.amount);
            lines.add(new Line(line.id, TIME.format(line.postedAt.atZone(zone)), line.kind, line.item, line.period,
                    Description.of(line), line.amount, running, line.dueDate,
                    line.kind == LineKind.CHARGE ? open.get(line.id) : null,
                    line.paymentId == null ? null : receipts.get(line.paymentId), line.cardId));
        }
        return new Statement(unit.id, unit.label, site.name, site.companyName, site.currency, balance,
                balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO.setScale(2), totalDue, due, lines,
                TIME.format(clock.instant().atZone(zone)));
    }

    static final Comparator<LedgerLine> OLDEST_FIRST = Comparator
            .comparing((LedgerLine l) -> l.dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> l.id);

    /** The credit the CreditRequested event asks for, once per source: a second event of the same source does nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes CreditRequested credit) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Unit unit = credit.unitId() == null ? null : Unit.findById(credit.unitId());
        if (unit == null || !unit.siteId.equals(credit.siteId())) {
            errors.add("unitId", CashierText.said(CashierMessages::error_unknown_unit));
        }
        if (credit.amount() == null || !Money.plausible(credit.amount()) || credit.amount().signum() <= 0) {
            errors.add("amount", CashierText.said(CashierMessages::error_amount_positive));
        }
        if (credit.sourceKind() == null || credit.sourceKind().isBlank() || credit.sourceId() == null) {
            errors.add("sourceKind", CashierText.said(CashierMessages::error_required));
        }
        errors.throwIfAny();
        Site site = Site.findById(unit.siteId);
        BigDecimal amount = Money.round(credit.amount(), site.currency);
        if (amount.signum() <= 0) {
            throw InvalidInput.of("amount", CashierText.said(CashierMessages::error_amount_positive));
        }
        String note = credit.reason() == null ? null : truncate(credit.reason().strip(), 500);
        // ON CONFLICT, not a caught exception: a failed insert would spoil the requester's transaction.
        Panache.getEntityManager().createNativeQuery("""
                insert into ledger_line (site_id, unit_id, kind, amount, note, source_kind, source_id, business_date,
                                         posted_at, posted_by)
                values (?1, ?2, 'CREDIT', ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (source_kind, source_id) where source_kind is not null do nothing
                """).setParameter(1, site.id).setParameter(2, unit.id).setParameter(3, amount.negate())
                .setParameter(4, note).setParameter(5, credit.sourceKind()).setParameter(6, credit.sourceId())
                .setParameter(7, desk.today(site)).setParameter(8, clock.instant())
                .setParameter(9, desk.actor()).executeUpdate();
    }

    /**
     * An ad-hoc charge another capability asks for (a fax's pages sent for a resident, say), due today, posted
     * once per source: asking again for the same (sourceKind, sourceId) adds nothing. The caller has checked the
     * unit is of the site and the amount is positive in the site's currency. Returns whether a line was posted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean charge(Long siteId, Long unitId, FeeItem item, BigDecimal amount, String note, String sourceKind,
            Long sourceId) {
        Site site = Site.findById(siteId);
        BigDecimal rounded = Money.round(amount, site.currency);
        if (rounded.signum() <= 0) {
            throw new IllegalArgumentException("A charge must be positive: " + amount);
        }
        LocalDate today = desk.today(site);
        return Panache.getEntityManager().createNativeQuery("""
                insert into ledger_line (site_id, unit_id, kind, item, amount, due_date, note, source_kind, source_id,
                                         business_date, posted_at, posted_by)
                values (?1, ?2, 'CHARGE', ?3, ?4, ?5, ?6, ?7, ?8, ?5, ?9, ?10)
                on conflict (source_kind, source_id) where source_kind is not null do nothing
                """).setParameter(1, siteId).setParameter(2, unitId).setParameter(3, item.name())
                .setParameter(4, rounded).setParameter(5, today)
                .setParameter(6, note == null ? null : truncate(note.strip(), 500)).setParameter(7, sourceKind)
                .setParameter(8, sourceId).setParameter(9, clock.instant()).setParameter(10, desk.actor())
                .executeUpdate() == 1;
    }

    /**
     * What a ledger line is, as the statement, the receipt and a card's charges name it: 「管理費 2026-03」,
     * 「收款 · 現金」, 「押金退還」, and its note. Two lines alike read alike (the call script names each item once).
     */
    record Description(LineKind kind, FeeItem item, String period, PaymentMethod method, String sourceKind,
            String note) implements Words {

        static Description of(LedgerLine line) {
            return new Description(line.kind, line.item, line.period, line.method, line.sourceKind, line.note);
        }

        @Override
        public String in(Locale locale) {
            return CashierText.said(this::text).in(locale);
        }

        private String text(CashierMessages msg) {
            String text = switch (kind) {
                case CHARGE -> itemName(item, msg) + (period != null ? " " + period : "");
                case PAYMENT -> msg.kind_PAYMENT() + (method != null ? " · " + methodName(method, msg) : "");
                case CREDIT -> msg.kind_CREDIT() + sourceName(sourceKind, msg);
                case REFUND -> msg.kind_REFUND();
                case REVERSAL -> msg.kind_REVERSAL();
            };
            return note == null || note.isBlank() ? text : text + " · " + note;
        }
    }

    /** A fee item's name, said where it is read (a collector's call script names the items overdue). */
    public static Words itemName(FeeItem item) {
        return CashierText.said(msg -> itemName(item, msg));
    }

    public static String itemName(FeeItem item, CashierMessages msg) {
        return switch (item) {
            case MANAGEMENT_FEE -> msg.item_MANAGEMENT_FEE();
            case ACCESS_CARD -> msg.item_ACCESS_CARD();
            case CARD_REPLACEMENT -> msg.item_CARD_REPLACEMENT();
            case CARD_DEPOSIT -> msg.item_CARD_DEPOSIT();
            case PARKING_MONTHLY -> msg.item_PARKING_MONTHLY();
            case PARKING_CARD -> msg.item_PARKING_CARD();
            case FAX_PAGE -> msg.item_FAX_PAGE();
            case OTHER -> msg.item_OTHER();
        };
    }

    /** How a payment was made, said where it is read (the receipt). */
    static Words methodName(PaymentMethod method) {
        return CashierText.said(msg -> methodName(method, msg));
    }

    static String methodName(PaymentMethod method, CashierMessages msg) {
        return switch (method) {
            case CASH -> msg.method_CASH();
            case CARD -> msg.method_CARD();
            case TRANSFER -> msg.method_TRANSFER();
            case MOBILE -> msg.method_MOBILE();
        };
    }

    private static String sourceName(String sourceKind, CashierMessages msg) {
        if (sourceKind == null) {
            return "";
        }
        return switch (sourceKind) {
            case CardService.DEPOSIT_RETURN -> " · " + msg.source_CARD_DEPOSIT_RETURN();
            case "COMPLAINT_COMPENSATION" -> " · " + msg.source_COMPLAINT_COMPENSATION();
            default -> "";
        };
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
