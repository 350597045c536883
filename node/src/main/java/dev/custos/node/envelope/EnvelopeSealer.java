package dev.custos.node.envelope;

import static java.util.Objects.requireNonNull;

import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeKeys;
import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Builds this node's outgoing envelopes: a broadcast is signed; a direct envelope's payload is first encrypted to the
 * recipient's X25519 key with HPKE (the header's encoding as associated data, ASCII "custos node envelope v1" as info),
 * then signed. The signature covers the header and the payload as sent.
 */
public final class EnvelopeSealer {
    /** The HPKE info of every direct envelope. */
    static final byte[] HPKE_INFO = "custos node envelope v1".getBytes(StandardCharsets.US_ASCII);

    private final NodeKeys self;
    private final Committee committee;
    private final SecureRandom random;

    /**
     * A sealer for {@code self}, which must be a member of {@code committee} with the same identity.
     *
     * @throws IllegalArgumentException if it is not
     */
    public EnvelopeSealer(NodeKeys self, Committee committee, SecureRandom random) {
        this.self = requireNonNull(self, "self is null");
        this.committee = requireNonNull(committee, "committee is null");
        this.random = requireNonNull(random, "random is null");
        EnvelopeInbox.requireMember(self.identity(), committee);
    }

    /** A signed broadcast of {@code payload} (public) to every member, for {@code round} of {@code session}. */
    public Envelope broadcast(SessionId session, int round, byte[] payload) {
        requireNonNull(payload, "payload is null");
        EnvelopeHeader header = new EnvelopeHeader(session, self.identity().name(), new Recipient.Broadcast(), round);
        return signed(header, payload.clone());
    }

    /**
     * A signed envelope of {@code payload} (secret; the caller still destroys its own) encrypted to the member {@code
     * to}, for {@code round} of {@code session}.
     *
     * @throws IllegalArgumentException if {@code to} is not a member, or is this node
     */
    public Envelope direct(SessionId session, int round, String to, SecretBytes payload) {
        requireNonNull(payload, "payload is null");
        NodeIdentity recipient = committee
                .member(requireNonNull(to, "to is null"))
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + to + "' is not a member of committee version " + committee.version()));
        if (recipient.equals(self.identity())) {
            throw new IllegalArgumentException("a node does not send direct envelopes to itself");
        }
        EnvelopeHeader header = new EnvelopeHeader(session, self.identity().name(), new Recipient.Direct(to), round);
        byte[] plaintext = payload.copy();
        try {
            byte[] sealed = Hpke.seal(recipient.encryptionKey(), HPKE_INFO, header.encode(), plaintext, random);
            return signed(header, sealed);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private Envelope signed(EnvelopeHeader header, byte[] payload) {
        if (payload.length > Envelope.MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("the payload is above " + Envelope.MAX_PAYLOAD_LENGTH + " bytes");
        }
        return new Envelope(header, payload, self.sign(Envelope.signedMessage(header, payload)));
    }
}
