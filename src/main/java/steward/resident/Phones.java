package steward.resident;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as people type them ({@code 0912 345 678}, {@code 0912-345-678}, {@code +886 912 345 678}),
 * normalised to E.164 so that all of them match, and masked for the screen.
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /** The E.164 form of a valid number, or empty when the text is not a valid phone number. */
    public static Optional<String> normalise(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw, defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The number as dialled in its own country, e.g. {@code 0912345678}. */
    public static String national(String e164) {
        try {
            PhoneNumber number = UTIL.parse(e164, null);
            return UTIL.format(number, PhoneNumberFormat.NATIONAL).replaceAll("[^0-9+]", "");
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** {@code 0912-***-678}: enough to confirm with the caller, not enough to copy. */
    public static String mask(String e164) {
        String national = national(e164);
        if (national.length() < 8) {
            return "***";
        }
        return national.substring(0, 4) + "-***-" + national.substring(national.length() - 3);
    }

    /** For display once revealed, grouped as the country groups it: {@code 0912-345-678}, {@code 02-2345-6789}. */
    public static String display(String e164) {
        try {
            PhoneNumber number = UTIL.parse(e164, null);
            return UTIL.format(number, PhoneNumberFormat.NATIONAL).trim().replaceAll("[\\s()]+", "-")
                    .replaceAll("^-|-$", "");
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
