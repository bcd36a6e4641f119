package steward.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * What a single sign-on session's row keeps of the identity provider: unreadable without the session secret, and
 * still readable for a while after the secret is rotated (the rotation in docs/SECURITY.md).
 */
class ProviderTokenSealTest {

    static final String OLD = "the-key-before-the-rotation-0123456789";
    static final String NEW = "the-key-after-the-rotation-9876543210";
    static final byte[] TOKENS = "{\"refresh\":\"eyJhbGciOi.refresh-token-of-mei-lin\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theRowHoldsNoTokenInTheClearAndTheKeyOpensIt() {
        ProviderTokenSeal seal = sealWith(OLD, null);
        byte[] sealed = seal.seal(TOKENS);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("refresh-token-of-mei-lin"));
        assertArrayEquals(TOKENS, seal.open(sealed).orElseThrow());
        assertFalse(java.util.Arrays.equals(sealed, seal.seal(TOKENS)), "a fresh nonce every time");
    }

    @Test
    void afterARotationOldRowsStillOpenAndNewRowsNeedTheNewKey() {
        byte[] before = sealWith(OLD, null).seal(TOKENS);
        ProviderTokenSeal rotated = sealWith(NEW, OLD);
        assertArrayEquals(TOKENS, rotated.open(before).orElseThrow(), "sessions signed in before the rotation");
        byte[] after = rotated.seal(TOKENS);
        assertTrue(sealWith(NEW, null).open(after).isPresent());
        assertTrue(sealWith(OLD, null).open(after).isEmpty(), "sealed with the new key only");
        assertTrue(sealWith(NEW, null).open(before).isEmpty(), "the old key dropped");
    }

    @Test
    void aRowTamperedWithOpensToNothing() {
        ProviderTokenSeal seal = sealWith(OLD, null);
        byte[] sealed = seal.seal(TOKENS);
        sealed[sealed.length - 1] ^= 1;
        assertTrue(seal.open(sealed).isEmpty());
        assertTrue(seal.open(new byte[3]).isEmpty());
        assertTrue(seal.open(null).isEmpty());
    }

    private static ProviderTokenSeal sealWith(String secret, String previous) {
        return new ProviderTokenSeal(secret, Optional.ofNullable(previous));
    }
}
