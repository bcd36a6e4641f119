package steward.security;

import java.util.List;

/**
 * What a request needs of its signed-in account, read once and never changed: safe to keep between requests and
 * to share between threads, unlike the {@link Account} entity, which belongs to one persistence context. To change
 * the account, load the entity by {@link #id}.
 *
 * @param siteIds the open sites the account works for, in id order
 */
public record SignedInAccount(long id, String username, String displayName, List<String> roles, boolean enabled,
        boolean passwordChangeRequired, SignInMethod signIn, String preferredLanguage, List<Long> siteIds) {

    public SignedInAccount {
        roles = List.copyOf(roles);
        siteIds = siteIds.stream().sorted().toList();
    }

    /** The account as its entity is now (in the caller's transaction). */
    public static SignedInAccount of(Account account) {
        return new SignedInAccount(account.id, account.username, account.displayName, account.roleList(),
                account.enabled, account.passwordChangeRequired, account.signIn, account.preferredLanguage,
                List.copyOf(account.siteIds));
    }

    public boolean isLocal() {
        return signIn == SignInMethod.PASSWORD;
    }
}
