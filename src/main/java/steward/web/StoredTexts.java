package steward.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Renders a {@link StoredText} through the message bundles: the message {@code bundle:method} called with the
 * parameters, in the given language, times in the given zone. Pages reach it as {@code inject:ui.text(...)}, jobs
 * (an email in the recipient's language) directly.
 */
@ApplicationScoped
public class StoredTexts {

    /** A moment as the desk reads it, e.g. 2026-11-27 09:05, in the site's zone. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Engine engine;

    /** One template per message and number of parameters: {@code {bundle:method(p0,p1)}}. */
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    public String render(StoredText text, String language, ZoneId zone) {
        return render(text, Languages.locale(language), zone);
    }

    private String render(StoredText text, Locale locale, ZoneId zone) {
        List<Object> values = new ArrayList<>();
        for (Object param : text.params()) {
            values.add(value(param, locale, zone));
        }
        if (text.key() == null) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(" · "));
        }
        Template template = templates.computeIfAbsent(text.key() + "/" + values.size(),
                k -> engine.parse("{" + text.key() + (values.isEmpty() ? "" : "(" + names(values.size()) + ")") + "}"));
        TemplateInstance instance = template.instance();
        for (int i = 0; i < values.size(); i++) {
            instance.data("p" + i, values.get(i));
        }
        instance.setLocale(locale);
        return instance.render();
    }

    private Object value(Object param, Locale locale, ZoneId zone) {
        if (param instanceof Instant instant) {
            return TIME.format(instant.atZone(zone));
        }
        if (param instanceof LocalDate date) {
            return date.toString();
        }
        if (param instanceof StoredText nested) {
            return render(nested, locale, zone);
        }
        return param;
    }

    private static String names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("p" + i);
        }
        return String.join(",", names);
    }
}
