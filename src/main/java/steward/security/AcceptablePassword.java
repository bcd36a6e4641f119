package steward.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password set through Steward: at least {@value #MIN} characters (and at most {@value #MAX}), not containing
 * the username. On a record that names both ({@link Owner}); the refusal names the field {@code password}.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

    int MIN = 12;
    int MAX = 128;

    String message() default "{steward.password.length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A record with a password and the username it belongs to. */
    interface Owner {
        String username();

        String password();
    }

    class Check implements ConstraintValidator<AcceptablePassword, Owner> {

        @Override
        public boolean isValid(Owner owner, ConstraintValidatorContext context) {
            String password = owner.password();
            if (password == null) {
                return true; // @NotNull on the field says so
            }
            String problem = null;
            int length = password.codePointCount(0, password.length());
            if (length < MIN || length > MAX) {
                problem = "{steward.password.length}";
            } else if (owner.username() != null && !owner.username().isBlank() && password.toLowerCase(Locale.ROOT)
                    .contains(owner.username().strip().toLowerCase(Locale.ROOT))) {
                problem = "{steward.password.username}";
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode("password").addConstraintViolation();
            return false;
        }
    }
}
