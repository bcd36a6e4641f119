package steward.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Usernames and passwords verified a moment ago, so that HTTP Basic pays for bcrypt once per client, not once per
 * request. Neither is kept: the key is an HMAC of both under a key of this process only. An entry counts only while
 * the account still has the password hash it was verified against (read anyway on every request, so a password
 * changed or an account disabled on another replica is noticed at once); here they are also dropped at once.
 */
@ApplicationScoped
public class CredentialCache {

    private record Verified(String username, String passwordHash) {
    }

    private final SecretKeySpec key;
    private final Cache<String, Verified> verified;

    @Inject
    public CredentialCache(SignInConfig config) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
        verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(config.rememberVerifiedFor()).build();
    }

    /** Whether this username and password were verified against {@code passwordHash}, the account's hash now. */
    public boolean remembers(String username, String password, String passwordHash) {
        Verified entry = verified.getIfPresent(keyOf(username, password));
        return entry != null && entry.username().equals(username) && entry.passwordHash().equals(passwordHash);
    }

    public void remember(String username, String password, String passwordHash) {
        verified.put(keyOf(username, password), new Verified(username, passwordHash));
    }

    /** Forgets every password of the username: it changed, or the account was disabled. */
    public void forget(String username) {
        verified.asMap().values().removeIf(entry -> entry.username().equals(username));
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
