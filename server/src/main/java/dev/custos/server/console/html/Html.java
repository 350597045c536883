package dev.custos.server.console.html;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Writes HTML with everything escaped: text and attribute values are always escaped, tag and attribute names are
 * checked against a strict pattern, event-handler and {@code style} attributes are refused (the console's
 * Content-Security-Policy forbids inline script and style anyway), and URL attributes take only same-origin paths.
 * There is no way to add raw markup, so untrusted data cannot become markup. Elements must be closed in order.
 */
public final class Html {
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "link", "meta");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");
    /** Elements whose content the browser does not parse as HTML: written only through {@link #script}. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "iframe", "object", "embed", "textarea");

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    /** Starts a document with {@code <!DOCTYPE html>}. */
    public static Html document() {
        Html html = new Html();
        html.out.append("<!DOCTYPE html>\n");
        return html;
    }

    /** A fragment (no doctype), for tests and for parts composed by a page. */
    public static Html fragment() {
        return new Html();
    }

    /**
     * Opens {@code tag} with attributes given as name, value pairs; a {@code null} value leaves the attribute out, and
     * an empty value writes a boolean attribute.
     */
    public Html open(String tag, String... attributes) {
        startTag(tag, attributes);
        if (!VOID.contains(tag)) {
            open.push(tag);
        }
        return this;
    }

    /** Closes the innermost open element, which must be {@code tag}. */
    public Html close(String tag) {
        String innermost = open.peek();
        if (!tag.equals(innermost)) {
            throw new IllegalStateException(
                    "closing <" + tag + "> but the innermost open element is <" + innermost + ">");
        }
        open.pop();
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** {@code <tag attributes>…</tag>} with {@code content} written inside. */
    public Html element(String tag, Consumer<Html> content, String... attributes) {
        open(tag, attributes);
        content.accept(this);
        return close(tag);
    }

    /** A void element such as {@code <input>}. */
    public Html empty(String tag, String... attributes) {
        if (!VOID.contains(tag)) {
            throw new IllegalArgumentException("<" + tag + "> is not a void element");
        }
        startTag(tag, attributes);
        return this;
    }

    /** Escaped text. */
    public Html text(String text) {
        escape(requireNonNull(text, "text is null"), out);
        return this;
    }

    /** An external script: {@code <script src integrity defer></script>} with nothing inside. */
    public Html script(String source, String integrity) {
        out.append("<script");
        attribute("src", source);
        attribute("integrity", integrity);
        out.append(" defer></script>");
        return this;
    }

    /**
     * A {@code <textarea>} holding {@code text}. Its content is escapable raw text: the escaped text cannot close the
     * element or start another, and the browser shows it as written.
     */
    public Html textarea(String text, String... attributes) {
        out.append("<textarea");
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs; got " + attributes.length);
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                attribute(attributes[i], attributes[i + 1]);
            }
        }
        out.append('>').append(escape(text)).append("</textarea>");
        return this;
    }

    /** The markup written so far; every element must be closed. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        return out.toString();
    }

    private void startTag(String tag, String[] attributes) {
        if (!TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("not a tag name this writer accepts: '" + tag + "'");
        }
        if (RAW_TEXT.contains(tag)) {
            throw new IllegalArgumentException("<" + tag + "> is not written by this writer (scripts: use script())");
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs; got " + attributes.length);
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                attribute(attributes[i], attributes[i + 1]);
            }
        }
        out.append('>');
    }

    private void attribute(String name, String value) {
        if (!ATTRIBUTE.matcher(name).matches()) {
            throw new IllegalArgumentException("not an attribute name this writer accepts: '" + name + "'");
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("on") || lower.equals("style") || lower.equals("srcdoc")) {
            throw new IllegalArgumentException("attribute '" + name + "' is refused: no inline script or style");
        }
        if (URL_ATTRIBUTES.contains(lower) && !sameOrigin(value)) {
            throw new IllegalArgumentException(
                    "attribute '" + name + "' takes a same-origin path, not '" + value + "'");
        }
        out.append(' ').append(name);
        if (!value.isEmpty()) {
            out.append("=\"");
            escape(value, out);
            out.append('"');
        }
    }

    /** A path on this origin: starts with one {@code /} (not {@code //}), or is a fragment or query. */
    static boolean sameOrigin(String url) {
        if (url.startsWith("#") || url.startsWith("?")) {
            return true;
        }
        return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") && url.indexOf('\\') < 0;
    }

    /** Escapes the five characters that matter in HTML text and quoted attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escape(text, escaped);
        return escaped.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
    }
}
