package steward.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.resident.Site;

@ApplicationScoped
public class AccountProvisioning {

    @Inject
    steward.StewardConfig config;

    @ActivateRequestContext
    /** Whether the account may sign in: one column, read on every request, so not the whole account. */
    public boolean isEnabled(String username) {
        return Account.getEntityManager()
                .createQuery("select a.enabled from Account a where a.username = ?1", Boolean.class)
                .setParameter(1, username).getResultStream().findFirst().orElse(false);
    }

    /**
     * The account of a single sign-on user, created on the first visit with the sites named in the token's
     * site claim (site codes), or else the configured default sites. Roles always come from the token.
     */
    @ActivateRequestContext
    @Transactional
    public boolean ensureSingleSignOnAccount(JsonWebToken token, Set<String> roles) {
        String username = token.getName();
        Account account = Account.findByUsername(username);
        if (account == null) {
            account = new Account();
            account.username = username;
            Object fullName = token.getClaim("name");
            account.displayName = fullName != null ? fullName.toString() : username;
            account.roles = String.join(",", roles);
            account.email = emailOf(token);
            account.siteIds = sitesFor(token);
            account.persist();
            Panache.getEntityManager().flush();
        }
        return account.enabled;
    }

    /** The token's email claim where it looks like an address; notifications then also go by email. */
    private static String emailOf(JsonWebToken token) {
        Object claim = token.getClaim("email");
        String email = claim == null ? "" : claim.toString().replace("\"", "").strip();
        return email.length() <= 254 && email.matches("[^@\\s]+@[^@\\s]+") ? email : null;
    }

    private Set<Long> sitesFor(JsonWebToken token) {
        Set<String> codes = new LinkedHashSet<>();
        Object claim = token.getClaim(config.oidc().siteClaim());
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> codes.add(v.toString().replace("\"", "")));
        } else if (claim != null) {
            codes.add(claim.toString().replace("\"", ""));
        }
        if (codes.isEmpty()) {
            config.oidc().defaultSites().ifPresent(codes::addAll);
        }
        Set<Long> siteIds = new LinkedHashSet<>();
        for (String code : codes) {
            Site site = Site.findByCode(code.trim());
            if (site != null) {
                siteIds.add(site.id);
            }
        }
        return siteIds;
    }
}
