package steward.billing;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import steward.web.Conflict;

/**
 * The lock between a cashier's cash postings and their daily close. Every cash posting takes a shared lock on
 * (site, cashier, day) and checks that the day is not closed; the close takes the same lock exclusively. So a
 * close counts every cash posting that committed before it, and none can slip in after it.
 */
@ApplicationScoped
public class CashDays {

    /** Refuses (409) a cash posting in a day the cashier has closed; otherwise holds the day open until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireOpen(Long siteId, String cashier, LocalDate day) {
        lock(siteId, cashier, day, false);
        if (isClosed(siteId, cashier, day)) {
            String closed = day.toString();
            throw new Conflict(CashierText.said(m -> m.error_day_closed(closed)));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void lockForClose(Long siteId, String cashier, LocalDate day) {
        lock(siteId, cashier, day, true);
    }

    static boolean isClosed(Long siteId, String cashier, LocalDate day) {
        return CashClose.count("siteId = ?1 and cashier = ?2 and businessDate = ?3", siteId, cashier, day) > 0;
    }

    private static void lock(Long siteId, String cashier, LocalDate day, boolean exclusive) {
        String function = exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
        Panache.getEntityManager()
                .createNativeQuery("select 1 from " + function + "(hashtextextended(?1, 0))")
                .setParameter(1, "cash-day/" + siteId + "/" + cashier + "/" + day).getSingleResult();
    }
}
