package dev.custos.node.envelope;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeKeys;
import dev.custos.types.SecretBytes;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;

/**
 * Receives the envelopes of one session for this node, from the untrusted coordinator, and accepts only what the
 * sender really sent, for this node, in this session, in order, once. The checks run in this order, and the first that
 * fails rejects the envelope with an {@link EnvelopeException} naming the sender and, where the envelope proves it, the
 * culprit:
 *
 * <ol>
 *   <li>the bytes decode as an envelope ({@link EnvelopeError#MALFORMED});
 *   <li>the sender is a committee member ({@link EnvelopeError#UNKNOWN_SENDER});
 *   <li>the signature verifies under the member's Ed25519 key ({@link EnvelopeError#BAD_SIGNATURE}); from here on the
 *       sender is authenticated;
 *   <li>the sender is not this node ({@link EnvelopeError#REFLECTED});
 *   <li>the session is this inbox's ({@link EnvelopeError#WRONG_SESSION});
 *   <li>a direct envelope is addressed to this node ({@link EnvelopeError#MISADDRESSED});
 *   <li>nothing was accepted from the sender for this round and recipient kind: the same content again is {@link
 *       EnvelopeError#REPLAYED}, other content {@link EnvelopeError#EQUIVOCATION}; and the round is not below one the
 *       sender already reached ({@link EnvelopeError#OUT_OF_ORDER});
 *   <li>a direct payload decrypts with this node's X25519 key, the header as associated data ({@link
 *       EnvelopeError#UNDECRYPTABLE}).
 * </ol>
 *
 * A rejected envelope changes nothing; an accepted one is recorded for the ordering and replay checks. Thread-safe.
 */
public final class EnvelopeInbox {
    private final NodeKeys self;
    private final Committee committee;
    private final SessionId session;
    private final RoundLedger ledger = new RoundLedger();

    /**
     * The inbox of {@code self} for {@code session}; {@code self} must be a member of {@code committee} with the same
     * identity.
     *
     * @throws IllegalArgumentException if it is not
     */
    public EnvelopeInbox(NodeKeys self, Committee committee, SessionId session) {
        this.self = requireNonNull(self, "self is null");
        this.committee = requireNonNull(committee, "committee is null");
        this.session = requireNonNull(session, "session is null");
        requireMember(self.identity(), committee);
    }

    public SessionId session() {
        return session;
    }

    /**
     * Checks and opens one envelope as it arrived.
     *
     * @throws EnvelopeException if any check above fails
     */
    public synchronized Delivery receive(byte[] encoded) throws EnvelopeException {
        Envelope envelope;
        try {
            envelope = Envelope.decode(encoded);
        } catch (InvalidEncodingException e) {
            throw new EnvelopeException(EnvelopeError.MALFORMED, null, false, e.getMessage());
        }
        EnvelopeHeader header = envelope.header();
        String from = header.from();
        NodeIdentity sender = committee.member(from).orElse(null);
        if (sender == null) {
            throw new EnvelopeException(
                    EnvelopeError.UNKNOWN_SENDER,
                    from,
                    false,
                    "no member of committee version " + committee.version() + " is named '" + from + "'");
        }
        byte[] signed = Envelope.signedMessage(header, envelope.payload());
        if (!sender.signingKey().verify(signed, envelope.signature())) {
            throw new EnvelopeException(
                    EnvelopeError.BAD_SIGNATURE,
                    from,
                    false,
                    "the signature does not verify under the member's Ed25519 key");
        }
        String me = self.identity().name();
        if (from.equals(me)) {
            throw new EnvelopeException(EnvelopeError.REFLECTED, from, true, "this node's own envelope came back");
        }
        if (!header.session().equals(session)) {
            throw new EnvelopeException(
                    EnvelopeError.WRONG_SESSION,
                    from,
                    true,
                    "session " + header.session().toHex() + " is not the current session " + session.toHex()
                            + " (a replay from another session)");
        }
        if (header.to() instanceof Recipient.Direct direct && !direct.name().equals(me)) {
            throw new EnvelopeException(
                    EnvelopeError.MISADDRESSED,
                    from,
                    true,
                    "addressed to '" + direct.name() + "', not to this node '" + me + "'");
        }
        byte[] digest = RoundLedger.digest(signed);
        checkRound(header, digest);
        Delivery delivery = open(envelope);
        ledger.record(from, header.round(), header.to().kind(), digest);
        return delivery;
    }

    private void checkRound(EnvelopeHeader header, byte[] digest) throws EnvelopeException {
        String from = header.from();
        int round = header.round();
        String slot =
                "round " + round + " (" + (header.to() instanceof Recipient.Broadcast ? "broadcast" : "direct") + ")";
        switch (ledger.check(from, round, header.to().kind(), digest)) {
            case NEW -> {}
            case REPLAYED ->
                throw new EnvelopeException(
                        EnvelopeError.REPLAYED, from, true, slot + " from '" + from + "' was accepted before");
            case EQUIVOCATION ->
                throw new EnvelopeException(
                        EnvelopeError.EQUIVOCATION,
                        from,
                        true,
                        "'" + from + "' sent a different envelope for " + slot + " before");
            case OUT_OF_ORDER ->
                throw new EnvelopeException(
                        EnvelopeError.OUT_OF_ORDER,
                        from,
                        true,
                        "round " + round + " is below round " + ledger.highestRound(from) + " already received from '"
                                + from + "'");
        }
    }

    private Delivery open(Envelope envelope) throws EnvelopeException {
        EnvelopeHeader header = envelope.header();
        if (header.to() instanceof Recipient.Broadcast) {
            return new Delivery.Broadcast(header.from(), header.round(), envelope.payload());
        }
        SecretBytes privateKey = self.encryptionPrivateKey();
        byte[] plaintext = null;
        try {
            plaintext = Hpke.open(privateKey, EnvelopeSealer.HPKE_INFO, header.encode(), envelope.payload());
            return new Delivery.Direct(header.from(), header.round(), SecretBytes.copyOf(plaintext));
        } catch (InvalidCipherTextException e) {
            throw new EnvelopeException(
                    EnvelopeError.UNDECRYPTABLE,
                    header.from(),
                    true,
                    "the payload does not decrypt with this node's X25519 key: " + e.getMessage());
        } finally {
            privateKey.destroy();
            if (plaintext != null) {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
    }

    /** Requires that {@code identity} is a member of {@code committee} with these very keys. */
    static void requireMember(NodeIdentity identity, Committee committee) {
        NodeIdentity listed = committee
                .member(identity.name())
                .orElseThrow(() -> new IllegalArgumentException(
                        "node '" + identity.name() + "' is not a member of committee version " + committee.version()));
        if (!listed.equals(identity)) {
            throw new IllegalArgumentException("committee version " + committee.version() + " lists other keys for '"
                    + identity.name() + "' (fingerprint " + listed.fingerprint() + ", this node has "
                    + identity.fingerprint() + ")");
        }
    }
}
