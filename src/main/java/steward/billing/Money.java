package steward.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts of money in a site's currency: rounded half-up to the currency's minor unit (TWD has two in the
 * JDK), stored with the columns' scale of two. Amounts typed in a form are read strictly: digits, an optional
 * decimal point and thousands separators, nothing a BigDecimal would take but a person would not mean.
 */
public final class Money {

    /** {@link #MAX} as the input records' constraints and the API document state it. */
    public static final String MAX_TEXT = "10000000.00";

    /** Above any amount a property service center takes in one payment; larger ones are typing mistakes. */
    public static final BigDecimal MAX = new BigDecimal(MAX_TEXT);

    private static final int COLUMN_SCALE = 2;
    private static final Pattern TYPED = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");

    private Money() {
    }

    /** The decimals of a currency, never more than the columns keep. */
    public static int minorDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(0, Math.min(COLUMN_SCALE, digits));
    }

    /** Half-up to the currency's minor unit, at the columns' scale. */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(minorDigits(currency), RoundingMode.HALF_UP).setScale(COLUMN_SCALE);
    }

    /**
     * Whether an amount is one a person could mean: at most six decimals and within {@link #MAX}. Checked before
     * any arithmetic, so that {@code 1e-999999999} never reaches a rescale.
     */
    public static boolean plausible(BigDecimal amount) {
        return amount != null && amount.scale() <= 6 && amount.abs().compareTo(MAX) <= 0;
    }

    /** An amount typed in a form ({@code 1,000} or {@code 1000.5}), or null when it is not one. */
    public static BigDecimal parse(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.strip().replace(",", "").replace("，", "");
        if (!TYPED.matcher(plain).matches()) {
            return null;
        }
        return new BigDecimal(plain);
    }

    /** {@code 1,234.50} with the currency's decimals, for screens and receipts. */
    public static String format(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        int digits = minorDigits(currency);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }
}
