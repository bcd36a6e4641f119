package steward.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import steward.resident.Site;
import steward.security.AuditAction;
import steward.security.AuditTrail;

/**
 * Applies every {@link RetentionRule} with each site's own period (its settings, closed sites included: their records
 * are kept, their personal data goes like everyone's). Every replica runs the job; a transaction-scoped advisory
 * lock per kind lets one of them work at a time, and each run leaves one audit event per site it changed (actor
 * {@code job:retention}, the site's setting in the reason, the count in the detail).
 */
@ApplicationScoped
public class RetentionService {

    @Inject
    Instance<RetentionRule> rules;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Runs every rule; answers the records changed per kind. */
    public Map<String, Long> applyAll() {
        Map<String, Long> changed = new LinkedHashMap<>();
        List<RetentionRule> ordered = rules.stream().sorted(Comparator.comparing(RetentionRule::kind)).toList();
        for (RetentionRule rule : ordered) {
            changed.put(rule.kind(), apply(rule));
        }
        return changed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long apply(RetentionRule rule) {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "retention:" + rule.kind()).getSingleResult();
        if (!mine) {
            return 0;
        }
        Instant now = clock.instant();
        long total = 0;
        for (Site site : Site.<Site>list("order by id")) {
            int days = rule.days(site.settings);
            Instant cutoff = now.minus(days, ChronoUnit.DAYS);
            long changed = rule.apply(site.id, cutoff);
            if (changed > 0) {
                total += changed;
                audit.recordJob("retention", AuditAction.RETENTION_PURGE, site.id, rule.setting() + "=" + days,
                        rule.kind() + ": " + rule.verb() + " " + changed + " records before " + cutoff);
            }
        }
        return total;
    }
}
