package dev.custos.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.server.access.ApiTokens;
import dev.custos.server.api.ApiServer;
import dev.custos.server.api.ApiSettings;
import dev.custos.server.api.CallObserver;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over TLS from PEM files: served, refused over plain HTTP or old TLS, and bad credentials named. */
class TlsApiTest {
    @TempDir
    Path folder;

    @Test
    void servesTheApiOverTlsWithHsts() throws Exception {
        TestCertificates certificates = TestCertificates.make(folder, "ec", "EC");
        try (Database database = Database.open(DatabaseSettings.sqlite(folder.resolve("api.db")));
                ApiServer server = start(database, certificates)) {
            HttpResponse<String> answer = client(certificates, "TLSv1.3")
                    .send(get("https://127.0.0.1:" + server.port() + "/v1/ping"), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("pong");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

            HttpResponse<String> tls12 = client(certificates, "TLSv1.2")
                    .send(get("https://127.0.0.1:" + server.port() + "/v1/ping"), HttpResponse.BodyHandlers.ofString());
            assertThat(tls12.statusCode()).isEqualTo(200);

            assertThat(plainAnswer(server.port())).doesNotContain("pong");
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() throws Exception {
        TestCertificates served = TestCertificates.make(folder, "served", "EC");
        TestCertificates other = TestCertificates.make(folder, "other", "EC");
        try (Database database = Database.open(DatabaseSettings.sqlite(folder.resolve("api.db")));
                ApiServer server = start(database, served)) {
            assertThatThrownBy(() -> client(other, "TLSv1.3")
                            .send(
                                    get("https://127.0.0.1:" + server.port() + "/v1/ping"),
                                    HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void readsRsaKeysToo() throws Exception {
        TestCertificates certificates = TestCertificates.make(folder, "rsa", "RSA");
        assertThat(PemCredentials.serverContext(new TlsSettings(certificates.chain, certificates.key))
                        .getProtocol())
                .isEqualTo("TLS");
    }

    @Test
    void namesWhatIsWrongWithTheCredentials() throws Exception {
        TestCertificates mine = TestCertificates.make(folder, "mine", "EC");
        TestCertificates theirs = TestCertificates.make(folder, "theirs", "EC");
        assertThatThrownBy(() -> PemCredentials.serverContext(new TlsSettings(mine.chain, theirs.key)))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageContaining("is not the key of the first certificate")
                .hasMessageContaining("CN=localhost");

        Path legacy = folder.resolve("legacy.pem");
        Files.writeString(legacy, TestCertificates.pem("EC PRIVATE KEY", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> PemCredentials.serverContext(new TlsSettings(mine.chain, legacy)))
                .hasMessageContaining("legacy form")
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");

        Path encrypted = folder.resolve("encrypted.pem");
        Files.writeString(encrypted, TestCertificates.pem("ENCRYPTED PRIVATE KEY", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> PemCredentials.serverContext(new TlsSettings(mine.chain, encrypted)))
                .hasMessageContaining("the key is encrypted");

        Path notAChain = folder.resolve("empty.pem");
        Files.writeString(notAChain, "hello\n", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PemCredentials.serverContext(new TlsSettings(notAChain, mine.key)))
                .hasMessageContaining("no PEM certificate");

        Path garbage = folder.resolve("garbage.pem");
        Files.writeString(garbage, TestCertificates.pem("PRIVATE KEY", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> PemCredentials.serverContext(new TlsSettings(mine.chain, garbage)))
                .hasMessageContaining("not an RSA, EC or Ed25519 PKCS#8 private key");

        assertThatThrownBy(() -> PemCredentials.serverContext(new TlsSettings(folder.resolve("missing.pem"), mine.key)))
                .hasMessageContaining("missing.pem: cannot read");
    }

    private static ApiServer start(Database database, TestCertificates certificates) {
        ApiTokens tokens = new ApiTokens(database, Clock.systemUTC(), new SecureRandom());
        Route ping = Route.publicGet("/v1/ping", call -> Reply.json(200, Map.of("answer", "pong")));
        SSLContext context = PemCredentials.serverContext(new TlsSettings(certificates.chain, certificates.key));
        return ApiServer.start(
                "127.0.0.1",
                0,
                ApiSettings.defaults(),
                database,
                tokens,
                List.of(ping),
                Clock.systemUTC(),
                config -> {},
                Optional.of(context),
                CallObserver.NONE);
    }

    /** What a plain HTTP request to the TLS port gets: an error answer or a closed connection, never the route. */
    private static String plainAnswer(int port) throws InterruptedException {
        try {
            HttpResponse<String> plain = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(get("http://127.0.0.1:" + port + "/v1/ping"), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).isGreaterThanOrEqualTo(400);
            return plain.body();
        } catch (IOException e) {
            return "connection refused the plain request: " + e;
        }
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }

    private static HttpClient client(TestCertificates certificates, String protocol) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(certificates.trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), new SecureRandom());
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(new String[] {protocol});
        return HttpClient.newBuilder()
                .sslContext(context)
                .sslParameters(parameters)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }
}
