package steward.web.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import steward.resident.Phones;

/**
 * A phone number as people type it ({@code 0912 345 678}, {@code +886912345678}), valid in the configured region
 * (libphonenumber, through {@link Phones}). Null or blank is valid: a phone left out.
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

    String message() default "{steward.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PhoneNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // The region is read when asked: validators are made with the validator factory, before the
            // application's configuration beans may be injected.
            String region = ConfigProvider.getConfig().getValue("steward.phone-region", String.class);
            return value == null || value.isBlank() || Phones.normalise(value, region).isPresent();
        }
    }
}
