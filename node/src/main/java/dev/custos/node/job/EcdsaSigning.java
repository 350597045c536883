package dev.custos.node.job;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.sign.SignatureShare;
import dev.custos.ecdsa.sign.Signer;
import dev.custos.ecdsa.store.PresignatureStore;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.protocol.Parties;
import dev.custos.node.job.protocol.ProtocolFailure;

/**
 * A node's part of an ECDSA signing: one share over the hash its authorizer derived, with the presignature the job
 * names, which the store marks used (durably) before the share is computed. The presignature must belong to this
 * wallet's key; any other is refused and left unused.
 */
final class EcdsaSigning {
    private EcdsaSigning() {}

    static Outcome sign(
            KeyShare key,
            PresignatureStore store,
            dev.custos.node.envelope.SessionId presignature,
            byte[] hash,
            Parties parties)
            throws ProtocolFailure {
        try {
            SignatureShare share = Signer.sign(store, SessionId.of(presignature.bytes()), key.publicKey(), hash);
            return new Outcome.SignatureShare(share.encode());
        } catch (EcdsaException e) {
            throw parties.failure(e);
        } catch (IllegalArgumentException e) {
            throw new ProtocolFailure(
                    dev.custos.node.job.message.FailureKind.REFUSED,
                    java.util.Optional.empty(),
                    "the authorized message is not a 32-byte hash: " + e.getMessage());
        }
    }
}
