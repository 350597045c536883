package dev.custos.server.ethereum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Test only: the console's request view of one request, as a person signed in with {@code token} sees it. */
final class RequestView {
    private RequestView() {}

    static String html(int port, String token, String requestId) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> signIn = client.send(
                HttpRequest.newBuilder(URI.create(base + "/console/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = signIn.headers().allValues("Set-Cookie").stream()
                .map(header -> header.substring(0, header.indexOf(';')))
                .filter(pair -> !pair.endsWith("="))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no session cookie: " + signIn.statusCode()));
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/console/requests/" + requestId))
                        .header("Cookie", cookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }
}
