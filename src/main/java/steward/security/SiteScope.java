package steward.security;

import java.util.List;
import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * The one place where a request is kept to its sites. Every entity with a {@code site_id} carries the Hibernate
 * filter {@link #FILTER} (declared on {@code resident/Site}), which is on in every session: any query of site data,
 * and any load by id, reads only rows of the sites this request may see. A query that forgets its site therefore
 * still cannot show a desk another 小區's rows; {@code SiteScopeTest} fails if an entity with a site lacks the
 * filter.
 *
 * <p>Who sees what: a staff member sees the sites of their account (none without an account or sites); a site's
 * phone system sees its site. Work that is no one's request (the scheduled jobs, the start, a public link whose
 * token names its own row, a test calling a service) sees every site. Native SQL is not filtered: it names its
 * sites itself (the dashboard's sections, the reports), as {@code docs/ARCHITECTURE.md} says.
 */
public final class SiteScope {

    public static final String FILTER = "siteScope";
    /** The filter's condition, on the table of each entity with a site. */
    public static final String CONDITION = "(:everySite or site_id in (:sites))";
    /** Request attribute a mechanism sets when its identity speaks for one site only (the phone system). */
    public static final String ONE_SITE = "steward.site-scope.one-site";
    /** An id no site has: a signed-in identity without sites sees nothing. */
    static final Long NO_SITE = -1L;

    private SiteScope() {
    }

    /** The sites the current request may read; null for every site. */
    static List<Long> current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext http = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (http == null || !(http.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        return sitesOf(user.getSecurityIdentity());
    }

    /** The sites an identity works for; null for the anonymous, who are kept to their rows by their link. */
    static List<Long> sitesOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Long oneSite = identity.getAttribute(ONE_SITE);
        if (oneSite != null) {
            return List.of(oneSite);
        }
        SignedInAccount account = identity.getAttribute(SignedInAccounts.ATTRIBUTE);
        return account == null || account.siteIds().isEmpty() ? List.of(NO_SITE) : List.copyOf(account.siteIds());
    }

    /** The filter's {@code everySite} parameter. */
    @Singleton
    @Unremovable
    public static class EverySite implements Supplier<Boolean> {
        @Override
        public Boolean get() {
            return current() == null;
        }
    }

    /** The filter's {@code sites} parameter (a list SQL accepts even when every site is seen). */
    @Singleton
    @Unremovable
    public static class Sites implements Supplier<List<Long>> {
        @Override
        public List<Long> get() {
            List<Long> sites = current();
            return sites == null ? List.of(NO_SITE) : sites;
        }
    }
}
