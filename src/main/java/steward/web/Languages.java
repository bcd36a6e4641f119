package steward.web;

import java.util.List;
import java.util.Locale;

/**
 * The three languages of the desk. Browsers and phones say zh-TW, zh-HK, zh-CN and so on; the message bundles
 * are written per script, so regions map to a script here rather than through the JDK's fallback chain.
 */
public final class Languages {

    public static final String TRADITIONAL = "zh-Hant";
    public static final String SIMPLIFIED = "zh-Hans";
    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(TRADITIONAL, SIMPLIFIED, ENGLISH);
    public static final String COOKIE = "steward-lang";

    private Languages() {
    }

    /** One of the supported tags for a language tag, or null when it names none of them. */
    public static String supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        String language = locale.getLanguage();
        if ("en".equals(language)) {
            return ENGLISH;
        }
        if (!"zh".equals(language)) {
            return null;
        }
        String script = locale.getScript();
        if ("Hans".equalsIgnoreCase(script)) {
            return SIMPLIFIED;
        }
        if ("Hant".equalsIgnoreCase(script)) {
            return TRADITIONAL;
        }
        return switch (locale.getCountry()) {
            case "CN", "SG", "MY" -> SIMPLIFIED;
            default -> TRADITIONAL;
        };
    }

    /** The first supported language of an Accept-Language header, in the client's order of preference. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = supported(range.getRange());
                if (tag != null) {
                    return tag;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return null;
    }

    public static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }
}
