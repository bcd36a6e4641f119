package steward.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The survey links: {@code <survey id>.<secret>.<signature>}. The signature (HMAC-SHA256 with a key derived from
 * the session secret, the same on every replica) turns a forged or altered link away before the database is
 * asked; the secret, of which only a hash is stored, ties the link to its one survey.
 */
@ApplicationScoped
public class SurveyLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    SurveyLinks(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionSecret) {
        this.key = hmac(sessionSecret.orElse("").getBytes(StandardCharsets.UTF_8),
                "steward survey links".getBytes(StandardCharsets.UTF_8));
    }

    /** A new link's secret part. */
    static String newSecret() {
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        return ENCODER.encodeToString(secret);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String token(Long surveyId, String secret) {
        String payload = surveyId + "." + secret;
        return payload + "." + signature(payload);
    }

    /** The survey id and secret of a token whose signature holds; empty for anything else. */
    Optional<Parsed> parse(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("[0-9]{1,18}") || !MessageDigest.isEqual(
                signature(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(Long.valueOf(parts[0]), parts[1]));
    }

    record Parsed(Long surveyId, String secret) {
    }

    private String signature(String payload) {
        return ENCODER.encodeToString(hmac(key, payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
