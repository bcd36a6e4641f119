package steward.embedded;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource of the embedded default: a real PostgreSQL 17 that the application starts itself
 * in the dev, test and demo profiles when no datasource URL is configured.
 *
 * <p>It answers only profile-qualified names ({@code %dev.quarkus.datasource.jdbc.url} and the like), so the
 * prod profile can never start an embedded database, and it answers nothing at all when an operator has
 * configured a URL. The server starts lazily, the first time the URL is asked for, so builds and the prod
 * profile never pay for it.
 */
public class EmbeddedPostgresConfigSource implements ConfigSource {

    static final String URL = "quarkus.datasource.jdbc.url";
    private static final Set<String> PROFILES = Set.of("dev", "test", "demo");

    @Override
    public Set<String> getPropertyNames() {
        // Deliberately empty: listing names would make config enumeration start the server.
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (propertyName == null || !propertyName.startsWith("%")) {
            return null;
        }
        int dot = propertyName.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String profile = propertyName.substring(1, dot);
        String name = propertyName.substring(dot + 1);
        if (!PROFILES.contains(profile) || !URL.equals(name) || datasourceConfiguredByOperator()) {
            return null;
        }
        // The URL carries the credentials: they are the embedded server's own, never an operator's.
        return EmbeddedPostgres.forProfile(profile).jdbcUrl();
    }

    /** The operator's URL always wins: an environment variable or a system property. */
    static boolean datasourceConfiguredByOperator() {
        return notBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL")) || notBlank(System.getProperty(URL));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public int getOrdinal() {
        // Below application.properties (250) so a URL written there by an operator wins as well.
        return 200;
    }

    @Override
    public String getName() {
        return "steward-embedded-postgres";
    }
}
