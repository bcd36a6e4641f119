package steward.security;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The account of a single sign-on user. It is found by the identity provider's issuer and subject, never by name:
 * a token whose name is that of a local account (or of another provider's user) gets an account of its own, under
 * a name that tells them apart. Its roles and sites are the token's, taken at every sign-in (the code flow) and on
 * every request (bearer tokens of systems calling the API).
 */
@ApplicationScoped
public class AccountProvisioning {

    @Inject
    steward.StewardConfig config;

    @Inject
    SignedInAccounts signedIn;

    /** The account a token is admitted as, as this request knows it. */
    public record Admitted(SignedInAccount account) {

        public long accountId() {
            return account.id();
        }

        public boolean enabled() {
            return account.enabled();
        }
    }

    /**
     * The account of the token's user, created on their first visit; with {@code fromToken} (a sign-in, or a
     * bearer token) its display name, email, roles and sites are brought in line with the token.
     */
    @ActivateRequestContext
    @Transactional
    public Admitted admit(JsonWebToken token, Set<String> roles, boolean fromToken) {
        String issuer = Objects.requireNonNullElse(token.getIssuer(), "");
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
        // One account at most (unique issuer and subject); not firstResult(), which with a collection fetch is
        // applied in memory with a warning on every sign-in and every bearer-token call.
        Account account = Account.find("select a from Account a left join fetch a.siteIds "
                + "where a.ssoIssuer = ?1 and a.ssoSubject = ?2", issuer, subject).<Account>singleResultOptional()
                .orElse(null);
        if (account == null) {
            account = claimEarlierAccount(token.getName());
        }
        if (account == null) {
            account = new Account();
            account.signIn = SignInMethod.SINGLE_SIGN_ON;
            account.username = freeUsername(token.getName(), issuer);
            fromToken = true;
        }
        account.ssoIssuer = issuer;
        account.ssoSubject = subject;
        boolean changed = fromToken && follow(account, token, roles);
        if (!account.isPersistent()) {
            account.persist();
            Panache.getEntityManager().flush();
        } else if (changed) {
            signedIn.changedInThisTransaction(account.id);
        }
        return new Admitted(SignedInAccount.of(account));
    }

    /**
     * An account that single sign-on made by name before accounts were bound to their issuer and subject: it is
     * this user's, as only the provider's sign-in could have made it. A local account is never taken over.
     */
    private static Account claimEarlierAccount(String name) {
        if (name == null) {
            return null;
        }
        return Account.find("select a from Account a left join fetch a.siteIds where a.username = ?1 "
                + "and a.signIn = ?2 and a.ssoSubject is null", name, SignInMethod.SINGLE_SIGN_ON)
                .<Account>singleResultOptional().orElse(null);
    }

    /**
     * The token's name when no account has it; else the name with the provider's host (mei.lin@sso.example.com),
     * then a number: staff records name people by username, so one username is never two people.
     */
    static String freeUsername(String name, String issuer) {
        String base = name == null || name.isBlank() ? "sso-user" : name.strip();
        base = base.length() > 80 ? base.substring(0, 80) : base;
        List<String> candidates = List.of(base, base + "@" + host(issuer));
        for (String candidate : candidates) {
            if (Account.count("username", candidate) == 0) {
                return candidate;
            }
        }
        for (int n = 2;; n++) {
            String candidate = candidates.get(1) + "-" + n;
            if (Account.count("username", candidate) == 0) {
                return candidate;
            }
        }
    }

    private static String host(String issuer) {
        try {
            String host = URI.create(issuer).getHost();
            return host == null ? "sso" : host;
        } catch (IllegalArgumentException notAUri) {
            return "sso";
        }
    }

    /** Display name, email, roles and sites as the token says; written only where they changed (then true). */
    private boolean follow(Account account, JsonWebToken token, Set<String> roles) {
        Object fullName = token.getClaim("name");
        String displayName = fullName != null && !fullName.toString().isBlank() ? fullName.toString().strip()
                : account.username;
        displayName = displayName.length() > 100 ? displayName.substring(0, 100) : displayName;
        String email = emailOf(token);
        String tokenRoles = String.join(",", new TreeSet<>(roles.stream().filter(r -> List.of(Roles.ALL).contains(r))
                .toList()));
        Set<Long> sites = sitesFor(token);
        boolean changed = !displayName.equals(account.displayName) || !Objects.equals(email, account.email)
                || !tokenRoles.equals(account.roles) || !sites.equals(account.siteIds);
        account.displayName = displayName;
        account.email = email;
        if (!tokenRoles.equals(account.roles)) {
            account.roles = tokenRoles;
        }
        if (!sites.equals(account.siteIds)) {
            account.siteIds.clear();
            account.siteIds.addAll(sites);
        }
        return changed;
    }

    /** The token's email claim where it looks like an address; notifications then also go by email. */
    private static String emailOf(JsonWebToken token) {
        Object claim = token.getClaim("email");
        String email = claim == null ? "" : claim.toString().replace("\"", "").strip();
        return email.length() <= 254 && email.matches("[^@\\s]+@[^@\\s]+") ? email : null;
    }

    /** The sites named in the token's site claim (site codes), or else the configured default sites. */
    private Set<Long> sitesFor(JsonWebToken token) {
        Set<String> codes = new LinkedHashSet<>();
        Object claim = token.getClaim(config.oidc().siteClaim());
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> codes.add(v.toString().replace("\"", "").strip()));
        } else if (claim != null) {
            codes.add(claim.toString().replace("\"", "").strip());
        }
        if (codes.isEmpty()) {
            config.oidc().defaultSites().ifPresent(defaults -> defaults.forEach(code -> codes.add(code.strip())));
        }
        if (codes.isEmpty()) {
            return new LinkedHashSet<>();
        }
        return new LinkedHashSet<>(Account.getEntityManager()
                .createQuery("select s.id from Site s where s.code in ?1 order by s.id", Long.class)
                .setParameter(1, codes).getResultList());
    }
}
