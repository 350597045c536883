package dev.custos.server.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A minimal browser for console tests: keeps the session cookie, sends Origin on POST, follows no redirects. */
final class ConsoleClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    String cookie;

    ConsoleClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return remember(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts a form; {@code origin} null sends none. Fields come as name, value pairs. */
    HttpResponse<String> post(String path, String origin, String... fields) throws IOException, InterruptedException {
        String body = Stream.iterate(0, i -> i < fields.length, i -> i + 2)
                .map(i -> URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return remember(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts JSON as a console script does: with Origin, the cookie and {@code headers} (name, value pairs). */
    HttpResponse<String> postJson(String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return remember(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> signIn(String token) throws IOException, InterruptedException {
        return post("/console/sign-in", base, "token", token);
    }

    /** The CSRF token in a page's forms. */
    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.substring(0, header.indexOf(';'));
            cookie = pair.endsWith("=") ? null : pair;
        });
        return response;
    }
}
