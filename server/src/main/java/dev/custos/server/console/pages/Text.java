package dev.custos.server.console.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Small text helpers shared by the pages. */
public final class Text {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private Text() {}

    /** The text of {@code node} at {@code field}, or {@code fallback} when absent or null. */
    public static String field(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    /** Refuses ids that could not be one (they are put into paths of the API's routes). */
    public static String requireId(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw dev.custos.server.api.ApiException.badRequest(what + " is not a valid id");
        }
        return id;
    }

    /** Status names as people read them: {@code pending_approval} → {@code pending approval}. */
    public static String words(String wireName) {
        return wireName.replace('_', ' ');
    }

    /**
     * Text from a payload (ABI strings, labels) with control and formatting characters (such as bidirectional
     * overrides) shown as a backslash, {@code u} and the code point in braces, so that it cannot reorder or hide what the page says around it.
     */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (Character.isISOControl(point) || Character.getType(point) == Character.FORMAT) {
                out.append('\\').append(String.format("u{%04x}", point));
            } else {
                out.appendCodePoint(point);
            }
        });
        return out.toString();
    }
}
