package steward.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import steward.resident.Site;
import steward.web.Conflict;

/**
 * Deposits in cash through the cashier's drawer: taken into the caller's cash day and paid back out of it, in the
 * caller's transaction, each refused once the caller has closed that day (see {@link CashDays}). The daily close
 * counts them ({@link CashCloseService}).
 */
@ApplicationScoped
public class CashDeposits {

    @Inject
    Desk desk;

    @Inject
    CashDays cashDays;

    @Inject
    java.time.Clock clock;

    /** Takes a deposit for a source, once: the same source again is a conflict. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CashDeposit take(Long siteId, String sourceKind, Long sourceId, BigDecimal amount) {
        Site site = Site.findById(siteId);
        LocalDate today = desk.today(site);
        String cashier = desk.actor();
        cashDays.requireOpen(site.id, cashier, today);
        if (CashDeposit.count("sourceKind = ?1 and sourceId = ?2", sourceKind, sourceId) > 0) {
            throw new Conflict(CashierText.said(CashierMessages::error_deposit_taken));
        }
        CashDeposit deposit = new CashDeposit();
        deposit.siteId = site.id;
        deposit.sourceKind = sourceKind;
        deposit.sourceId = sourceId;
        deposit.amount = Money.round(amount, site.currency);
        deposit.takenBy = cashier;
        deposit.takenOn = today;
        deposit.takenAt = clock.instant();
        deposit.persist();
        return deposit;
    }

    /** Pays a deposit back from the caller's drawer, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CashDeposit payBack(Long depositId) {
        CashDeposit deposit = CashDeposit.findById(depositId, LockModeType.PESSIMISTIC_WRITE);
        if (deposit.paidBackAt != null) {
            throw new Conflict(CashierText.said(CashierMessages::error_deposit_paid_back));
        }
        Site site = Site.findById(deposit.siteId);
        LocalDate today = desk.today(site);
        String cashier = desk.actor();
        cashDays.requireOpen(site.id, cashier, today);
        deposit.paidBackBy = cashier;
        deposit.paidBackOn = today;
        deposit.paidBackAt = clock.instant();
        return deposit;
    }

    /** Cash a cashier took in deposits on a day, less what they paid back that day. */
    static BigDecimal heldBy(Long siteId, String cashier, LocalDate date) {
        var em = Panache.getEntityManager();
        BigDecimal taken = em.createQuery("select coalesce(sum(d.amount), 0) from CashDeposit d where d.siteId = ?1 "
                + "and d.takenBy = ?2 and d.takenOn = ?3", BigDecimal.class).setParameter(1, siteId)
                .setParameter(2, cashier).setParameter(3, date).getSingleResult();
        BigDecimal paidBack = em.createQuery("select coalesce(sum(d.amount), 0) from CashDeposit d where d.siteId = ?1 "
                + "and d.paidBackBy = ?2 and d.paidBackOn = ?3", BigDecimal.class).setParameter(1, siteId)
                .setParameter(2, cashier).setParameter(3, date).getSingleResult();
        return taken.subtract(paidBack).setScale(2);
    }
}
