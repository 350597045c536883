package dev.custos.server.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.ClientOrigin;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The signing request event detection sees carries where the submission came from, as the server saw it. */
class RequestEventTest {
    @Test
    void theSubmittersAddressAndClientReachDetection() {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("raw_tx", "0x02");
        RequestDocument.submittedFrom(document, new ClientOrigin("198.51.100.7", Optional.of("payouts/2.3")));
        ObjectNode event = RequestEvent.of(new StoredRequest(
                "req-1", "hot-eth-1", "ethereum", "pending_approval", "payouts", Instant.EPOCH, document, 0));
        assertThat(event.get("source.ip").asText()).isEqualTo("198.51.100.7");
        assertThat(event.get("user_agent.original").asText()).isEqualTo("payouts/2.3");

        ObjectNode console = JsonNodeFactory.instance.objectNode();
        console.put("raw_tx", "0x02");
        ObjectNode unknown = RequestEvent.of(new StoredRequest(
                "req-2", "hot-eth-1", "ethereum", "pending_approval", "alice", Instant.EPOCH, console, 0));
        assertThat(unknown.has("source.ip")).isFalse();
    }

    @Test
    void aLongUserAgentIsCut() {
        assertThat(new ClientOrigin("::1", Optional.of("x".repeat(1000)))
                        .userAgent()
                        .orElseThrow())
                .hasSize(ClientOrigin.MAX_USER_AGENT);
        assertThat(new ClientOrigin("::1", Optional.of(" ")).userAgent()).isEmpty();
    }
}
