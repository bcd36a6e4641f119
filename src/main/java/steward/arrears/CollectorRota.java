package steward.arrears;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import steward.notify.NotificationService;
import steward.security.Roles;

/**
 * Who collects: the customer service staff of a site, and the one a new case's call task goes to by the rule the
 * supervisor set (a named person, or each in turn). The site's policy row is locked while the turn moves on, so
 * two replicas opening cases at once give them to different people, and never the same case twice (the case's
 * own uniqueness sees to that).
 */
@ApplicationScoped
public class CollectorRota {

    @Inject
    NotificationService notifications;

    @Inject
    EntityManager em;

    /** The enabled customer service staff of the site, by username. */
    public List<NotificationService.Recipient> of(Long siteId) {
        return notifications.staffWithRole(siteId, Roles.SERVICE);
    }

    /**
     * The collector of the next case at the site: the named one while they are one of its customer service staff,
     * else the next in turn. A site without customer service staff gives its cases to its supervisors in turn;
     * none at all: nobody (the case is on the arrears list for whoever opens it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> next(ArrearsPolicy policy) {
        em.refresh(policy, LockModeType.PESSIMISTIC_WRITE);
        List<String> candidates = of(policy.siteId).stream().map(NotificationService.Recipient::username).toList();
        if (candidates.isEmpty()) {
            candidates = notifications.staffWithRole(policy.siteId, Roles.SUPERVISOR).stream()
                    .map(NotificationService.Recipient::username).toList();
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (policy.assignment == ArrearsPolicy.Assignment.NAMED && candidates.contains(policy.assignee)) {
            return Optional.of(policy.assignee);
        }
        String next = candidates.stream().filter(u -> policy.lastAssigned == null || u.compareTo(policy.lastAssigned) > 0)
                .findFirst().orElse(candidates.get(0));
        policy.lastAssigned = next;
        return Optional.of(next);
    }
}
