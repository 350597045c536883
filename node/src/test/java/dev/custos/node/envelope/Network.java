package dev.custos.node.envelope;

import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.identity.SigningKey;
import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

/** Three committee members a, b and c, one session, and their sealers and inboxes: the fixture of envelope tests. */
final class Network {
    static final SecureRandom RANDOM = new SecureRandom();

    final NodeKeys a = NodeKeys.generate("a", RANDOM);
    final NodeKeys b = NodeKeys.generate("b", RANDOM);
    final NodeKeys c = NodeKeys.generate("c", RANDOM);
    final Committee committee = new Committee(
            1,
            new AdminQuorum(1, List.of(SigningKey.generate(RANDOM).publicKey())),
            List.of(a.identity(), b.identity(), c.identity()));
    final SessionId session = SessionId.random(RANDOM);

    EnvelopeSealer sealer(NodeKeys node) {
        return new EnvelopeSealer(node, committee, RANDOM);
    }

    EnvelopeInbox inbox(NodeKeys node) {
        return new EnvelopeInbox(node, committee, session);
    }

    /** An envelope with this header and payload, signed by {@code signer} (who may not be the header's sender). */
    static Envelope signedBy(NodeKeys signer, EnvelopeHeader header, byte[] payload) {
        return new Envelope(header, payload, signer.sign(Envelope.signedMessage(header, payload)));
    }

    static SecretBytes secret(String text) {
        return SecretBytes.copyOf(text.getBytes(StandardCharsets.UTF_8));
    }

    static String text(SecretBytes secret) {
        return new String(secret.copy(), StandardCharsets.UTF_8);
    }
}
