package steward.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole identity document numbers, which Steward never stores (an ID is recorded as checked, with its type and last
 * four characters only): Taiwan's national ID and resident certificate numbers (old and new forms), mainland
 * China's resident ID and Hong Kong's identity card. A number counts only when its check digit is right, so an
 * order number or a phone that merely looks alike is not refused.
 */
final class IdNumbers {

    /** A run of Latin letters and digits (and the parentheses of a Hong Kong check digit): one candidate number. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9()]{8,}");
    private static final Pattern TAIWAN = Pattern.compile("[A-Z][12890ABCD][0-9]{8}");
    private static final Pattern MAINLAND = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern HONG_KONG = Pattern.compile("[A-Z]{1,2}[0-9]{6}[0-9A]");
    private static final String TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    private IdNumbers() {
    }

    /** Whether the text holds a whole ID number anywhere in it (next to Chinese characters or spaces, say). */
    static boolean containsOne(String text) {
        if (text == null || text.length() < 8) {
            return false;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String token = matcher.group().toUpperCase(java.util.Locale.ROOT);
            if (taiwan(token) || mainland(token) || hongKong(token)) {
                return true;
            }
        }
        return false;
    }

    /** A123456789 (national ID, 1 or 2), A823456789 (resident certificate since 2021), AB12345678 (before). */
    static boolean taiwan(String id) {
        if (!TAIWAN.matcher(id).matches()) {
            return false;
        }
        int area = TAIWAN_LETTERS.indexOf(id.charAt(0)) + 10;
        char second = id.charAt(1);
        int secondDigit = Character.isDigit(second) ? second - '0' : (TAIWAN_LETTERS.indexOf(second) + 10) % 10;
        if (Character.isDigit(second) && second != '1' && second != '2' && second != '8' && second != '9') {
            return false;
        }
        int sum = area / 10 + area % 10 * 9 + secondDigit * 8;
        for (int i = 2; i < 9; i++) {
            sum += (id.charAt(i) - '0') * (9 - i);
        }
        sum += id.charAt(9) - '0';
        return sum % 10 == 0;
    }

    /** 18 characters, the last a check digit (ISO 7064 MOD 11-2), with a real date of birth inside. */
    static boolean mainland(String id) {
        if (!MAINLAND.matcher(id).matches()) {
            return false;
        }
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        char check = "10X98765432".charAt(sum % 11);
        if (check != id.charAt(17)) {
            return false;
        }
        try {
            java.time.LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** A123456(7) or AB123456(A). */
    static boolean hongKong(String id) {
        String bare = id.replace("(", "").replace(")", "");
        if (!HONG_KONG.matcher(bare).matches()) {
            return false;
        }
        String body = bare.length() == 8 ? " " + bare.substring(0, 7) : bare.substring(0, 8);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = c == ' ' ? 36 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * (9 - i);
        }
        int remainder = (11 - sum % 11) % 11;
        char expected = remainder == 10 ? 'A' : (char) ('0' + remainder);
        return expected == bare.charAt(bare.length() - 1);
    }
}
