package dev.custos.ecdsa.presign;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.CheckFailedException;
import dev.custos.ecdsa.keys.SignerSet;
import dev.custos.ecdsa.multiply.VoleReceiver;
import java.security.MessageDigest;

/**
 * The checks of one peer's round-2 message at the end of presigning, in order: the nonce share against its commitment,
 * the multiplication (this party as Bob), the public key share against the peer's weighted verification share
 * {@code λ_j·Y_j} (computed once per signer set, {@link SignerSet}), and the multiplication outputs against the nonce
 * and public key shares (with Bob's secret input χ only in constant-time products, see {@link #productMatches}). Each
 * failure names the peer.
 */
final class PeerCheck {
    private PeerCheck() {}

    /** Returns this party's multiplication shares {@code (d_u, d_v)} with the peer after all checks passed. */
    static Scalar[] check(
            SignerSet signerSet,
            Identifier peer,
            PresignRound1Message first,
            PresignRound2Message message,
            VoleReceiver bob)
            throws EcdsaException {
        byte[] expected =
                PresignContexts.nonceCommitment(message.session(), peer, message.nonceShare(), message.salt());
        if (!MessageDigest.isEqual(expected, first.commitment())) {
            throw EcdsaException.blame(
                    EcdsaErrorCode.INVALID_COMMITMENT, peer, "nonce share does not match its commitment");
        }
        Scalar[] bobShares;
        try {
            bobShares = bob.finish(message.multiplication());
        } catch (CheckFailedException e) {
            throw EcdsaException.blame(EcdsaErrorCode.MULTIPLICATION_CHECK_FAILED, peer, e.getMessage());
        }
        if (!message.publicShare().equals(signerSet.weightedShare(peer))) {
            throw EcdsaException.blame(
                    EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES,
                    peer,
                    "public key share does not match its verification share");
        }
        Scalar chi = bob.input();
        boolean nonceConsistent = productMatches(message.nonceShare(), chi, message.nonceCheck(), bobShares[0]);
        boolean keyConsistent = productMatches(message.publicShare(), chi, message.keyCheck(), bobShares[1]);
        if (!nonceConsistent || !keyConsistent) {
            throw EcdsaException.blame(
                    EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES,
                    peer,
                    "multiplication output is inconsistent with its nonce or public key share");
        }
        return bobShares;
    }

    /**
     * Whether {@code χ·point − check = share·G}, checked as {@code D(χ·point) = D(check + share·G)} with D the SHA-256
     * of the compressed encoding: {@code χ} is secret, so {@code χ·point} is computed only in constant time and only as
     * its digest ({@link Element#secretProductDigest}, libsecp256k1's ECDH). An identity on either side fails the check.
     */
    static boolean productMatches(Element point, Scalar chi, Element check, Scalar share) {
        Element expected = check.add(Secp256k1.GROUP.multiplyGenerator(share));
        if (point.isIdentity() || expected.isIdentity()) {
            return false;
        }
        return MessageDigest.isEqual(point.secretProductDigest(chi), expected.encodingDigest());
    }
}
