package dev.custos.server.console.pages;

import dev.custos.server.console.html.Html;
import dev.custos.server.console.session.ConsoleSession;
import java.util.function.Consumer;

/** Console forms: every POST form carries the session's CSRF token in a hidden field named {@value #CSRF_FIELD}. */
public final class Forms {
    /** The name of the hidden CSRF field. */
    public static final String CSRF_FIELD = "csrf";

    private Forms() {}

    /** {@code <form method="post" action>} with the CSRF field and {@code fields} inside. */
    public static void post(Html html, String action, ConsoleSession session, Consumer<Html> fields) {
        html.open("form", "method", "post", "action", action);
        html.empty("input", "type", "hidden", "name", CSRF_FIELD, "value", session.csrfToken());
        fields.accept(html);
        html.close("form");
    }

    /** A labelled text field. */
    public static void textField(Html html, String id, String label, String name, boolean required) {
        html.element("label", label, "for", id);
        html.empty(
                "input",
                "type",
                "text",
                "id",
                id,
                "name",
                name,
                "required",
                required ? "" : null,
                "autocomplete",
                "off");
    }
}
