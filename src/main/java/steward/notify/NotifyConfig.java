package steward.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of the notification outbox ({@code steward.notify.*}, or STEWARD_NOTIFY_...). */
@ConfigMapping(prefix = "steward.notify")
public interface NotifyConfig {

    /** How often each replica sends what is due: a duration such as {@code 30s}, or {@code off}. */
    @WithDefault("30s")
    String dispatchInterval();

    /** The wait after a first failed attempt; it doubles after each further failure. */
    @WithDefault("30s")
    Duration retryBackoff();

    /** Also send notifications by email to staff with an address (production needs quarkus.mailer.*). */
    @WithDefault("false")
    boolean emailEnabled();

    /** At most this many messages per replica and run, so that one run never holds the scheduler for long. */
    @WithDefault("200")
    int batchSize();

    /** The SMS gateway residents' text messages go through. */
    Sms sms();

    interface Sms {
        /** Where to POST {@code {"to", "text", "reference"}}; without it no SMS is queued. */
        Optional<URI> url();

        /** The value of the Authorization header, e.g. {@code Bearer <key>} (keep it in a secret). */
        Optional<String> authorization();

        /** How long to wait for the gateway before counting the attempt as failed. */
        @WithDefault("10s")
        Duration timeout();
    }
}
