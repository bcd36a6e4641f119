package steward.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

/**
 * Staff as people read them on a page: by display name (林美玲), the username added only where two staff of the
 * caller's sites share a name (林美玲 (mei.lin)). Records keep the username, which never changes; a template asks
 * here when it shows one: {@code {inject:staffNames.of(receipt.cashier)}}. The names of the caller's sites are read
 * once per request, in one statement, when a page first asks.
 */
@RequestScoped
@Named("staffNames")
public class StaffNames {

    @Inject
    StaffContext staff;

    @Inject
    EntityManager entityManager;

    private Map<String, String> shown;

    /**
     * How the page shows this username: its display name, told apart where needed; a username no site of the
     * caller's knows (a job, say) as it is.
     */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (shown == null) {
            shown = load();
        }
        return shown.getOrDefault(username, username);
    }

    private Map<String, String> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select a.username, a.display_name, count(*) over (partition by a.display_name)
                from account a
                where exists (select 1 from account_site s where s.account_id = a.id and s.site_id in (:sites))
                """).setParameter("sites", staff.siteIds()).getResultList();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : rows) {
            String username = (String) row[0];
            String displayName = (String) row[1];
            boolean shared = ((Number) row[2]).longValue() > 1;
            names.put(username, shared && !displayName.equals(username) ? displayName + " (" + username + ")"
                    : displayName);
        }
        return names;
    }
}
