package steward.knowledge;

import java.util.ArrayList;
import java.util.List;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The body of an approved answer: paragraphs, lists and links only (http, https and mailto, opened with
 * rel="nofollow noopener"). Everything else (scripts, event handlers, styles, images, javascript: links) is
 * dropped by the OWASP sanitizer on save, so the stored body is safe to show as HTML wherever it appears.
 *
 * <p>Staff who write no tags at all get paragraphs from blank lines, and list items from lines that start with
 * "-", "*" or "・".
 */
public final class AnswerHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private AnswerHtml() {
    }

    /** The sanitised HTML of what a writer typed: HTML when it has tags, else plain text made into paragraphs. */
    public static String sanitise(String input) {
        if (input == null) {
            return "";
        }
        String source = input.contains("<") ? input : fromPlainText(input);
        return POLICY.sanitize(source).strip();
    }

    /** Paragraphs from blank lines, list items from lines starting with a bullet; text escaped. */
    static String fromPlainText(String text) {
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            String item = bulletItem(line);
            if (item != null) {
                flushParagraph(html, paragraph);
                items.add(item);
            } else if (line.isEmpty()) {
                flushParagraph(html, paragraph);
                flushList(html, items);
            } else {
                flushList(html, items);
                paragraph.add(line);
            }
        }
        flushParagraph(html, paragraph);
        flushList(html, items);
        return html.toString();
    }

    private static String bulletItem(String line) {
        for (String bullet : new String[] { "- ", "* ", "・", "•" }) {
            if (line.startsWith(bullet) && line.length() > bullet.length()) {
                return line.substring(bullet.length()).strip();
            }
        }
        return null;
    }

    private static void flushParagraph(StringBuilder html, List<String> lines) {
        if (!lines.isEmpty()) {
            html.append("<p>").append(escape(String.join(" ", lines))).append("</p>");
            lines.clear();
        }
    }

    private static void flushList(StringBuilder html, List<String> items) {
        if (!items.isEmpty()) {
            html.append("<ul>");
            items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
            html.append("</ul>");
            items.clear();
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
