package steward.billing;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Gapless numbers per site and series (receipts of a year, cards): one statement adds the series' row or bumps
 * it, and the row stays locked until the caller's transaction ends, so a number is taken only by a transaction
 * that commits, and concurrent payments queue for it instead of skipping. Not a database sequence: a sequence
 * leaves gaps whenever a transaction rolls back.
 */
@ApplicationScoped
public class Counters {

    @Transactional(Transactional.TxType.MANDATORY)
    public long next(Long siteId, String series) {
        return ((Number) Panache.getEntityManager().createNativeQuery("""
                insert into site_counter (site_id, series, last_value) values (?1, ?2, 1)
                on conflict (site_id, series) do update set last_value = site_counter.last_value + 1
                returning last_value
                """).setParameter(1, siteId).setParameter(2, series).getSingleResult()).longValue();
    }
}
