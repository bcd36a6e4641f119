package steward.billing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An amount paid at the till: above zero and one a person could mean ({@link Money#plausible}: at most six
 * decimals, at most {@link Money#MAX}). One message per value: too large when it is a positive number beyond the
 * limit, not an amount when it has more decimals or is a huge negative, above zero otherwise. That it is still
 * above zero once rounded to the site's currency only the service can tell. Null is valid; combine with
 * {@code @NotNull} where the amount is required.
 */
@Documented
@Constraint(validatedBy = PayableAmount.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PayableAmount {

    String message() default "{steward.cashier.amount_positive}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PayableAmount, BigDecimal> {
        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!Money.plausible(value)) {
                boolean tooLarge = value.signum() > 0 && value.scale() <= 6;
                context.disableDefaultConstraintViolation();
                if (tooLarge) {
                    context.unwrap(HibernateConstraintValidatorContext.class)
                            .addMessageParameter("max", Money.MAX.toPlainString());
                }
                context.buildConstraintViolationWithTemplate(tooLarge ? "{steward.cashier.amount_too_large}"
                        : "{steward.cashier.amount_invalid}").addConstraintViolation();
                return false;
            }
            return value.signum() > 0;
        }
    }
}
