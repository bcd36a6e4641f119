package steward.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;

/** Sessions of signed-in staff (steward.session.*, STEWARD_SESSION_*). */
@ConfigMapping(prefix = "steward.session")
public interface SessionConfig {

    /** A session nobody used for this long ends (the tablet left signed in overnight). */
    @WithDefault("8h")
    Duration idleTimeout();

    /** A session ends this long after its sign-in, however busy (the absolute lifetime). */
    @WithDefault("12h")
    Duration lifetime();

    /**
     * The key that seals what sessions keep of the identity provider (its tokens), the same on every replica:
     * STEWARD_SESSION_SECRET, required in production. Dev, test and demo generate one (see
     * steward.embedded.EmbeddedSessionSecret); it is never written in the source.
     */
    @Size(min = 32, message = "STEWARD_SESSION_SECRET must be at least 32 characters")
    String secret();

    /**
     * The key before the last rotation (STEWARD_SESSION_PREVIOUS_SECRET): what it sealed is still opened, new
     * sessions use the new key, so rotating the key signs nobody out. Drop it once the longest session has ended.
     */
    Optional<String> previousSecret();

    /**
     * Whether each replica keeps the signed-in accounts in memory between requests (STEWARD_SESSION_KEEP_ACCOUNTS),
     * forgetting one when PostgreSQL notifies that it changed ({@link AccountChanges}). Off, every request reads its
     * account: one statement more, for a database reached only through a pooler in transaction mode, which does not
     * deliver notifications.
     */
    @WithDefault("true")
    boolean keepAccounts();

    /** Ended sessions stay listed (who signed in when, from where) this long, then are deleted. */
    @WithDefault("30d")
    Duration keepEndedFor();
}
