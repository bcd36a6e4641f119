package steward.web;

import java.text.MessageFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;

/**
 * The rules of an input record, checked where a page form or the API hands it to a service: its Bean Validation
 * constraints and its {@link CrossFieldRules}, with every message in the user's language (the
 * {@code ValidationMessages} bundles, in the language {@link ValidationLocale} chooses, as for the API's own
 * validation of {@code @Valid} bodies). What the record cannot know by itself (a label another unit has, a date
 * after today in the site's zone) the service refuses with {@link #refuse}, in the same words.
 */
@RequestScoped
public class InputRules {

    static final String BUNDLE = "ValidationMessages";

    /** One rule of an input record that involves several of its fields: field → message key, for each refused. */
    public interface CrossFieldRules {
        Map<String, String> crossFieldViolations();
    }

    /** Speaks the user's language by itself: see {@link ValidationLocale}. */
    @Inject
    Validator validator;

    @Inject
    UiContext ui;

    /** Returns the input when every rule holds; otherwise throws, naming each refused field once. */
    public <T> T check(T input) {
        Map<String, String> errors = violations(input);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return input;
    }

    /**
     * The input's rules, collected rather than thrown: for a service that then adds what the record cannot know by
     * itself (a unit of another site, a number taken), so that one answer names every refused field. A field the
     * rules refused keeps their message ({@link InvalidInput.Collector#add} keeps the first). No input at all is
     * refused at once, as {@link #check} does.
     */
    public InvalidInput.Collector collect(Object input) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        violations(input).forEach(errors::add);
        return errors;
    }

    /**
     * The body an API operation needs: none at all (an empty request, or JSON {@code null}) is refused naming
     * {@code body}, in the caller's language, before anything reads a field of it.
     */
    public <T> T body(T input) {
        if (input == null) {
            throw InvalidInput.of("body", message("steward.required"));
        }
        return input;
    }

    private Map<String, String> violations(Object input) {
        body(input);
        Map<String, String> errors = new LinkedHashMap<>();
        // In the order of the fields' names, so that an answer is the same every time.
        validator.validate(input).stream().sorted(Comparator.comparing(Validation::field))
                .forEach(violation -> errors.putIfAbsent(Validation.field(violation), violation.getMessage()));
        if (input instanceof CrossFieldRules rules) {
            rules.crossFieldViolations().forEach((field, key) -> errors.putIfAbsent(field, message(key)));
        }
        return errors;
    }

    /** A refusal of one field, in the user's language ({@code key} of the ValidationMessages bundles). */
    public InvalidInput refuse(String field, String key, Object... arguments) {
        return InvalidInput.of(field, message(key, arguments));
    }

    /**
     * Writes now, inside the transaction, so that a unique value saved a moment ago by someone else (the check
     * before found none) is refused naming the field, not answered as a failure. {@code write} is what inserts a new
     * row (a {@code persist} whose id comes from the database inserts at once); the flush writes a changed one.
     */
    public void writeOrRefuse(Runnable write, String constraint, String field, String key) {
        try {
            write.run();
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException violation && constraint.equals(violation.getConstraintName())) {
                throw refuse(field, key);
            }
            throw e;
        }
    }

    /** A message of the ValidationMessages bundles in the user's language, {@code {0}} and on filled in. */
    public String message(String key, Object... arguments) {
        Locale locale = Languages.locale(ui.lang());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }
}
