package steward.resident;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The terms a name, a unit label or a phone number is found by. PostgreSQL's pg_trgm needs three characters,
 * but Chinese names are two to four characters long and desk staff type one or two: so every text is stored
 * with its 1- and 2-character grams in a GIN-indexed array, and a query of any length is answered from it
 * (longer queries by all their bigrams, then a substring check on the normalised text).
 *
 * <p>Texts are normalised to simplified characters so that 陳 finds 陈 and 王小华 finds 王小華; Chinese
 * names also carry their pinyin initials ({@code py:cdw} for 陳大文), and phones their last four digits
 * ({@code tel:5678}).
 */
public final class SearchTerms {

    static final String PINYIN = "py:";
    static final String PHONE = "tel:";
    private static final int MAX_PINYIN_VARIANTS = 8;

    private SearchTerms() {
    }

    /** NFKC, lower case, no white space, simplified characters. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder compact = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        String result = compact.toString();
        return containsHan(result) ? ZhConverterUtil.toSimple(result) : result;
    }

    /** The 1- and 2-character grams of the normalised text. */
    public static Set<String> forText(String text) {
        return grams(normalise(text));
    }

    /** Grams, plus pinyin initials for Chinese names (every substring, so 大文 is found by {@code dw}). */
    public static Set<String> forName(String name) {
        String normalised = normalise(name);
        Set<String> terms = grams(normalised);
        for (String initials : pinyinInitials(normalised)) {
            for (int start = 0; start < initials.length(); start++) {
                for (int end = start + 1; end <= initials.length(); end++) {
                    terms.add(PINYIN + initials.substring(start, end));
                }
            }
        }
        return terms;
    }

    /** A phone (E.164) is found by its last four digits and by the whole number. */
    public static Set<String> forPhone(String e164) {
        Set<String> terms = new LinkedHashSet<>();
        String digits = e164.replaceAll("\\D", "");
        if (digits.length() >= 4) {
            terms.add(PHONE + digits.substring(digits.length() - 4));
        }
        terms.add(PHONE + e164);
        return terms;
    }

    static Set<String> grams(String normalised) {
        Set<String> grams = new LinkedHashSet<>();
        int[] points = normalised.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            grams.add(new String(points, i, 1));
            if (i + 1 < points.length) {
                grams.add(new String(points, i, 2));
            }
        }
        return grams;
    }

    /** The grams a query must all match: itself when short, else all its bigrams. */
    static List<String> requiredGrams(String normalisedQuery) {
        int[] points = normalisedQuery.codePoints().toArray();
        if (points.length <= 2) {
            return List.of(normalisedQuery);
        }
        Set<String> bigrams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            bigrams.add(new String(points, i, 2));
        }
        return new ArrayList<>(bigrams);
    }

    /** Initials of every reading combination (polyphonic surnames such as 曾 or 单), capped. */
    static Set<String> pinyinInitials(String normalised) {
        Set<String> variants = new LinkedHashSet<>();
        if (!containsHan(normalised)) {
            return variants;
        }
        variants.add("");
        for (int c : normalised.codePoints().toArray()) {
            Set<Character> initials = new LinkedHashSet<>();
            if (Character.isBmpCodePoint(c)) {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) c);
                if (readings != null) {
                    for (String reading : readings) {
                        if (!reading.isEmpty()) {
                            initials.add(reading.charAt(0));
                        }
                    }
                }
            }
            if (initials.isEmpty()) {
                if (Character.isLetterOrDigit(c) && c < 128) {
                    initials.add((char) c);
                } else {
                    continue;
                }
            }
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : variants) {
                for (char initial : initials) {
                    if (next.size() < MAX_PINYIN_VARIANTS) {
                        next.add(prefix + initial);
                    }
                }
            }
            variants = next;
        }
        variants.remove("");
        return variants;
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
