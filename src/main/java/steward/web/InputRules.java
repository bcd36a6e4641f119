package steward.web;

import java.text.MessageFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The rules of an input record, checked where a page form or the API hands it to a service: its Bean Validation
 * constraints and its {@link CrossFieldRules}, with their messages from the {@code ValidationMessages} bundles.
 * What the record cannot know by itself (a label another unit has, a date after today in the site's zone) the
 * service refuses with {@link #refuse}, and a {@link Conflict} of a record's state names its message with
 * {@link #said}: {@link Words}, put into the reader's language where the answer is written. A refused
 * constraint's message is said the same way: in the reader's language, by validating the input again with Bean
 * Validation's own interpolator held to that language ({@link #heldTo}), so that its parameters (the
 * {@code {max}} a validator such as {@code PayableAmount} adds) are filled in as they were the first time.
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
    ValidatorFactory validators;

    /** Returns the input when every rule holds; otherwise throws, naming each refused field once. */
    public <T> T check(T input) {
        collect(input).throwIfAny();
        return input;
    }

    /**
     * The input's rules, collected rather than thrown: for a service that then adds what the record cannot know by
     * itself (a unit of another site, a number taken), so that one answer names every refused field. A field the
     * rules refused keeps their message ({@link InvalidInput.Collector#add} keeps the first). No input at all is
     * refused at once, as {@link #check} does.
     */
    public InvalidInput.Collector collect(Object input) {
        body(input);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Map<Locale, Map<String, String>> saidIn = new ConcurrentHashMap<>();
        messagesByField(validator, input).forEach((field, asValidated) -> errors.add(field,
                locale -> saidIn.computeIfAbsent(locale, l -> messagesByField(heldTo(l), input))
                        .getOrDefault(field, asValidated)));
        if (input instanceof CrossFieldRules rules) {
            rules.crossFieldViolations().forEach((field, key) -> errors.add(field, said(key)));
        }
        return errors;
    }

    /** Each refused field's first message, in the order of the fields' names, so an answer is the same every time. */
    private static Map<String, String> messagesByField(Validator validator, Object input) {
        Map<String, String> messages = new LinkedHashMap<>();
        validator.validate(input).stream().sorted(Comparator.comparing(Validation::field))
                .forEach(violation -> messages.putIfAbsent(Validation.field(violation), violation.getMessage()));
        return messages;
    }

    /**
     * A validator whose messages are in {@code locale} whatever the request's: the interpolator Bean Validation is
     * configured with, held to that language, so the same templates and parameters give the same sentences.
     */
    private Validator heldTo(Locale locale) {
        MessageInterpolator configured = validators.getMessageInterpolator();
        return validators.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return configured.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return configured.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    /**
     * The body an API operation needs: none at all (an empty request, or JSON {@code null}) is refused naming
     * {@code body}, in the caller's language, before anything reads a field of it.
     */
    public <T> T body(T input) {
        if (input == null) {
            throw InvalidInput.of("body", said("steward.required"));
        }
        return input;
    }

    /** A refusal of one field ({@code key} of the ValidationMessages bundles), said in the reader's language. */
    public InvalidInput refuse(String field, String key, Object... arguments) {
        return InvalidInput.of(field, said(key, arguments));
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

    /**
     * A message of the ValidationMessages bundles, {@code {0}} and on filled in, said in the reader's language: a
     * refusal, or a {@link Conflict} ({@code new Conflict(InputRules.said("steward.unit.closed"))}).
     */
    public static Words said(String key, Object... arguments) {
        return locale -> {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        };
    }
}
