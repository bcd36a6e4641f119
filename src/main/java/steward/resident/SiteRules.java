package steward.resident;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The constraints of a site's own words: its time zone, currency and phone region (each null-tolerant). */
public final class SiteRules {

    private SiteRules() {
    }

    /** An IANA time zone, e.g. {@code Asia/Taipei}. */
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
    @Retention(RUNTIME)
    @Constraint(validatedBy = TimeZoneCheck.class)
    public @interface TimeZoneId {
        String message() default "{steward.time_zone}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** An ISO 4217 currency code, e.g. {@code TWD}. */
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
    @Retention(RUNTIME)
    @Constraint(validatedBy = CurrencyCheck.class)
    public @interface CurrencyCode {
        String message() default "{steward.currency}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A region whose phone numbers libphonenumber knows (ISO 3166, e.g. {@code TW}). */
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
    @Retention(RUNTIME)
    @Constraint(validatedBy = PhoneRegionCheck.class)
    public @interface PhoneRegion {
        String message() default "{steward.phone_region}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class TimeZoneCheck implements ConstraintValidator<TimeZoneId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ZoneId.getAvailableZoneIds().contains(value);
        }
    }

    public static class CurrencyCheck implements ConstraintValidator<CurrencyCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode()
                    .equals(value));
        }
    }

    public static class PhoneRegionCheck implements ConstraintValidator<PhoneRegion, String> {
        private static final Set<String> REGIONS = PhoneNumberUtil.getInstance().getSupportedRegions();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || REGIONS.contains(value);
        }
    }
}
