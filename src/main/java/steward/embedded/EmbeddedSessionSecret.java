package steward.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The session secret of dev, demo and test, where no operator gives one (STEWARD_SESSION_SECRET): random, made on
 * the first start and kept with the embedded data (beside the PostgreSQL data directory, as
 * {@code <data directory>.session-key}, readable by its owner only), so that sessions survive a restart and nobody who reads the source can forge one. Tests get a fresh one
 * per run. Like the embedded database, it answers only profile-qualified names, so production never has one.
 */
public class EmbeddedSessionSecret implements ConfigSource {

    static final String NAME = "steward.session.secret";
    private static final Set<String> PROFILES = Set.of("dev", "test", "demo");

    private String secret;

    @Override
    public String getValue(String propertyName) {
        if (propertyName == null || !propertyName.startsWith("%") || !propertyName.endsWith("." + NAME)) {
            return null;
        }
        String profile = propertyName.substring(1, propertyName.length() - NAME.length() - 1);
        if (!PROFILES.contains(profile) || givenByOperator()) {
            return null;
        }
        return secret(profile);
    }

    private synchronized String secret(String profile) {
        if (secret == null) {
            secret = "test".equals(profile) ? random() : kept(keyFile(EmbeddedPostgres.dataDirectory()));
        }
        return secret;
    }

    /** Beside the data directory, not in it: PostgreSQL creates that directory and wants it empty at first. */
    static Path keyFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".session-key");
    }

    /** The key kept in the file; made there on the first start. */
    static String kept(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            if (Files.isRegularFile(file)) {
                String existing = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (existing.length() >= 32) {
                    return existing;
                }
            }
            Files.createDirectories(directory);
            String created = random();
            Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".new");
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the folder's permissions.
            }
            Files.writeString(partial, created + "\n", StandardCharsets.US_ASCII);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the session key in " + file, e);
        }
    }

    private static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private static boolean givenByOperator() {
        String env = System.getenv("STEWARD_SESSION_SECRET");
        String property = System.getProperty(NAME);
        return (env != null && !env.isBlank()) || (property != null && !property.isBlank());
    }

    @Override
    public Set<String> getPropertyNames() {
        // Deliberately empty: listing names would make config enumeration create the key.
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public int getOrdinal() {
        // Below application.properties, like the embedded database.
        return 200;
    }

    @Override
    public String getName() {
        return "steward-embedded-session-secret";
    }
}
