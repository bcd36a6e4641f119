package steward.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The prod profile never starts an embedded database: without a URL it stops at once and says why. */
class ProdWithoutDatabaseIT {

    @Test
    void exitsNonZeroWithOneLineNamingTheVariable() throws Exception {
        List<String> lines;
        try (PackagedApplication application = PackagedApplication.start("prod", PackagedApplication.freePort(),
                List.of(), Map.of())) {
            Process process = application.process();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exits at once");
            assertNotEquals(0, process.exitValue());
            lines = application.log().lines().filter(l -> !l.isBlank()).toList();
        }
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("QUARKUS_DATASOURCE_JDBC_URL"), lines.get(0));
        assertFalse(Files.exists(Path.of("data", "postgres", "PG_VERSION")) && lines.get(0).contains("started"));
    }
}
