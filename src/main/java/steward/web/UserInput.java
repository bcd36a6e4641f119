package steward.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What users type, on the way in, whatever the route: JSON strings and dates (Jackson), form fields and query
 * parameters (pages and searches).
 * <ul>
 * <li>Control characters are refused (PostgreSQL refuses NUL, and BEL, ESC and the like have no place in a name
 * or a note): in free text all but tab, line feed and carriage return; in a name (a field whose name ends in
 * {@code name} or {@code Name}) those too, as a name is one line. So is a lone surrogate, which is no character.</li>
 * <li>Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) are removed: they make a
 * name or a note read differently from what it is ("evil\u202Etxt.exe").</li>
 * A refusal names the field (400). Query parameters are only searched and filtered by: they are refused with
 * control characters and left otherwise as they are.
 */
public final class UserInput {

    /** What is wrong with a value. */
    public enum Problem {
        CONTROL_CHARACTER, INVALID_CHARACTER, DATE_OUT_OF_RANGE
    }

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2199;

    private UserInput() {
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

    /** A JSON value refused for what it contains; the field is named by Jackson's path. */
    public static final class Refused extends InvalidFormatException {
        private final Problem problem;

        Refused(JsonParser parser, Problem problem, Class<?> type) {
            super(parser, "Refused value: " + problem, null, type);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Every JSON string and date read by the application goes through here. */
    @Singleton
    public static class Json implements ObjectMapperCustomizer {

        /** Last: after Quarkus registers Jackson's date module, so that these readers are the ones asked. */
        @Override
        public int priority() {
            return MINIMUM_PRIORITY;
        }

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
                                throw new Refused(parser, problem, String.class);
                            }
                            return withoutBidiControls(value);
                        }
                    })
                    .addDeserializer(LocalDate.class, bounded(LocalDateDeserializer.INSTANCE, LocalDate.class,
                            LocalDate::getYear))
                    .addDeserializer(LocalDateTime.class, bounded(LocalDateTimeDeserializer.INSTANCE,
                            LocalDateTime.class, LocalDateTime::getYear))
                    .addDeserializer(Instant.class, bounded(InstantDeserializer.INSTANT, Instant.class,
                            instant -> instant.atOffset(ZoneOffset.UTC).getYear()))
                    .addDeserializer(OffsetDateTime.class, bounded(InstantDeserializer.OFFSET_DATE_TIME,
                            OffsetDateTime.class, OffsetDateTime::getYear)));
        }

        /** Jackson's own reading of the type, then the year checked. */
        private static <T> JsonDeserializer<T> bounded(JsonDeserializer<T> jackson, Class<T> type,
                java.util.function.ToIntFunction<T> year) {
            return new StdScalarDeserializer<T>(type) {
                @Override
                public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    T value = jackson.deserialize(parser, context);
                    if (value != null && (year.applyAsInt(value) < EARLIEST_YEAR
                            || year.applyAsInt(value) > LATEST_YEAR)) {
                        throw new Refused(parser, Problem.DATE_OUT_OF_RANGE, type);
                    }
                    return value;
                }
            };
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
