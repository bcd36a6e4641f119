package steward.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.quarkus.runtime.Application;

/**
 * One embedded PostgreSQL server per JVM. Dev and demo keep their data in a directory that survives restarts
 * ({@code steward.embedded.data-dir}, default {@code ./data/postgres}); tests use a throwaway directory.
 */
final class EmbeddedPostgres {

    private static final String USER = "postgres";
    private static final String DATABASE = "steward";

    private static EmbeddedPostgres instance;

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    static synchronized EmbeddedPostgres forProfile(String profile) {
        if (instance == null) {
            instance = start(profile);
            EmbeddedPostgres started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-postgres-shutdown"));
        }
        return instance;
    }

    private static EmbeddedPostgres start(String profile) {
        try {
            boolean throwaway = "test".equals(profile);
            Path dataDir = throwaway ? Files.createTempDirectory("steward-test-pg") : dataDirectory();
            Files.createDirectories(dataDir);
            var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(throwaway)
                    // Ours stops it after the application (see stop()); the library's own would race Quarkus's.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // A throwaway database need not survive a crash; durability only costs test time.
                    .setServerConfig("fsync", throwaway ? "off" : "on")
                    .setServerConfig("synchronous_commit", throwaway ? "off" : "on")
                    .setServerConfig("full_page_writes", throwaway ? "off" : "on")
                    // Tests count the statements a request costs (pg_stat_statements); dev and demo need not.
                    .setServerConfig("shared_preload_libraries", throwaway ? "pg_stat_statements" : "")
                    .setServerConfig("pg_stat_statements.track_utility", "off")
                    .start();
            try (var connection = server.getPostgresDatabase().getConnection();
                    var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, DATABASE);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
            return new EmbeddedPostgres(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the steward database in the embedded PostgreSQL", e);
        }
    }

    /** Where dev and demo keep their data (steward.embedded.data-dir, STEWARD_EMBEDDED_DATA_DIR). */
    static Path dataDirectory() {
        return Path.of(setting("steward.embedded.data-dir", "STEWARD_EMBEDDED_DATA_DIR", "data/postgres")).toAbsolutePath();
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE + "?user=" + USER;
    }

    /**
     * Runs in a JVM shutdown hook, which starts at the same moment as Quarkus's own: the application is let stop
     * first (or waited for, when Quarkus's hook is already stopping it), so that its connection pool closes
     * while the database still answers instead of logging a stack trace per connection.
     */
    private void stop() {
        Application application = Application.currentApplication();
        if (application != null) {
            try {
                application.stop();
            } catch (IllegalStateException neverStarted) {
                // Nothing holds a connection.
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is exiting; the server dies with its data directory intact.
        }
    }
}
