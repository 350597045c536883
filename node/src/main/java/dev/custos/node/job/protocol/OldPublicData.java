package dev.custos.node.job.protocol;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.FrostException;
import dev.custos.node.job.message.FailureKind;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The old key's public data (FROST: the public key package; ECDSA: the key, chain code, threshold and verification
 * shares) as the dealers of a refresh or resharing broadcast it: every dealer must send the same bytes, and a dealer
 * must send the bytes this node holds if it holds the key. That is how a new member, which holds nothing yet, learns
 * the old verification shares the dealings are checked against; the group key in them must be the one it expects.
 */
final class OldPublicData {
    private OldPublicData() {}

    /** Parses the agreed bytes; empty if they do not describe the expected key. */
    interface Parser<T> {
        Optional<T> parse(byte[] bytes) throws FrostException, InvalidEncodingException;
    }

    /**
     * The old public data every dealer sent, parsed.
     *
     * @param byDealer what each dealer sent (this node's own under its name if it deals)
     * @param own what this node holds, if it holds the key
     * @throws ProtocolFailure blaming a dealer whose data differs from this node's, or that all dealers agree on but
     *     that does not describe the expected key; without a culprit if dealers who cannot be checked disagree
     */
    static <T> T agreed(Map<String, byte[]> byDealer, Optional<byte[]> own, Parser<T> parser) throws ProtocolFailure {
        Map.Entry<String, byte[]> first = byDealer.entrySet().iterator().next();
        byte[] reference = own.orElse(first.getValue());
        for (Map.Entry<String, byte[]> each : byDealer.entrySet()) {
            if (!Arrays.equals(reference, each.getValue())) {
                if (own.isPresent()) {
                    throw ProtocolFailure.blame(
                            each.getKey(), "it dealt from other old public data than this node holds");
                }
                throw new ProtocolFailure(
                        FailureKind.PROTOCOL,
                        Optional.empty(),
                        "dealers '" + first.getKey() + "' and '" + each.getKey() + "' sent different old public data");
            }
        }
        Optional<T> parsed;
        try {
            parsed = parser.parse(reference);
        } catch (FrostException | InvalidEncodingException | IllegalArgumentException e) {
            throw ProtocolFailure.blame(first.getKey(), "its old public data does not decode: " + e.getMessage());
        }
        return parsed.orElseThrow(() -> ProtocolFailure.blame(
                first.getKey(), "its old public data is not of the wallet's group key and holders"));
    }
}
