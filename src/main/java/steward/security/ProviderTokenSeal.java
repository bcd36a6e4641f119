package steward.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seals the identity provider's tokens (a refresh token is as good as a sign-in) before they are stored in a
 * session's row, with the session secret: AES-256-GCM, the JDK's own. quarkus-oidc encrypts tokens only in its
 * default cookie store, which Steward replaces by rows ({@link SingleSignOnSessions}), so this is ours. A row sealed
 * with the key before a rotation ({@link SessionConfig#previousSecret()}) is still opened; new rows use the current
 * key, so the previous one can go once the longest session has ended.
 */
@ApplicationScoped
public class ProviderTokenSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec current;
    private final List<SecretKeySpec> readable = new ArrayList<>();

    @Inject
    public ProviderTokenSeal(SessionConfig config) {
        this(config.secret(), config.previousSecret());
    }

    ProviderTokenSeal(String secret, Optional<String> previousSecret) {
        current = key(secret);
        readable.add(current);
        previousSecret.map(ProviderTokenSeal::key).ifPresent(readable::add);
    }

    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The tokens, or empty when no key in use sealed them (a key rotated away, or a row tampered with). */
    public Optional<byte[]> open(byte[] sealed) {
        if (sealed == null || sealed.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        for (SecretKeySpec key : readable) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
                return Optional.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
            } catch (GeneralSecurityException notThisKey) {
                // The authentication tag does not match under this key: try the next one.
            }
        }
        return Optional.empty();
    }

    /** 256 bits from a secret of any length (32+ characters, checked by SessionConfig). */
    private static SecretKeySpec key(String secret) {
        try {
            return new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
