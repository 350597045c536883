package dev.custos.node.job.protocol;

import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.FailureKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The last round of a refresh or resharing: every new holder broadcasts a digest of the run and of the public result it
 * derived (the new public key package, or the key with every new verification share), after its new share is stored
 * pending. A node switches (or, leaving, deletes its share) only once every new holder confirmed the digest it derived
 * itself, or, if it derived none, the same digest as every other new holder. A digest that differs means a dealer
 * equivocated or a node failed; nobody can be named, nothing switches, and the old shares keep working.
 */
final class ReshareConfirmation {
    static final int LENGTH = 32;
    private static final byte[] DOMAIN = "custos node reshare confirmation v1\0".getBytes(StandardCharsets.US_ASCII);

    private ReshareConfirmation() {}

    /** The digest of run {@code session} with public result {@code result}. */
    static byte[] digest(SessionId session, byte[] result) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(DOMAIN);
            sha256.update(session.bytes());
            sha256.update(result);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /**
     * Checks the new holders' confirmations: against {@code own} if this node derived one, else against each other.
     *
     * @throws ProtocolFailure blaming a node whose confirmation is not a digest; without a culprit if they differ
     */
    static void check(Map<String, Received> confirmations, Optional<byte[]> own) throws ProtocolFailure {
        Optional<byte[]> expected = own;
        Optional<String> first = Optional.empty();
        for (Received confirmation : confirmations.values()) {
            byte[] digest = confirmation.requireBroadcast();
            if (digest.length != LENGTH) {
                throw ProtocolFailure.blame(
                        confirmation.from(), "its confirmation is " + digest.length + " bytes, not " + LENGTH);
            }
            if (expected.isEmpty()) {
                expected = Optional.of(digest);
                first = Optional.of(confirmation.from());
                continue;
            }
            if (!MessageDigest.isEqual(expected.get(), digest)) {
                throw new ProtocolFailure(
                        FailureKind.PROTOCOL,
                        Optional.empty(),
                        "node '" + confirmation.from() + "' confirmed "
                                + HexFormat.of().formatHex(digest) + ", but "
                                + first.map(name -> "node '" + name + "'").orElse("this node") + " derived "
                                + HexFormat.of().formatHex(expected.get())
                                + ": a dealer equivocated or a node failed; nothing switched, the old shares stay");
            }
        }
    }
}
