package steward.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * The declared rules of an input record (Jakarta Bean Validation), checked where a page's form comes in: the API
 * checks the same record with {@code @Valid}, so a form and a JSON body are refused alike, field by field.
 */
@ApplicationScoped
public class InputRules {

    @Inject
    Validator validator;

    /** The input itself when it keeps its rules; else {@link InvalidInput} naming each refused field. */
    public <T> T check(T input) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw InvalidInput.of(violations);
        }
        return input;
    }
}
