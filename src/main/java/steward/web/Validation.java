package steward.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * The Bean Validation constraints of an input record, checked where a page form (or any caller besides the JSON
 * API, which checks them with {@code @Valid}) hands the record to a service: the violations become an
 * {@link InvalidInput} naming each field as the API does ({@code hours[2].opens}), in the user's language
 * ({@link ValidationLocale}).
 */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw InvalidInput.of("body", "—");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (violations.isEmpty()) {
            return input;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream().sorted(java.util.Comparator.comparing(v -> field(v.getPropertyPath())))
                .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath()), v.getMessage()));
        throw new InvalidInput(errors);
    }

    /** A property path as a field name: {@code hours[2].opens}; a record's own rule keeps its property's name. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                field.setLength(0);
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
