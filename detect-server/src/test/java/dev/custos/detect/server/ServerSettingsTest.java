package dev.custos.detect.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.detect.server.security.SharedSecret;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {
    @Test
    void noToken_onLoopbackWithInsecureFlag_isAllowed() {
        ServerSettings settings = ServerSettings.insecure(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

        assertThat(settings.token()).isEmpty();
    }

    @Test
    void noToken_withoutInsecureFlag_isRefused() {
        ServerSettings secured = ServerSettings.secured(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SharedSecret.of("0123456789abcdef"));

        assertThatThrownBy(() -> new ServerSettings(
                        secured.listen(),
                        Optional.empty(),
                        false,
                        Optional.empty(),
                        secured.checkpointInterval(),
                        secured.maxBodyBytes(),
                        secured.requestTimeout(),
                        secured.queueCapacity(),
                        secured.sinkQueueCapacity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a bearer token");
    }

    @Test
    void noToken_onAllInterfaces_isRefused() {
        assertThatThrownBy(() -> ServerSettings.insecure(new InetSocketAddress("0.0.0.0", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a loopback address");
    }
}
