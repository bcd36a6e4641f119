package steward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Writes down every error the API answered during the test run ({@code target/api-answers.tsv}: verb, path,
 * status), for {@code DocumentedAnswersIT} to hold the API document to: an error the tests met must be documented on
 * its operation, and a documented error must be met by some test. A bean of the tests only: the application under
 * test carries it, the packaged application does not. The file is started afresh once per test JVM; its first line
 * says which tests ran, so that a run of a few tests is not taken for the whole suite.
 */
@ApplicationScoped
public class AnswerRecorder {

    public static final Path FILE = Path.of("target", "api-answers.tsv");
    /** Surefire's -Dtest, handed to the test JVM by the build (see pom.xml); empty or unresolved: every test. */
    public static final String SELECTION = "api-answers.test-selection";
    private static final String STARTED = "api-answers.started";

    void register(@Observes Filters filters) {
        start();
        filters.register(this::record, 2_000);
    }

    private static synchronized void start() {
        // One file per test JVM, although the application starts again for each test profile.
        if (System.getProperty(STARTED) != null) {
            return;
        }
        System.setProperty(STARTED, "yes");
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, "# tests: " + System.getProperty(SELECTION, "") + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void record(RoutingContext context) {
        String path = context.request().path();
        if (path.startsWith("/api/")) {
            String verb = context.request().method().name();
            context.addHeadersEndHandler(ignored -> {
                int status = context.response().getStatusCode();
                if (status >= 400 && status < 500) {
                    append(verb + "\t" + path + "\t" + status + "\n");
                }
            });
        }
        context.next();
    }

    private static synchronized void append(String line) {
        try {
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
