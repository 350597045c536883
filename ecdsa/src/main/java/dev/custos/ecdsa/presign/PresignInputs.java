package dev.custos.ecdsa.presign;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.SignerSet;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One signer's inputs to a presigning run, fixed when it starts and carried from round state to round state: the
 * session and signers, the random source and executor, the public values of the signer set, and the secrets
 * {@code sk_i = λ_i·p(i)}, the nonce {@code r_i} and the mask {@code φ_i} (wiped by {@link #wipe}).
 */
final class PresignInputs {
    final KeyShare key;
    final SessionId session;
    final List<Identifier> signers;
    final List<Identifier> peers;
    final SecureRandom random;
    final Executor executor;
    final SignerSet signerSet;
    final Scalar weightedShare;
    final Element publicShare;
    final Scalar nonce;
    final Scalar mask;
    final Element nonceShare;
    /** Salt of this party's nonce commitment (opened in round 2). */
    final byte[] salt = new byte[PresignRound2Message.SALT_LENGTH];

    private boolean wiped;

    /** Draws the hedged nonce, the hedged mask and the commitment salt, in that order, from {@code random}. */
    PresignInputs(KeyShare key, SessionId session, List<Identifier> signers, SecureRandom random, Executor executor) {
        this.key = key;
        this.session = session;
        this.signers = signers;
        this.peers = signers.stream().filter(p -> !p.equals(key.self())).toList();
        this.random = random;
        this.executor = executor;
        this.signerSet = key.signerSet(signers);
        Scalar coefficient = signerSet.coefficient(key.self());
        this.weightedShare = coefficient.multiply(key.secretShare());
        coefficient.wipe();
        this.nonce = hedged("presign/nonce", key, session, random);
        this.mask = hedged("presign/mask", key, session, random);
        this.nonceShare = Secp256k1.GROUP.multiplyGenerator(nonce);
        // λ_i·Y_i = λ_i·p(i)·G = sk_i·G: the key share checks Y_i = p(i)·G when it is built
        this.publicShare = signerSet.weightedShare(key.self());
        random.nextBytes(salt);
    }

    Identifier self() {
        return key.self();
    }

    /**
     * A hedged secret (as RFC 9591 §4.1 does for FROST nonces): fresh randomness hashed with the key share and the
     * session, so that a weak or repeating random generator alone does not repeat the nonce.
     */
    private static Scalar hedged(String domain, KeyShare key, SessionId session, SecureRandom random) {
        byte[] fresh = new byte[32];
        while (true) {
            random.nextBytes(fresh);
            Scalar value = Hasher.sha512(domain)
                    .put(fresh)
                    .put(key.secretShare())
                    .put(session.bytes())
                    .put(key.self())
                    .digestScalar();
            if (!value.isZero()) {
                Arrays.fill(fresh, (byte) 0);
                return value;
            }
        }
    }

    synchronized void wipe() {
        nonce.wipe();
        mask.wipe();
        weightedShare.wipe();
        wiped = true;
    }

    synchronized boolean isWiped() {
        return wiped;
    }
}
