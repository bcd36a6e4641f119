package steward.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * A staff account. Local accounts carry a bcrypt hash and sign in with a password; accounts of single
 * sign-on users are created on their first visit and carry no password.
 */
@Entity
@UserDefinition
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated role names (see {@link steward.security.Roles}). */
    @Roles
    public String roles = "";

    public boolean enabled = true;

    @Column(name = "preferred_language")
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

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** The account with its sites, in one statement (every signed-in request reads it). */
    public static Account findByUsername(String username) {
        // Not firstResult(): a row limit with a collection fetch is applied in memory, with a warning per call.
        return find("select a from Account a left join fetch a.siteIds where a.username = ?1", username)
                .<Account>singleResultOptional().orElse(null);
    }

    public List<String> roleList() {
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
