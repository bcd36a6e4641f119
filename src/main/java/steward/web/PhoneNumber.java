package steward.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.arc.Arc;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import steward.resident.Phones;

/** A phone number as people type it, valid for the configured region (or with its country code); empty passes. */
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
            // Looked up when used: validators are made at build time, before the configuration is there.
            String region = Arc.container().instance(steward.StewardConfig.class).get().phoneRegion();
            return value == null || value.isBlank() || Phones.normalise(value, region).isPresent();
        }
    }
}
