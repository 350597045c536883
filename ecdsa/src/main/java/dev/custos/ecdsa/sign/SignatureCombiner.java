package dev.custos.ecdsa.sign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.signature.EcdsaVerifier;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines the signers' shares into {@code s = Σw_i / Σu_i}, normalises to low S (flipping the recovery id), and
 * verifies the result under the group public key before returning it (DKLs23's final check).
 */
public final class SignatureCombiner {
    private SignatureCombiner() {}

    public static EcdsaSignature combine(PresignatureInfo info, byte[] messageHash, List<SignatureShare> shares)
            throws EcdsaException {
        requireNonNull(info, "info is null");
        requireNonNull(shares, "shares is null");
        Map<Identifier, SignatureShare> bySigner = new TreeMap<>();
        for (SignatureShare share : shares) {
            requireNonNull(share, "share is null");
            if (!info.signers().contains(share.from())) {
                throw EcdsaException.blame(EcdsaErrorCode.UNEXPECTED_MESSAGE, share.from(), "is not a signer");
            }
            if (!share.session().equals(info.session())) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.UNEXPECTED_MESSAGE, share.from(), "sent a share of another session");
            }
            if (bySigner.put(share.from(), share) != null) {
                throw EcdsaException.blame(EcdsaErrorCode.UNEXPECTED_MESSAGE, share.from(), "sent two shares");
            }
        }
        if (bySigner.size() != info.signers().size()) {
            List<Identifier> missing = info.signers().stream()
                    .filter(party -> !bySigner.containsKey(party))
                    .toList();
            throw new EcdsaException(EcdsaErrorCode.MISSING_MESSAGE, "no share from " + missing, missing);
        }
        Scalar u = Secp256k1.FIELD.zero();
        Scalar w = Secp256k1.FIELD.zero();
        for (SignatureShare share : bySigner.values()) {
            u = u.add(share.nonceProduct());
            w = w.add(share.signatureProduct());
        }
        Scalar r = rOf(info.nonce());
        if (u.isZero() || r.isZero() || w.isZero()) {
            throw new EcdsaException(EcdsaErrorCode.INVALID_SIGNATURE, "degenerate signature values");
        }
        Scalar s = w.multiply(u.invertVariableTime());
        EcdsaSignature signature = new EcdsaSignature(r, s, recoveryId(info.nonce())).normalizeLowS();
        if (!EcdsaVerifier.verify(info.publicKey(), messageHash, signature.r(), signature.s())) {
            throw new EcdsaException(
                    EcdsaErrorCode.INVALID_SIGNATURE,
                    "combined signature does not verify: a signer sent a wrong share (cannot tell which)");
        }
        return signature;
    }

    /** {@code r = R.x mod q}. */
    static Scalar rOf(Element nonce) {
        return Secp256k1.FIELD.of(x(nonce));
    }

    private static int recoveryId(Element nonce) {
        int parity = nonce.encode()[0] == 0x03 ? 1 : 0;
        int overflow = x(nonce).compareTo(Secp256k1.FIELD.order()) >= 0 ? 2 : 0;
        return parity | overflow;
    }

    private static BigInteger x(Element nonce) {
        return new BigInteger(1, Arrays.copyOfRange(nonce.encode(), 1, 33));
    }
}
