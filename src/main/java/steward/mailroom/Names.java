package steward.mailroom;

/**
 * Names as the tablet shows them where others can see it: 陳大文 → 陳*文, 王五 → 王*, John Smith → J*** S****.
 * Enough for the desk to ask "陳先生?", not enough for a bystander to learn who gets what.
 */
public final class Names {

    private Names() {
    }

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String stripped = name.strip();
        int[] chars = stripped.codePoints().toArray();
        boolean han = Character.UnicodeScript.of(chars[0]) == Character.UnicodeScript.HAN;
        if (han) {
            if (chars.length == 1) {
                return stripped;
            }
            String first = new String(chars, 0, 1);
            String last = chars.length > 2 ? new String(chars, chars.length - 1, 1) : "";
            return first + "*".repeat(Math.max(1, chars.length - (last.isEmpty() ? 1 : 2))) + last;
        }
        StringBuilder masked = new StringBuilder();
        for (String word : stripped.split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = word.codePointAt(0);
            masked.appendCodePoint(first).append("*".repeat(Math.max(1, word.codePointCount(0, word.length()) - 1)));
        }
        return masked.toString();
    }

    /** A name as typed compared with one on record: spaces ignored, traditional = simplified, case ignored. */
    static boolean same(String typed, String recorded) {
        if (typed == null || recorded == null) {
            return false;
        }
        return steward.resident.SearchTerms.normalise(typed).equals(steward.resident.SearchTerms.normalise(recorded));
    }
}
