package steward.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * {@code {line.description.said}}: what a service named in {@link Words} (a statement line's description, a card's
 * kind, a section's title), said in the language of the page that shows it. Every page is rendered in the user's
 * language ({@link TemplateLocale}); a page in another language (a letter, the resident's survey) sets its own.
 */
@TemplateExtension
public class WordsExtensions {

    static String said(Words words, @TemplateAttribute("locale") Object locale) {
        return words.in(pageLocale(locale));
    }

    /** A page rendered without a locale (none outside a request sets one) reads as the default language's. */
    private static Locale pageLocale(Object locale) {
        if (locale instanceof Locale set) {
            return set;
        }
        return Languages.locale(locale instanceof String tag ? tag : Languages.TRADITIONAL);
    }
}
