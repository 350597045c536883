package dev.custos.server.console.pages;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.Role;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.session.ConsoleSession;
import dev.custos.server.console.web.Assets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The frame of every console page: a skip link, a header with the navigation and who is signed in (with sign-out
 * forms), one {@code <main>} with the page's heading, and the stylesheet and script by Subresource Integrity.
 */
public final class Layout {
    /** The sections of the navigation: label and path. */
    static final List<String[]> SECTIONS = List.of(
            new String[] {"Requests", "/console/requests"},
            new String[] {"Alerts", "/console/alerts"},
            new String[] {"Wallets", "/console/wallets"},
            new String[] {"Policy", "/console/policy"},
            new String[] {"People", "/console/people"},
            new String[] {"Nodes", "/console/nodes"},
            new String[] {"Audit log", "/console/audit"},
            new String[] {"First steps", "/console/setup"});

    private final Assets assets;

    public Layout(Assets assets) {
        this.assets = requireNonNull(assets, "assets is null");
    }

    /** A whole page titled {@code title} with {@code content} inside {@code <main>}, after an {@code <h1>}. */
    public String page(String title, Optional<ConsoleSession> session, Consumer<Html> content) {
        Html html = Html.document();
        html.open("html", "lang", "en");
        html.open("head");
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.element("title", title + " · Custos");
        html.empty(
                "link",
                "rel",
                "stylesheet",
                "href",
                assets.path("console.css"),
                "integrity",
                assets.integrity("console.css"));
        html.script(assets.path("console.js"), assets.integrity("console.js"));
        html.close("head");
        html.open("body");
        html.element("a", "Skip to content", "href", "#main", "class", "skip-link");
        header(html, session);
        html.open("main", "id", "main");
        html.element("h1", title);
        content.accept(html);
        html.close("main");
        html.element(
                "footer",
                footer -> footer.text("Custos console. What you approve is decoded on the server from the payload"
                        + " bytes; check the digest with custos approve on a second device for large transfers."));
        html.close("body");
        html.close("html");
        return html.toString();
    }

    /** A page script of the console (by Subresource Integrity); written inside the page's content. */
    public void script(Html html, String name) {
        html.script(assets.path(name), assets.integrity(name));
    }

    private static void header(Html html, Optional<ConsoleSession> session) {
        html.open("header", "class", "top");
        html.element("a", "Custos", "href", "/console/requests", "class", "brand");
        if (session.isPresent()) {
            html.open("nav", "aria-label", "Sections");
            html.open("ul");
            for (String[] section : SECTIONS) {
                html.open("li").element("a", section[0], "href", section[1]).close("li");
            }
            html.close("ul");
            html.close("nav");
            ConsoleSession signedIn = session.get();
            html.open("div", "class", "who");
            html.element(
                    "span",
                    "Signed in as " + signedIn.caller().name() + " ("
                            + signedIn.caller().roles().stream()
                                    .map(Role::wireName)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ")");
            Forms.post(
                    html,
                    "/console/sign-out",
                    signedIn,
                    form -> form.element("button", "Sign out", "type", "submit", "class", "link-button"));
            Forms.post(
                    html,
                    "/console/sign-out-everywhere",
                    signedIn,
                    form -> form.element("button", "Sign out everywhere", "type", "submit", "class", "link-button"));
            html.close("div");
        }
        html.close("header");
    }
}
