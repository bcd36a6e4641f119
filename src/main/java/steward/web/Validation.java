package steward.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Bean Validation of input records, for the page that takes the same record as the API: the JSON API validates
 * them with {@code @Valid}, a page form through {@link #check}; either way the refusals name their fields, in the
 * user's language ({@link ValidationLocale}).
 */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    /** Refuses the record, field by field, if any of its constraints fails. */
    public void check(Object record) {
        Set<ConstraintViolation<Object>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new InvalidInput(fieldErrors(violations));
        }
    }

    /** Field → message; the field as the client named it ({@code roles}, {@code shifts[0].phone}). */
    public static Map<String, String> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream().sorted(java.util.Comparator.comparing(v -> field(v.getPropertyPath())))
                .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath()), v.getMessage()));
        return errors;
    }

    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.BEAN) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.isInIterable() && field.length() > 0 && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
