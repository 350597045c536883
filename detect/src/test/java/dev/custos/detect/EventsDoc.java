package dev.custos.detect;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The examples and the malformed-line table of docs/EVENTS.md (copied to the test classpath), for tests. */
public final class EventsDoc {
    private static final Pattern EXAMPLE =
            Pattern.compile("<!-- schema: ([a-z-]+) -->\\n```json\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern MALFORMED_ROW = Pattern.compile("^\\| `(.+)` \\| `(.+)` \\|$");

    /** One example: the schema it is marked with and its JSON text (possibly pretty-printed). */
    public record Example(String kind, String json) {
        public Example {
            requireNonNull(kind, "kind is null");
            requireNonNull(json, "json is null");
        }
    }

    /** One row of the malformed-line table: a line and the start of the reason the parser gives. */
    public record MalformedExample(String line, String reasonStart) {
        public MalformedExample {
            requireNonNull(line, "line is null");
            requireNonNull(reasonStart, "reasonStart is null");
        }
    }

    private final String text;

    private EventsDoc(String text) {
        this.text = text;
    }

    public static EventsDoc load() {
        try (InputStream in = EventsDoc.class.getClassLoader().getResourceAsStream("docs/EVENTS.md")) {
            if (in == null) {
                throw new IllegalStateException("docs/EVENTS.md is not on the test classpath");
            }
            return new EventsDoc(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples marked {@code <!-- schema: NAME -->} (NAME.schema.json), in document order. */
    public List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(text);
        while (matcher.find()) {
            examples.add(new Example(matcher.group(1), matcher.group(2)));
        }
        return examples;
    }

    /** The rows of the table after {@code <!-- malformed-lines -->}. */
    public List<MalformedExample> malformedLines() {
        int start = text.indexOf("<!-- malformed-lines -->");
        if (start < 0) {
            throw new IllegalStateException("docs/EVENTS.md has no malformed-lines table");
        }
        List<MalformedExample> rows = new ArrayList<>();
        for (String line : text.substring(start).lines().skip(3).toList()) {
            Matcher row = MALFORMED_ROW.matcher(line);
            if (!row.matches()) {
                break;
            }
            rows.add(new MalformedExample(row.group(1), row.group(2)));
        }
        return rows;
    }
}
