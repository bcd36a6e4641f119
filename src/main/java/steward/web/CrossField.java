package steward.web;

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
 * The one rule of an input record that spans its fields ("a reference for a letter sent by post"), written as one
 * small method of the record ({@link Rule#crossFieldValid()}); a refusal names the field the user corrects.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossField.Check.class)
public @interface CrossField {

    /** The field the message is shown next to. */
    String field();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** An input record with a rule across its fields. */
    interface Rule {
        /** True when the fields agree (fields left out are refused by their own constraints, not here). */
        boolean crossFieldValid();
    }

    class Check implements ConstraintValidator<CrossField, Rule> {

        private String field;

        @Override
        public void initialize(CrossField annotation) {
            field = annotation.field();
        }

        @Override
        public boolean isValid(Rule value, ConstraintValidatorContext context) {
            if (value == null || value.crossFieldValid()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
