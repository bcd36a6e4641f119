package steward.billing;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Gapless numbers per site and series (receipts of a year, cards): the counter row is locked with
 * {@code SELECT ... FOR UPDATE} inside the caller's transaction, so a number is taken only by a transaction
 * that commits, and concurrent payments queue for it instead of skipping. Not a database sequence: a sequence
 * leaves gaps whenever a transaction rolls back.
 */
@ApplicationScoped
public class Counters {

    @Transactional(Transactional.TxType.MANDATORY)
    public long next(Long siteId, String series) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("insert into site_counter (site_id, series) values (?1, ?2) on conflict do nothing")
                .setParameter(1, siteId).setParameter(2, series).executeUpdate();
        long last = ((Number) em.createNativeQuery(
                "select last_value from site_counter where site_id = ?1 and series = ?2 for update")
                .setParameter(1, siteId).setParameter(2, series).getSingleResult()).longValue();
        em.createNativeQuery("update site_counter set last_value = ?3 where site_id = ?1 and series = ?2")
                .setParameter(1, siteId).setParameter(2, series).setParameter(3, last + 1).executeUpdate();
        return last + 1;
    }
}
