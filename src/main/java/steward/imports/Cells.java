package steward.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import steward.web.SpreadsheetText;

/**
 * Values as companies keep them in spreadsheets, read strictly: what is not clearly a date, a month, a number or
 * a yes/no is refused rather than guessed. Dates may be written 2026-03-31, 2026/3/31, 2026年3月31日, 20260331, or
 * in the Republic of China calendar that Taiwanese systems print (115/03/31, 民國115年3月31日, 1150331).
 */
final class Cells {

    /** The years a date of the Republic of China calendar is written with (two or three digits). */
    private static final int ROC_OFFSET = 1911;
    private static final Pattern DATE = Pattern.compile(
            "(?:民國|民国)?(\\d{2,4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{3,4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(?:民國|民国)?(\\d{2,4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{3,4})(\\d{2})");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,4}");
    private static final Pattern BASEMENT = Pattern.compile("(?:B|b|地下)(\\d{1,2})(?:F|f|樓|楼|层|層)?");
    private static final Pattern STOREY = Pattern.compile("(\\d{1,3})(?:F|f|樓|楼|层|層)");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,7}(\\.\\d{1,6})?");
    // Compiled once: fold and list run for several cells of every row of a file of hundreds of thousands.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;；、\\n\\r]+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[;；、,，/\\n\\r]+");
    private static final List<String> YES = List.of("是", "y", "yes", "true", "1", "同意", "v", "✓", "✔", "o");
    private static final List<String> NO = List.of("否", "n", "no", "false", "0", "不同意", "x", "✗", "");

    private Cells() {
    }

    /** The cell's text without surrounding spaces and without the mark an export put before a formula-like value. */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        return SpreadsheetText.restore(raw.strip()).strip();
    }

    /** Compares what people type the same way: full-width digits and letters folded, case and spaces ignored. */
    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.chars().anyMatch(Character::isWhitespace) ? SPACES.matcher(folded).replaceAll("") : folded;
    }

    static Optional<LocalDate> date(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher matcher = DATE.matcher(folded);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(folded);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(year(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A month: 2026-03, 2026/3, 2026年3月, 202603, 115/03, or a whole date (its month). */
    static Optional<YearMonth> month(String text) {
        Optional<LocalDate> date = date(text);
        if (date.isPresent()) {
            return date.map(YearMonth::from);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher matcher = MONTH.matcher(folded);
        if (!matcher.matches()) {
            matcher = COMPACT_MONTH.matcher(folded);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(YearMonth.of(year(matcher.group(1)), Integer.parseInt(matcher.group(2))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() <= 3) {
            year += ROC_OFFSET;
        }
        if (year < 1900 || year > 2200) {
            throw new NumberFormatException(digits);
        }
        return year;
    }

    /** A floor: 12, 12F, 12樓, or a basement B1 / 地下1樓 (negative). */
    static Optional<Integer> floor(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher basement = BASEMENT.matcher(folded);
        if (basement.matches()) {
            return Optional.of(-Integer.parseInt(basement.group(1)));
        }
        Matcher storey = STOREY.matcher(folded);
        if (storey.matches()) {
            return Optional.of(Integer.parseInt(storey.group(1)));
        }
        if (INTEGER.matcher(folded).matches()) {
            int floor = Integer.parseInt(folded.replace("+", ""));
            return floor >= -20 && floor <= 300 ? Optional.of(floor) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A decimal number as a person writes it (thousands separators allowed), at most {@code scale} decimals. */
    static Optional<BigDecimal> decimal(String text, int scale) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
        if (!DECIMAL.matcher(plain).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain);
        return value.stripTrailingZeros().scale() > scale ? Optional.empty() : Optional.of(value);
    }

    /** An amount of money: 1200, 1,200, 1200.50, with a currency sign or 元 allowed around it. */
    static Optional<BigDecimal> amount(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .replaceFirst("^(NT\\$|NTD|TWD|HK\\$|HKD|RMB|CNY|US\\$|USD|\\$|¥|￥)\\s*", "")
                .replaceFirst("\\s*(元|圓|TWD|HKD|CNY|USD)$", "");
        return steward.billing.Money.parse(plain) == null ? Optional.empty()
                : Optional.of(steward.billing.Money.parse(plain));
    }

    /** Yes or no as people tick it: 是/否, Y/N, yes/no, TRUE/FALSE (Excel), 1/0, 同意/不同意, ✓; blank is no. */
    static Optional<Boolean> yesNo(String text) {
        String folded = fold(text);
        if (YES.contains(folded)) {
            return Optional.of(true);
        }
        if (NO.contains(folded)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** The parts of a list cell: units or phones separated by ; 、 or line breaks (phones also by , and /). */
    static List<String> list(String text, boolean phones) {
        Pattern separators = phones ? PHONE_SEPARATORS : LIST_SEPARATORS;
        return Arrays.stream(separators.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
