package steward.security;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is asking, and for which sites. Every query of site data is kept to {@link #siteIds()} by {@link SiteScope}:
 * a desk in one 小區 cannot read another's residents, even by id.
 */
@RequestScoped
public class StaffContext {

    public static final String SITE_COOKIE = "steward-site";

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The signed-in account as it was when this request signed in (read then, or kept from an earlier request while
     * unchanged: {@link SignedInAccounts}); null for the anonymous and for systems that are no account. To change
     * the account, load its entity by id.
     */
    public SignedInAccount account() {
        return identity.getAttribute(SignedInAccounts.ATTRIBUTE);
    }

    public String displayName() {
        SignedInAccount current = account();
        return current != null ? current.displayName() : username();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The account's sites ({@link SiteScope}'s "no site" when it has none, so "in (:sites)" stays valid SQL). */
    public List<Long> siteIds() {
        SignedInAccount current = account();
        if (current == null || current.siteIds().isEmpty()) {
            return List.of(SiteScope.NO_SITE);
        }
        return new ArrayList<>(current.siteIds());
    }

    public boolean hasSites() {
        return !siteIds().contains(SiteScope.NO_SITE);
    }

    public boolean worksFor(Long siteId) {
        return siteId != null && siteIds().contains(siteId);
    }

    /** The site the tablet works in: the one chosen on this device, else the first of the user's sites. */
    public Long currentSiteId() {
        List<Long> sites = siteIds();
        Cookie chosen = request.getCookie(SITE_COOKIE);
        if (chosen != null) {
            try {
                Long id = Long.valueOf(chosen.getValue());
                if (sites.contains(id)) {
                    return id;
                }
            } catch (NumberFormatException ignored) {
                // a tampered cookie falls back to the default site
            }
        }
        return sites.stream().sorted().findFirst().orElse(SiteScope.NO_SITE);
    }
}
