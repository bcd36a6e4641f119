package steward.web.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The last four characters of an identity document, letters or digits (spaces and dashes ignored), never the
 * whole number: the desk stores only what it needs (DESIGN: 「ID documents ... type and last four characters」).
 * Null is valid (a field left out); combine with {@code @NotNull} where it is required.
 */
@Documented
@Constraint(validatedBy = IdLast4.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface IdLast4 {

    String message() default "{steward.id-last4}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IdLast4, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || normalise(value).matches("[A-Z0-9]{4}");
        }

        /** As stored: without spaces or dashes, in capitals ({@code a12-3} is {@code A123}). */
        public static String normalise(String typed) {
            return typed == null ? null : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        }
    }
}
