package dev.custos.node.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

/** Asserts that an inbox rejects an envelope with the expected error, sender and culprit. */
final class Rejections {
    private Rejections() {}

    interface Receive {
        void run() throws EnvelopeException;
    }

    static EnvelopeException assertRejected(
            Receive receive, EnvelopeError error, String sender, boolean authenticated) {
        try {
            receive.run();
        } catch (EnvelopeException e) {
            assertThat(e.error()).as(e.getMessage()).isEqualTo(error);
            assertThat(e.sender()).isEqualTo(Optional.ofNullable(sender));
            assertThat(e.senderAuthenticated()).isEqualTo(authenticated);
            if (error.fault() == Fault.TRANSPORT) {
                assertThat(e.culprit()).isEmpty();
            }
            return e;
        }
        throw new AssertionError("expected " + error + ", but the envelope was accepted");
    }
}
