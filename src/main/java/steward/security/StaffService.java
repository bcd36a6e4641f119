package steward.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Phones;
import steward.resident.Site;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.Words;
import steward.web.rules.PhoneNumber;

/**
 * Staff accounts, kept by administrators: local accounts created with their roles and sites, edited, disabled and
 * enabled again, their passwords reset; single sign-on accounts listed with what their tokens gave them. An
 * administrator sees and changes the accounts of their own sites (and those of no site yet). There is always an
 * enabled administrator left. Every change is in the audit trail.
 */
@ApplicationScoped
public class StaffService {

    /** An account as the administrator's list and page show it. */
    public record View(String username, String displayName, String email, String phone, SignInMethod signIn,
            String identityProvider, List<String> roles, List<SiteRef> sites, boolean enabled,
            boolean passwordChangeRequired, Instant lockedOutUntil) {
    }

    public record SiteRef(Long id, String code, String name) {
    }

    /** A new local account: what an administrator types. */
    @AcceptablePassword
    public record NewStaff(
            @Schema(description = "Lower-case letters, digits and . _ - @, starting with a letter or digit",
                    example = "mei.lin") @NotBlank(message = "{steward.required}") @Size(max = 50, message = "{steward.too_long}") @Pattern(regexp = "[a-z0-9][a-z0-9._@-]*", message = "{steward.username}") String username,
            @Schema(example = "林美玲") @NotBlank(message = "{steward.required}") @Size(max = 100, message = "{steward.too_long}") String displayName,
            @Email(message = "{steward.email}") @Size(max = 254, message = "{steward.too_long}") String email,
            @Schema(example = "0912 345 678") @PhoneNumber String phone,
            @Schema(description = "At least 12 characters, not containing the username") @NotNull(message = "{steward.required}") String password,
            @NotEmpty(message = "{steward.roles.required}") @Size(max = 5, message = "{steward.list.max}") List<@NotNull(message = "{steward.required}") StaffRole> roles,
            @NotEmpty(message = "{steward.sites.required}") @Size(max = 100, message = "{steward.list.max}") List<@NotNull(message = "{steward.required}") Long> siteIds)
            implements AcceptablePassword.Owner {
    }

    /** What an administrator may change of a local account (the username and password stay as they are). */
    public record StaffChange(
            @NotBlank(message = "{steward.required}") @Size(max = 100, message = "{steward.too_long}") String displayName,
            @Email(message = "{steward.email}") @Size(max = 254, message = "{steward.too_long}") String email,
            @PhoneNumber String phone,
            @NotEmpty(message = "{steward.roles.required}") @Size(max = 5, message = "{steward.list.max}") List<@NotNull(message = "{steward.required}") StaffRole> roles,
            @NotEmpty(message = "{steward.sites.required}") @Size(max = 100, message = "{steward.list.max}") List<@NotNull(message = "{steward.required}") Long> siteIds) {
    }

    /** A password reset: the temporary password, shown to the administrator once, to hand to the user. */
    public record Reset(String username, String temporaryPassword) {
    }

    /** A password the user chose, checked with the same rules as an administrator's. */
    @AcceptablePassword
    record ChosenPassword(String username, String password) implements AcceptablePassword.Owner {
    }

    private static final char[] TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    @Inject
    StaffContext staff;

    @Inject
    AuditTrail audit;

    @Inject
    StaffSessions sessions;

    @Inject
    CredentialCache verified;

    @Inject
    SignedInAccounts signedIn;

    @Inject
    SignInThrottle throttle;

    @Inject
    InputRules rules;

    @Inject
    steward.StewardConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    java.time.Clock clock;

    /** The accounts of the administrator's sites (and of no site), by display name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> list() {
        List<Account> accounts = Account.<Account>find("select distinct a from Account a left join fetch a.siteIds "
                + "order by a.displayName, a.username").list();
        List<View> views = new ArrayList<>();
        for (Account account : accounts) {
            if (visible(account)) {
                views.add(view(account));
            }
        }
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View get(String username) {
        return view(find(username));
    }

    @Transactional
    public View create(NewStaff input) {
        rules.check(input);
        String username = input.username().strip();
        if (Account.count("username", username) > 0) {
            throw InvalidInput.of("username", said(SecurityMessages::staff_username_taken));
        }
        Set<Long> sites = ownSites(input.siteIds());
        Account account = new Account();
        account.username = username;
        account.displayName = input.displayName().strip();
        account.email = blankToNull(input.email());
        account.phone = phone(input.phone());
        account.passwordHash = BcryptUtil.bcryptHash(input.password());
        account.passwordChangedAt = clock.instant();
        account.roles = roles(input.roles());
        account.siteIds.addAll(sites);
        account.persist();
        audit.recordAccount(AuditAction.STAFF_CREATED, firstSite(account), username,
                "roles=" + account.roles + " sites=" + sorted(account.siteIds));
        return view(account);
    }

    @Transactional
    public View update(String username, StaffChange change) {
        rules.check(change);
        Account account = find(username);
        if (!account.isLocal()) {
            throw new Conflict(said(SecurityMessages::staff_single_sign_on_from_token));
        }
        Set<Long> mine = ownSites(change.siteIds());
        Set<Long> sites = new LinkedHashSet<>(account.siteIds);
        sites.removeIf(id -> staff.siteIds().contains(id));
        sites.addAll(mine);
        String roles = roles(change.roles());
        if (account.enabled && isAdmin(account.roles) && !isAdmin(roles)) {
            keepAnAdministrator(account);
        }
        List<String> changes = new ArrayList<>();
        changes.add(difference("displayName", account.displayName, change.displayName().strip()));
        changes.add(difference("email", account.email, blankToNull(change.email())));
        String phone = phone(change.phone());
        changes.add(difference("phone", account.phone == null ? null : Phones.mask(account.phone),
                phone == null ? null : Phones.mask(phone)));
        changes.add(difference("roles", account.roles, roles));
        changes.add(difference("sites", sorted(account.siteIds), sorted(sites)));
        signedIn.changedInThisTransaction(account.id);
        account.displayName = change.displayName().strip();
        account.email = blankToNull(change.email());
        account.phone = phone;
        account.roles = roles;
        if (!sites.equals(account.siteIds)) {
            account.siteIds.clear();
            account.siteIds.addAll(sites);
        }
        String detail = String.join(" ", changes.stream().filter(Objects::nonNull).toList());
        if (!detail.isEmpty()) {
            audit.recordAccount(AuditAction.STAFF_UPDATED, firstSite(account), username, detail);
        }
        return view(account);
    }

    /** Disables the account; its sessions end at once. Never the last administrator, never one's own. */
    @Transactional
    public View disable(String username) {
        Account account = find(username);
        if (account.username.equals(staff.username())) {
            throw new Conflict(said(SecurityMessages::staff_not_yourself));
        }
        if (!account.enabled) {
            return view(account);
        }
        if (isAdmin(account.roles)) {
            keepAnAdministrator(account);
        }
        account.enabled = false;
        signedIn.changedInThisTransaction(account.id);
        sessions.endAll(account.id, StaffSession.EndReason.ACCOUNT_DISABLED, null);
        verified.forget(account.username);
        audit.recordAccount(AuditAction.STAFF_DISABLED, firstSite(account), username, "enabled=true→false");
        return view(account);
    }

    @Transactional
    public View enable(String username) {
        Account account = find(username);
        if (!account.enabled) {
            account.enabled = true;
            signedIn.changedInThisTransaction(account.id);
            audit.recordAccount(AuditAction.STAFF_ENABLED, firstSite(account), username, "enabled=false→true");
        }
        return view(account);
    }

    /**
     * Resets a local account's password to a temporary one, which the user must replace at the next sign-in; the
     * account's sessions end, its lock-outs are lifted.
     */
    @Transactional
    public Reset resetPassword(String username) {
        Account account = find(username);
        if (!account.isLocal()) {
            throw new Conflict(said(SecurityMessages::staff_single_sign_on_password));
        }
        String temporary = temporaryPassword(account.username);
        account.passwordHash = BcryptUtil.bcryptHash(temporary);
        account.passwordChangeRequired = true;
        signedIn.changedInThisTransaction(account.id);
        account.passwordChangedAt = clock.instant();
        sessions.endAll(account.id, StaffSession.EndReason.PASSWORD_CHANGED, null);
        verified.forget(account.username);
        throttle.lift(account.username, firstSite(account));
        audit.recordAccount(AuditAction.STAFF_PASSWORD_RESET, firstSite(account), username,
                "passwordChangeRequired=true");
        return new Reset(account.username, temporary);
    }

    /** Lifts the account's sign-in lock-outs (audited when there was one). */
    @Transactional
    public View unlock(String username) {
        Account account = find(username);
        throttle.lift(account.username, firstSite(account));
        return view(account);
    }

    /**
     * The signed-in user's new password: the current one must be given unless an administrator's reset requires
     * the change; the user's other sessions end.
     */
    @Transactional
    public void changeOwnPassword(String current, String chosen, Long keepSession) {
        Account account = Account.findByUsername(staff.username());
        if (account == null || !account.isLocal()) {
            throw new Conflict(said(SecurityMessages::staff_single_sign_on_password));
        }
        if (!account.passwordChangeRequired && (current == null || !BcryptUtil.matches(current, account.passwordHash))) {
            throw InvalidInput.of("currentPassword", said(SecurityMessages::password_current_wrong));
        }
        rules.check(new ChosenPassword(account.username, chosen == null ? "" : chosen));
        if (BcryptUtil.matches(chosen, account.passwordHash)) {
            throw InvalidInput.of("password", said(SecurityMessages::password_same));
        }
        account.passwordHash = BcryptUtil.bcryptHash(chosen);
        account.passwordChangeRequired = false;
        signedIn.changedInThisTransaction(account.id);
        account.passwordChangedAt = clock.instant();
        sessions.endAll(account.id, StaffSession.EndReason.PASSWORD_CHANGED, keepSession);
        verified.forget(account.username);
        audit.recordAccount(AuditAction.PASSWORD_CHANGED, firstSite(account), account.username, null);
    }

    /** Whether an administrator reset the signed-in user's password (so the user must choose one first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChangePassword() {
        SignedInAccount account = staff.account();
        return account != null && account.passwordChangeRequired();
    }

    /** The account of the administrator's sites with this username; 404 for any other. */
    private Account find(String username) {
        Account account = username == null ? null : Account.findByUsername(username);
        if (account == null || !visible(account)) {
            throw new NotFoundException();
        }
        return account;
    }

    private boolean visible(Account account) {
        return account.siteIds.isEmpty() || account.siteIds.stream().anyMatch(staff::worksFor);
    }

    /** The sites asked for, which must all be the administrator's own. */
    private Set<Long> ownSites(List<Long> requested) {
        Set<Long> sites = new LinkedHashSet<>(requested);
        if (!sites.stream().allMatch(staff::worksFor)) {
            throw InvalidInput.of("siteIds", said(SecurityMessages::staff_site_not_yours));
        }
        return sites;
    }

    /**
     * Refuses to take away the last enabled administrator: every enabled administrator's row is locked first, so
     * two administrators removing each other at the same moment cannot both succeed.
     */
    private void keepAnAdministrator(Account leaving) {
        @SuppressWarnings("unchecked")
        List<Number> admins = entityManager.createNativeQuery("""
                select id from account
                where enabled and ',' || replace(roles, ' ', '') || ',' like '%,admin,%'
                order by id for update
                """).getResultList();
        if (admins.stream().noneMatch(id -> id.longValue() != leaving.id)) {
            throw new Conflict(said(SecurityMessages::staff_last_admin));
        }
    }

    private View view(Account account) {
        List<SiteRef> sites = account.siteIds.isEmpty() ? List.of()
                : Site.<Site>list("id in ?1 order by code", account.siteIds).stream()
                        .map(s -> new SiteRef(s.id, s.code, s.name)).toList();
        return new View(account.username, account.displayName, account.email, account.phone, account.signIn,
                account.ssoIssuer, account.roleList(), sites, account.enabled, account.passwordChangeRequired,
                account.isLocal() ? throttle.lockedEverywhereUntil(account.username) : null);
    }

    private String temporaryPassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(TEMPORARY_ALPHABET[random.nextInt(TEMPORARY_ALPHABET.length)]);
            }
            if (!password.toString().contains(username.toLowerCase(Locale.ROOT))) {
                return password.toString();
            }
        }
    }

    private String phone(String typed) {
        return typed == null || typed.isBlank() ? null : Phones.normalise(typed, config.phoneRegion()).orElse(null);
    }

    private static String roles(List<StaffRole> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(StaffRole::name).toList()));
    }

    private static boolean isAdmin(String roles) {
        return Account.roleList(roles).contains(Roles.ADMIN);
    }

    private static Long firstSite(Account account) {
        return account.siteIds.stream().sorted().findFirst().orElse(null);
    }

    private static String sorted(Set<Long> ids) {
        return String.join(",", new TreeSet<>(ids).stream().map(String::valueOf).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code field=before→after} where they differ, else null (values as data, not sentences). */
    private static String difference(String field, String before, String after) {
        return Objects.equals(before, after) ? null
                : field + "=" + (before == null ? "" : before) + "→" + (after == null ? "" : after);
    }

    /** A refusal of the accounts page, put into the reader's language where it is answered. */
    private static Words said(java.util.function.Function<SecurityMessages, String> message) {
        return Words.of(SecurityMessages.class, message);
    }

    /** The sites ticked on the page (site ids); anything that is not one is refused naming the field. */
    public List<Long> parseSites(List<String> typed) {
        if (typed == null) {
            return List.of();
        }
        try {
            return typed.stream().filter(s -> s != null && !s.isBlank()).map(s -> Long.valueOf(s.strip())).toList();
        } catch (NumberFormatException notASite) {
            throw InvalidInput.of("siteIds", said(SecurityMessages::staff_site_not_yours));
        }
    }

    static List<StaffRole> parseRoles(List<String> typed) {
        return typed == null ? List.of() : typed.stream().filter(Objects::nonNull).map(String::strip)
                .filter(r -> Arrays.stream(StaffRole.values()).anyMatch(s -> s.name().equals(r)))
                .map(StaffRole::valueOf).toList();
    }
}
