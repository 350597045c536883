package dev.custos.ecdsa.sign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.PresignatureStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the signing round and the combination for the signers of a presignature in one process (demos, tests,
 * benchmarks), as frost's {@code SigningCeremony}: each signer consumes its presignature from its own {@link
 * PresignatureStore} before its share is computed, and every share crosses its encoding.
 */
public final class SigningCeremony {
    private SigningCeremony() {}

    /**
     * Every signer of {@code info} signs {@code messageHash} with its stored presignature; the shares are combined and
     * verified. This approves the key presigned for ({@code info.publicKey()}); a real node passes the key its own
     * policy approved the hash for to {@link Signer#sign}.
     */
    public static EcdsaSignature sign(
            PresignatureInfo info, Map<Identifier, ? extends PresignatureStore> stores, byte[] messageHash)
            throws EcdsaException {
        requireNonNull(info, "info is null");
        requireNonNull(stores, "stores is null");
        requireNonNull(messageHash, "messageHash is null");
        List<SignatureShare> shares = new ArrayList<>();
        for (Identifier signer : info.signers()) {
            SignatureShare share = Signer.sign(stores.get(signer), info.session(), info.publicKey(), messageHash);
            try {
                shares.add(SignatureShare.decode(share.encode()));
            } catch (InvalidEncodingException e) {
                throw EcdsaException.blame(EcdsaErrorCode.MALFORMED_MESSAGE, signer, e.getMessage());
            }
        }
        return SignatureCombiner.combine(info, messageHash, shares);
    }
}
