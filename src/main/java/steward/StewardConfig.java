package steward;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every {@code steward.*} setting, in one place (each is also an environment variable: STEWARD_...). */
@ConfigMapping(prefix = "steward")
public interface StewardConfig {

    /** The company name said in greetings: 「您好,好管家物業」. */
    String companyName();

    /** The time zone of new sites. */
    String defaultTimeZone();

    /** The ISO 4217 currency of new sites. */
    String defaultCurrency();

    /** Where phone numbers without a country code are from (ISO 3166 region, e.g. TW). */
    String phoneRegion();

    LocalAccounts localAccounts();

    Oidc oidc();

    Demo demo();

    Embedded embedded();

    Billing billing();

    Mailroom mailroom();

    Privacy privacy();

    interface LocalAccounts {
        /** Local accounts (bcrypt): always in dev, test and demo; in production only as break-glass. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Oidc {
        /** The token claim that lists the site codes of a single sign-on user. */
        @WithDefault("sites")
        String siteClaim();

        /** Site codes given to single sign-on users whose token names none. */
        Optional<List<String>> defaultSites();
    }

    interface Demo {
        /** Create the demo site and the demo accounts on start (dev and demo). */
        @WithDefault("false")
        boolean enabled();

        /** The password of the demo accounts. */
        @WithDefault("demo")
        String password();
    }

    interface Embedded {
        /** Where dev and demo keep the embedded PostgreSQL's data (read at start, before configuration). */
        @WithDefault("data/postgres")
        String dataDir();
    }

    interface Billing {
        /** When the monthly charges job runs (a cron, or {@code off}); every replica runs it, the database charges once. */
        @WithDefault("0 7 * * * ?")
        String monthlyChargesCron();
    }

    interface Mailroom {
        /** How often every replica looks for mail reminders due (a duration, or {@code off}); the days are each site's. */
        @WithDefault("10m")
        String checkInterval();
    }

    interface Privacy {
        /** When each replica applies the retention rules (a cron, or {@code off}); the periods are each site's. */
        @WithDefault("0 30 3 * * ?")
        String retentionCron();
    }
}
