package steward.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something the application says, stored as data rather than as a sentence: a message of a bundle
 * ({@code "mailroom:detail_wrong_code"}) and its parameters, rendered when it is read, in the reader's language and
 * the site's time zone ({@link StoredTexts#render}). A notification, a banner, a complaint's timeline, a parcel's
 * chain of custody and the audit trail keep it in a text column as JSON ({@link #toJson()}), so that a supervisor
 * reading in English sees English whoever caused the event.
 *
 * <p>A parameter is one of: a {@link String} shown as it was typed (a name, a note), an {@link Integer} or a
 * {@link Long} (counts, which the message may use for plurals; ids), an {@link Instant} (shown as a date and time in
 * the site's zone), a {@link LocalDate}, an enum constant (which the message names with its {@code #when}), or
 * another {@code StoredText} (a label such as a parcel's kind, rendered in the same language).
 * A text with no key is its parameters joined by " · " (the parts of a custody event's detail).
 */
public record StoredText(String key, List<Object> params) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*:[a-zA-Z][a-zA-Z0-9_]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    public StoredText {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a message key (bundle:method): " + key);
        }
        params = List.copyOf(params);
        for (Object param : params) {
            if (!(param instanceof String || param instanceof Integer || param instanceof Long
                    || param instanceof Instant || param instanceof LocalDate || param instanceof Enum
                    || param instanceof StoredText)) {
                throw new IllegalArgumentException("Not a parameter a stored text can keep: " + param);
            }
        }
    }

    /** The message {@code key} ("bundle:method") with its parameters. */
    public static StoredText of(String key, Object... params) {
        return new StoredText(key, Arrays.asList(params));
    }

    /** The parts shown one after the other, separated by " · "; parts that are null are left out. */
    public static StoredText joined(Object... parts) {
        return new StoredText(null, Arrays.stream(parts).filter(java.util.Objects::nonNull).toList());
    }

    public String toJson() {
        return write(this).toString();
    }

    /** The stored text of a column, or null for a column that holds none (a row from before it was kept). */
    public static StoredText fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return read(JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not a stored text: " + json, e);
        }
    }

    private static ObjectNode write(StoredText text) {
        ObjectNode node = JSON.createObjectNode();
        if (text.key != null) {
            node.put("key", text.key);
        }
        ArrayNode params = node.putArray("params");
        for (Object param : text.params) {
            ObjectNode p = params.addObject();
            if (param instanceof String s) {
                p.put("text", s);
            } else if (param instanceof Integer n) {
                p.put("int", n);
            } else if (param instanceof Long n) {
                p.put("long", n);
            } else if (param instanceof Enum<?> constant) {
                p.put("enum", constant.getDeclaringClass().getName());
                p.put("name", constant.name());
            } else if (param instanceof Instant t) {
                p.put("instant", t.toString());
            } else if (param instanceof LocalDate d) {
                p.put("date", d.toString());
            } else {
                p.set("message", write((StoredText) param));
            }
        }
        return node;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Enum<?> constant(String type, String name) {
        try {
            return Enum.valueOf((Class<? extends Enum>) Class.forName(type), name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A stored text names an enum that no longer exists: " + type, e);
        }
    }

    private static StoredText read(JsonNode node) {
        List<Object> params = new ArrayList<>();
        for (JsonNode p : node.path("params")) {
            if (p.has("text")) {
                params.add(p.get("text").asText());
            } else if (p.has("int")) {
                params.add(p.get("int").asInt());
            } else if (p.has("long")) {
                params.add(p.get("long").asLong());
            } else if (p.has("enum")) {
                params.add(constant(p.get("enum").asText(), p.get("name").asText()));
            } else if (p.has("instant")) {
                params.add(Instant.parse(p.get("instant").asText()));
            } else if (p.has("date")) {
                params.add(LocalDate.parse(p.get("date").asText()));
            } else {
                params.add(read(p.get("message")));
            }
        }
        return new StoredText(node.has("key") ? node.get("key").asText() : null, params);
    }
}
