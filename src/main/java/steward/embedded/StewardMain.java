package steward.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Refuses, in one line and before anything else starts, to run a production profile without a database:
 * the prod profile never starts the embedded PostgreSQL.
 */
@QuarkusMain
public class StewardMain {

    private static final Set<String> EMBEDDED_PROFILES = Set.of("dev", "test", "demo");

    public static void main(String... args) {
        if (!embeddedAllowed(activeProfiles()) && !datasourceConfigured()) {
            System.err.println("Steward needs a PostgreSQL database: set QUARKUS_DATASOURCE_JDBC_URL "
                    + "(and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD), "
                    + "or run the demo with -Dquarkus.profile=demo.");
            System.exit(78); // EX_CONFIG
        }
        Quarkus.run(args);
    }

    private static String[] activeProfiles() {
        String profiles = System.getProperty("quarkus.profile");
        if (profiles == null || profiles.isBlank()) {
            profiles = System.getenv("QUARKUS_PROFILE");
        }
        if (profiles == null || profiles.isBlank()) {
            profiles = runningInDevMode() ? "dev" : LaunchMode.current().getDefaultProfile();
        }
        return profiles.split(",");
    }

    /**
     * {@code ./mvnw quarkus:dev} calls this main too, before the launch mode is known; only dev mode has
     * Quarkus's build-time classes on the class path (the packaged application never does).
     */
    private static boolean runningInDevMode() {
        try {
            Class.forName("io.quarkus.deployment.dev.DevModeMain", false, StewardMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError packaged) {
            return false;
        }
    }

    private static boolean embeddedAllowed(String[] profiles) {
        return Arrays.stream(profiles).map(String::trim).anyMatch(EMBEDDED_PROFILES::contains);
    }

    /** The URL can come from the environment, a system property, or the operator's config files. */
    private static boolean datasourceConfigured() {
        return EmbeddedPostgresConfigSource.datasourceConfiguredByOperator()
                || fileMentions(Path.of(".env"), "QUARKUS_DATASOURCE_JDBC_URL")
                || fileMentions(Path.of("config", "application.properties"), "quarkus.datasource.jdbc.url");
    }

    private static boolean fileMentions(Path file, String key) {
        try {
            return Files.isRegularFile(file) && Files.readAllLines(file).stream().map(String::trim)
                    .anyMatch(line -> line.startsWith(key + "=") || line.startsWith("%prod." + key + "="));
        } catch (IOException e) {
            return false;
        }
    }
}
