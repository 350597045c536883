package dev.custos.detect.server.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.detect.server.security.SharedSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET_TEXT = "whsec-0123456789abcdef";
    private static final SharedSecret SECRET = SharedSecret.of(SECRET_TEXT);
    private static final byte[] BODY = "{\"type\":\"alert\",\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
    private static final long T = 1_740_112_200L;
    private static final Instant NOW = Instant.ofEpochSecond(T + 30);

    @Test
    void sign_isHmacSha256OfTimestampDotBody() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET_TEXT.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((T + ".").getBytes(StandardCharsets.US_ASCII));
        String expected = HexFormat.of().formatHex(mac.doFinal(BODY));

        assertThat(WebhookSignature.sign(SECRET, T, BODY)).isEqualTo("t=" + T + ",v1=" + expected);
    }

    @Test
    void verify_ownSignature_passes() {
        String header = WebhookSignature.sign(SECRET, T, BODY);

        assertThatCode(() -> WebhookSignature.verify(SECRET, header, BODY, NOW)).doesNotThrowAnyException();
    }

    @Test
    void verify_modifiedBody_throws() {
        String header = WebhookSignature.sign(SECRET, T, BODY);
        byte[] modified = BODY.clone();
        modified[modified.length - 3] ^= 1;

        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, header, modified, NOW))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void verify_otherSecret_throws() {
        String header = WebhookSignature.sign(SharedSecret.of("another-secret-0123456789"), T, BODY);

        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, header, BODY, NOW))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void verify_staleTimestamp_throws() {
        String header = WebhookSignature.sign(SECRET, T, BODY);

        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, header, BODY, Instant.ofEpochSecond(T + 301)))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("tolerance");
    }

    @Test
    void verify_futureTimestamp_throws() {
        String header = WebhookSignature.sign(SECRET, T + 600, BODY);

        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, header, BODY, NOW))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void verify_timestampSwappedIntoAValidSignature_throws() {
        String header = WebhookSignature.sign(SECRET, T, BODY).replace("t=" + T, "t=" + (T + 1));

        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, header, BODY, NOW))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void verify_rotatedSecrets_anyV1MayMatch() {
        String old = WebhookSignature.sign(SharedSecret.of("old-secret-0123456789"), T, BODY);
        String current = WebhookSignature.sign(SECRET, T, BODY);
        String header = old + "," + current.substring(current.indexOf("v1="));

        assertThatCode(() -> WebhookSignature.verify(SECRET, header, BODY, NOW)).doesNotThrowAnyException();
    }

    @Test
    void verify_malformedHeaders_throw() {
        for (String header : new String[] {"", "t=abc,v1=00", "v1=" + "0".repeat(64), "t=" + T, "garbage"}) {
            assertThatThrownBy(() -> WebhookSignature.verify(SECRET, header, BODY, NOW))
                    .as(header)
                    .isInstanceOf(InvalidSignatureException.class);
        }
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, null, BODY, NOW))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("missing");
    }
}
