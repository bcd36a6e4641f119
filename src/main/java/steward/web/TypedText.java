package steward.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Text as users type it, on the way in, whatever the route: JSON strings (Jackson) and form fields (pages).
 * <ul>
 * <li>Control characters are refused (PostgreSQL refuses NUL, and BEL, ESC and the like have no place in a name
 * or a note): in free text all but tab, line feed and carriage return; in a name (a field whose name ends in
 * {@code name} or {@code Name}) those too, as a name is one line. So is a lone surrogate, which is no character.</li>
 * <li>Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) are removed: they make a
 * name or a note read differently from what it is ("evil\u202Etxt.exe").</li>
 * </ul>
 * A refusal names the field (400). Query parameters are only searched and filtered by: they are refused with
 * control characters and left otherwise as they are.
 */
public final class TypedText {

    /** What is wrong with a text. */
    public enum Problem {
        CONTROL_CHARACTER, INVALID_CHARACTER
    }

    private TypedText() {
    }

    /** What the text may not contain, or null; {@code singleLine} for names. */
    public static Problem problem(String text, boolean singleLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (singleLine || (c != '\t' && c != '\n' && c != '\r')) {
                    return Problem.CONTROL_CHARACTER;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Problem.INVALID_CHARACTER;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Problem.INVALID_CHARACTER;
            }
        }
        return null;
    }

    /** The text without bidirectional overrides, embeddings and isolates. */
    public static String withoutBidiControls(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (bidi && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!bidi && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** A name is one line: a field named {@code name}, or ending in {@code Name} ({@code visitorName}). */
    static boolean isName(String field) {
        return field != null && (field.equals("name") || field.endsWith("Name"));
    }

    /** A JSON string refused for what it contains; the field is named by Jackson's path. */
    public static final class Refused extends InvalidFormatException {
        private final Problem problem;

        Refused(JsonParser parser, Problem problem) {
            super(parser, "Refused text: " + problem, null, String.class);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Every JSON string read by the application goes through here. */
    @Singleton
    public static class Json implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("steward-typed-text").addDeserializer(String.class,
                    new StdScalarDeserializer<String>(String.class) {
                        @Override
                        public String deserialize(JsonParser parser, DeserializationContext context)
                                throws IOException {
                            String value = StringDeserializer.instance.deserialize(parser, context);
                            if (value == null) {
                                return null;
                            }
                            Problem problem = problem(value, isName(parser.currentName()));
                            if (problem != null) {
                                throw new Refused(parser, problem);
                            }
                            return withoutBidiControls(value);
                        }
                    }));
        }
    }

    /** Every form field and query parameter of a request to the application goes through here. */
    public static class Forms {

        @ServerRequestFilter
        @WithFormRead
        public Optional<jakarta.ws.rs.core.Response> check(ResteasyReactiveContainerRequestContext request) {
            Map<String, String> refused = new java.util.LinkedHashMap<>();
            request.getUriInfo().getQueryParameters().forEach((name, values) -> values.forEach(value -> {
                Problem problem = problem(value, isName(name));
                if (problem != null) {
                    refused.putIfAbsent(name, problem.name());
                }
            }));
            FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
            if (form != null) {
                for (String name : iterable(form)) {
                    Deque<FormValue> values = form.get(name);
                    if (values == null || values.stream().anyMatch(FormValue::isFileItem)) {
                        continue;
                    }
                    List<FormValue> typed = new ArrayList<>(values);
                    boolean changed = false;
                    for (FormValue value : typed) {
                        Problem problem = problem(value.getValue(), isName(name));
                        if (problem != null) {
                            refused.putIfAbsent(name, problem.name());
                        }
                        changed |= !withoutBidiControls(value.getValue()).equals(value.getValue());
                    }
                    if (changed) {
                        form.remove(name);
                        typed.forEach(v -> form.add(name, withoutBidiControls(v.getValue())));
                    }
                }
            }
            if (!refused.isEmpty()) {
                throw new Refusal(refused);
            }
            return Optional.empty();
        }

        private static List<String> iterable(FormData form) {
            List<String> names = new ArrayList<>();
            form.forEach(names::add);
            return names;
        }
    }

    /** Form fields or query parameters refused, by name, with what is wrong ({@link Problem}). */
    public static final class Refusal extends RuntimeException {
        private final Map<String, String> problems;

        Refusal(Map<String, String> problems) {
            super("Refused text in " + problems.keySet());
            this.problems = problems;
        }

        public Map<String, String> problems() {
            return problems;
        }
    }
}
