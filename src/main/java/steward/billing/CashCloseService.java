package steward.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Site;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 日結, per cashier and day: the cash that should be in the drawer (cash received less change, less cash
 * refunds, plus deposits taken less deposits paid back) against the cash counted; a difference is kept with a note; a supervisor signs the close off.
 * Once closed, the cashier's cash postings of that day are refused (see {@link CashDays}).
 */
@ApplicationScoped
public class CashCloseService {

    @Inject
    Desk desk;

    @Inject
    Clock clock;

    @Inject
    CashDays cashDays;

    @Inject
    InputRules rules;

    /** A cashier's day: the cash postings, what the drawer should hold, and the close if there is one. */
    public record CashDay(String cashier, LocalDate date, String currency, int cashPayments, BigDecimal received,
            BigDecimal changeGiven, BigDecimal refunds, BigDecimal expected, boolean closed, BigDecimal counted,
            BigDecimal difference, String note, String closedAt, String signedOffBy, String signedOffAt,
            BigDecimal deposits) {
    }

    /**
     * The cash counted in the drawer, and a note: required when the count differs from what the drawer should
     * hold, which only the service knows. The amount is held to what a person could mean ({@link Money#plausible})
     * before any arithmetic; it is rounded to the site's currency when taken.
     */
    public record CloseRequest(
            @Schema(example = "12500")
            @NotNull(message = "{steward.required}")
            @DecimalMin(value = "0", message = "{steward.cashier.amount_invalid}")
            @DecimalMax(value = Money.MAX_TEXT, message = "{steward.cashier.amount_invalid}")
            @Digits(integer = 8, fraction = 6, message = "{steward.cashier.amount_invalid}") BigDecimal counted,
            @Size(max = 500, message = "{steward.too_long}") String note) {

        public CloseRequest {
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    /** The caller's own day (cashiers), or a named cashier's day (supervisors). */
    @Transactional
    public CashDay day(String cashier, LocalDate date) {
        Site site = desk.currentSite();
        return day(site, cashier, date);
    }

    /** The closes of a day in the caller's current site, for the supervisor's sign-off. */
    @Transactional
    public List<CashDay> closes(LocalDate date) {
        Site site = desk.currentSite();
        return CashClose.<CashClose>list("siteId = ?1 and businessDate = ?2 order by cashier", site.id, date).stream()
                .map(c -> day(site, c.cashier, date)).toList();
    }

    /** Closes the caller's cash for a day (today or before); twice is a conflict. */
    @Transactional
    public CashDay close(LocalDate date, CloseRequest request) {
        Site site = desk.currentSite();
        String cashier = desk.actor();
        rules.check(request);
        if (date == null) {
            throw InvalidInput.of("date", Words.of(Messages.class, Messages::error_date));
        }
        if (date.isAfter(desk.today(site))) {
            throw InvalidInput.of("date", CashierText.said(CashierMessages::error_close_future));
        }
        BigDecimal counted = Money.round(request.counted(), site.currency);
        String note = request.note();

        cashDays.lockForClose(site.id, cashier, date);
        if (CashDays.isClosed(site.id, cashier, date)) {
            String closed = date.toString();
            throw new Conflict(CashierText.said(m -> m.error_already_closed(closed)));
        }
        CashDay day = day(site, cashier, date);
        BigDecimal difference = counted.subtract(day.expected());
        if (difference.signum() != 0 && note == null) {
            throw InvalidInput.of("note", CashierText.said(CashierMessages::error_difference_note));
        }
        CashClose close = new CashClose();
        close.siteId = site.id;
        close.cashier = cashier;
        close.businessDate = date;
        close.expected = day.expected();
        close.counted = counted;
        close.difference = difference;
        close.note = note;
        close.closedAt = clock.instant();
        close.persist();
        return day(site, cashier, date);
    }

    /** A supervisor signs a close off, once. */
    @Transactional
    public CashDay signOff(String cashier, LocalDate date) {
        Site site = desk.currentSite();
        CashClose close = date == null || cashier == null ? null
                : CashClose.find("siteId = ?1 and cashier = ?2 and businessDate = ?3", site.id, cashier, date)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (close == null) {
            throw new NotFoundException();
        }
        if (close.signedOffBy != null) {
            String signedBy = close.signedOffBy;
            throw new Conflict(CashierText.said(m -> m.error_already_signed(signedBy)));
        }
        close.signedOffBy = desk.actor();
        close.signedOffAt = clock.instant();
        return day(site, cashier, date);
    }

    private CashDay day(Site site, String cashier, LocalDate date) {
        var em = Panache.getEntityManager();
        Object[] cash = em.createQuery("""
                select count(p), coalesce(sum(p.tendered), 0), coalesce(sum(p.change), 0), coalesce(sum(p.amount), 0)
                  from Payment p
                 where p.siteId = ?1 and p.cashier = ?2 and p.businessDate = ?3 and p.method = ?4 and p.status = ?5
                """, Object[].class).setParameter(1, site.id).setParameter(2, cashier).setParameter(3, date)
                .setParameter(4, PaymentMethod.CASH).setParameter(5, Payment.Status.POSTED).getSingleResult();
        BigDecimal refunds = em.createQuery("""
                select coalesce(sum(l.amount), 0) from LedgerLine l
                 where l.siteId = ?1 and l.postedBy = ?2 and l.businessDate = ?3 and l.kind = ?4 and l.method = ?5
                """, BigDecimal.class).setParameter(1, site.id).setParameter(2, cashier).setParameter(3, date)
                .setParameter(4, LineKind.REFUND).setParameter(5, PaymentMethod.CASH).getSingleResult();
        BigDecimal received = scale((BigDecimal) cash[1]);
        BigDecimal change = scale((BigDecimal) cash[2]);
        BigDecimal deposits = CashDeposits.heldBy(site.id, cashier, date);
        BigDecimal expected = scale((BigDecimal) cash[3]).subtract(scale(refunds)).add(deposits);
        CashClose close = CashClose.find("siteId = ?1 and cashier = ?2 and businessDate = ?3", site.id, cashier, date)
                .firstResult();
        var zone = site.zone();
        return new CashDay(cashier, date, site.currency, ((Number) cash[0]).intValue(), received, change,
                scale(refunds), close != null ? close.expected : expected, close != null,
                close == null ? null : close.counted, close == null ? null : close.difference,
                close == null ? null : close.note,
                close == null ? null : AccountService.TIME.format(close.closedAt.atZone(zone)),
                close == null ? null : close.signedOffBy,
                close == null || close.signedOffAt == null ? null
                        : AccountService.TIME.format(close.signedOffAt.atZone(zone)), deposits);
    }

    /**
     * The tills of a site still open on a day: each cashier with cash that day (payments, refunds, deposits) and no
     * close yet, with what their drawer should hold. The shift handover lists them.
     */
    @Transactional
    public List<CashDay> openTills(Long siteId, LocalDate date) {
        Site site = Site.findById(siteId);
        @SuppressWarnings("unchecked")
        List<String> cashiers = Panache.getEntityManager().createNativeQuery("""
                select p.cashier from payment p where p.site_id = ?1 and p.business_date = ?2 and p.method = 'CASH'
                union select l.posted_by from ledger_line l
                 where l.site_id = ?1 and l.business_date = ?2 and l.kind = 'REFUND' and l.method = 'CASH'
                union select d.taken_by from cash_deposit d where d.site_id = ?1 and d.taken_on = ?2
                union select d.paid_back_by from cash_deposit d where d.site_id = ?1 and d.paid_back_on = ?2
                order by 1""").setParameter(1, siteId).setParameter(2, date).getResultList();
        return cashiers.stream().filter(c -> !CashDays.isClosed(siteId, c, date)).map(c -> day(site, c, date)).toList();
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount.setScale(2);
    }
}
