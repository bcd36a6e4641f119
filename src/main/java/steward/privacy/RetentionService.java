package steward.privacy;

import steward.web.StoredText;
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
import steward.security.AuditAction;
import steward.security.AuditTrail;

/**
 * Applies every {@link RetentionRule} with its configured period. Every replica runs the job; a
 * transaction-scoped advisory lock per kind lets one of them work at a time, and each run leaves one audit
 * event per site it changed (actor {@code job:retention}, the period in the reason, the count in the detail).
 */
@ApplicationScoped
public class RetentionService {

    @Inject
    Instance<RetentionRule> rules;

    @Inject
    PrivacyConfig config;

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

    public int days(RetentionRule rule) {
        return config.retention().getOrDefault(rule.kind(), rule.defaultDays());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long apply(RetentionRule rule) {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "retention:" + rule.kind()).getSingleResult();
        if (!mine) {
            return 0;
        }
        int days = days(rule);
        Instant cutoff = clock.instant().minus(days, ChronoUnit.DAYS);
        long total = 0;
        for (Map.Entry<Long, Long> site : rule.apply(cutoff).entrySet()) {
            total += site.getValue();
            audit.recordJob("retention", AuditAction.RETENTION_PURGE, site.getKey(),
                    "steward.privacy.retention." + rule.kind() + "=" + days,
                    StoredText.of("privacy:detail_retention", rule.kind(), rule.verb(), site.getValue(), cutoff));
        }
        return total;
    }
}
