package dev.custos.ecdsa.dkg;

import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import dev.custos.ecdsa.internal.Hasher;

/** The hash contexts of the DKG, each bound to the session and the parties involved. */
final class DkgContexts {
    private DkgContexts() {}

    /** Context of a dealer's proof of knowledge of its constant term. */
    static byte[] proof(SessionId session, Identifier dealer, int threshold) {
        return Hasher.sha256("dkg/constant-term-proof")
                .put(session.bytes())
                .put(dealer)
                .putInt(threshold)
                .digest();
    }

    /** The round-1 commitment to a dealer's Feldman commitment and proof. */
    static byte[] commitment(SessionId session, Identifier dealer, FeldmanCommitment feldman, DiscreteLogProof proof) {
        Hasher hasher = Hasher.sha256("dkg/commitment").put(session.bytes()).put(dealer);
        hasher.putInt(feldman.threshold());
        feldman.coefficients().forEach(hasher::put);
        return hasher.put(proof.commitment()).put(proof.response()).digest();
    }

    /**
     * The BIP32 chain code of the new key: a hash of the session and the summed Feldman commitment, which no party can
     * bias because every contribution was committed before any was opened.
     */
    static byte[] chainCode(SessionId session, FeldmanCommitment sum) {
        Hasher hasher = Hasher.sha256("dkg/chain-code").put(session.bytes()).putInt(sum.threshold());
        sum.coefficients().forEach(hasher::put);
        return hasher.digest();
    }
}
