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
import steward.web.Signatures;

/** A signature from the tablet's pad: a PNG data URL within the size ({@link Signatures}). Null or blank is valid. */
@Documented
@Constraint(validatedBy = DrawnSignature.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface DrawnSignature {

    String message() default "{steward.signature}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DrawnSignature, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                Signatures.png(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
