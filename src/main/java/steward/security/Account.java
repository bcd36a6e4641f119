package steward.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * A staff account. Local accounts carry a bcrypt hash and sign in with a password ({@link LocalSignIn});
 * accounts of single sign-on users are created on their first visit, carry no password, and are found by the
 * identity provider's issuer and subject ({@link AccountProvisioning}).
 */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    public String displayName;

    public String passwordHash;

    /** Comma-separated role names (see {@link steward.security.Roles}). */
    public String roles = "";

    /** How the account signs in: with a password here, or through the company's identity provider. */
    @Enumerated(EnumType.STRING)
    public SignInMethod signIn = SignInMethod.PASSWORD;

    /** The identity provider (its issuer) of a single sign-on account; with the subject, what finds it. */
    public String ssoIssuer;

    public String ssoSubject;

    /** Set when an administrator resets the password: the next sign-in must choose a new one. */
    public boolean passwordChangeRequired;

    public Instant passwordChangedAt;

    public boolean enabled = true;

    public String preferredLanguage = "zh-Hant";

    public String phone;

    /** Where email notifications go (overdue promises and the like); none means in-app only. */
    public String email;

    /**
     * The open sites the account works for: a closed site is left out (nobody works in it), though the row that
     * gave it stays, so that reopening the site gives it back.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_site", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "site_id")
    @org.hibernate.annotations.SQLRestriction("site_id in (select s.id from site s where s.closed_at is null)")
    public Set<Long> siteIds = new LinkedHashSet<>();

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    /** The account with its sites, in one statement (every signed-in request reads it). */
    public static Account findByUsername(String username) {
        // Not firstResult(): a row limit with a collection fetch is applied in memory, with a warning per call.
        return find("select a from Account a left join fetch a.siteIds where a.username = ?1", username)
                .<Account>singleResultOptional().orElse(null);
    }

    public boolean isLocal() {
        return signIn == SignInMethod.PASSWORD;
    }

    public List<String> roleList() {
        return roleList(roles);
    }

    /** The role names of the comma-separated column. */
    public static List<String> roleList(String roles) {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    public static Account local(String username, String displayName, String password, String... roles) {
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = String.join(",", roles);
        return account;
    }
}
