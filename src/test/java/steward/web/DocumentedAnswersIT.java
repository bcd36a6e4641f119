package steward.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import steward.support.AnswerRecorder;

/**
 * The API document states the errors each operation gives, no more and no fewer: every error the whole test suite
 * met from an operation ({@link AnswerRecorder}) is documented on it, and every error documented on an operation was
 * met by some test. Runs after the tests (a failsafe test), over the document the build stored; a run of only some
 * tests is not the whole suite, and this skips and says so.
 */
class DocumentedAnswersIT {

    static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");
    static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete");
    /** Answers any signed-in operation may give that no test makes of every one: too many wrong Basic passwords. */
    static final Set<String> ANY_OPERATION = Set.of("429");

    record Route(String verb, String template, Pattern pattern, int literalSegments) {
    }

    @Test
    void everyErrorTheTestsMetIsDocumentedAndEveryDocumentedErrorWasMet() throws IOException {
        Assumptions.assumeTrue(Files.exists(AnswerRecorder.FILE) && Files.exists(DOCUMENT),
                "no record of the tests' answers or no stored API document: the tests did not run in this build");
        List<String> lines = Files.readAllLines(AnswerRecorder.FILE, StandardCharsets.UTF_8);
        String selection = lines.get(0).replace("# tests:", "").strip();
        Assumptions.assumeTrue(selection.isEmpty() || selection.startsWith("${"),
                "only some tests ran (-Dtest=" + selection + "): their answers are not the whole suite's");

        JsonNode paths = new ObjectMapper().readTree(DOCUMENT.toFile()).get("paths");
        List<Route> routes = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        paths.fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                if (!VERBS.contains(operation.getKey())) {
                    return;
                }
                String verb = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                routes.add(route(verb, path.getKey()));
                operation.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                    if (status.startsWith("4") && !ANY_OPERATION.contains(status)) {
                        documented.add(verb + " " + path.getKey() + " " + status);
                    }
                });
            });
        });

        Set<String> met = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] answer = line.split("\t");
            routes.stream().filter(r -> r.verb().equals(answer[0]) && r.pattern().matcher(answer[1]).matches())
                    .max(Comparator.comparingInt(Route::literalSegments))
                    .filter(r -> !ANY_OPERATION.contains(answer[2]))
                    .ifPresent(r -> met.add(r.verb() + " " + r.template() + " " + answer[2]));
        }
        Set<String> undocumented = new TreeSet<>(met);
        undocumented.removeAll(documented);
        Set<String> neverMet = new TreeSet<>(documented);
        neverMet.removeAll(met);
        assertTrue(undocumented.isEmpty() && neverMet.isEmpty(),
                undocumented.size() + " errors the tests met are not documented on their operation (@APIResponse):\n"
                        + String.join("\n", undocumented) + "\n\n" + neverMet.size()
                        + " documented errors no test met (a test that makes it, or not documented):\n"
                        + String.join("\n", neverMet));
    }

    static Route route(String verb, String template) {
        String[] segments = template.substring(1).split("/");
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        for (String segment : segments) {
            regex.append('/');
            if (segment.startsWith("{")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(segment));
                literal++;
            }
        }
        return new Route(verb, template, Pattern.compile(regex.toString()), literal);
    }
}
