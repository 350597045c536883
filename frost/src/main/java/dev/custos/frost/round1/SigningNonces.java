package dev.custos.frost.round1;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.internal.Checks;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageType;
import dev.custos.frost.serialization.MessageWriter;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A signer's secret round-one state: the hiding and binding nonces {@code (d, e)} and their public commitments. Single
 * use: {@link #consume()} hands the nonces out once and marks this object used; a second call throws. Redacted in
 * {@link #toString()}; no value equality.
 */
public final class SigningNonces implements Destroyable {
    private final SigningCommitments commitments;
    private Scalar hiding;
    private Scalar binding;
    private boolean used;

    /** Takes ownership of both scalars and computes their commitments. */
    SigningNonces(Ciphersuite suite, Identifier identifier, Scalar hiding, Scalar binding) {
        requireNonNull(suite, "suite is null");
        this.hiding = Checks.requireScalar(suite, hiding, "hiding");
        this.binding = Checks.requireScalar(suite, binding, "binding");
        if (hiding.isZero() || binding.isZero()) {
            throw new IllegalArgumentException("nonces must not be zero");
        }
        this.commitments = new SigningCommitments(
                suite,
                identifier,
                suite.group().multiplyGenerator(hiding),
                suite.group().multiplyGenerator(binding));
    }

    public Ciphersuite suite() {
        return commitments.suite();
    }

    /** The public commitments to send to the coordinator. */
    public SigningCommitments commitments() {
        return commitments;
    }

    /** Whether {@link #consume()} was called (or the nonces were destroyed). */
    public synchronized boolean isUsed() {
        return used;
    }

    /**
     * Hands out the nonces exactly once. The returned object should be closed (try-with-resources) to wipe them.
     *
     * @throws FrostException {@link FrostErrorCode#NONCE_REUSED} if the nonces were already consumed or destroyed
     */
    public synchronized ConsumedNonces consume() throws FrostException {
        if (used) {
            throw FrostException.blame(
                    FrostErrorCode.NONCE_REUSED,
                    commitments.identifier(),
                    "signing nonces were already used; nonce reuse would leak the signing share");
        }
        used = true;
        ConsumedNonces consumed = new ConsumedNonces(hiding, binding);
        hiding = null;
        binding = null;
        return consumed;
    }

    /** Marks the nonces used and wipes them. */
    @Override
    public synchronized void destroy() {
        used = true;
        if (hiding != null) {
            hiding.wipe();
            binding.wipe();
            hiding = null;
            binding = null;
        }
    }

    @Override
    public synchronized boolean isDestroyed() {
        return used;
    }

    /**
     * The encoding of unused nonces for storage between rounds (see {@link #serialize()}); secret, so the caller must
     * wipe and protect it.
     */
    synchronized byte[][] exportScalars() throws FrostException {
        if (used) {
            throw FrostException.blame(
                    FrostErrorCode.NONCE_REUSED, commitments.identifier(), "used nonces cannot be exported");
        }
        return new byte[][] {hiding.toBytes(), binding.toBytes()};
    }

    @Override
    public String toString() {
        return "SigningNonces[" + suite().name() + ", " + commitments.identifier() + ", <redacted>]";
    }

    /**
     * The versioned storage encoding of <em>unused</em> nonces (header, identifier, {@code d}, {@code e}, {@code D},
     * {@code E}), for a signer that must keep them between rounds. <b>Secret</b>: encrypt it at rest, wipe the array,
     * and pair it with a {@link NonceStore} so a restored copy cannot be used twice.
     *
     * @throws FrostException {@link FrostErrorCode#NONCE_REUSED} if the nonces were already consumed
     */
    public byte[] serialize() throws FrostException {
        byte[][] scalars = exportScalars();
        try {
            return MessageWriter.start(MessageType.SIGNING_NONCES, suite())
                    .identifier(commitments.identifier())
                    .fixed(scalars[0])
                    .fixed(scalars[1])
                    .element(commitments.hiding())
                    .element(commitments.binding())
                    .toByteArray();
        } finally {
            Arrays.fill(scalars[0], (byte) 0);
            Arrays.fill(scalars[1], (byte) 0);
        }
    }

    /** Strictly decodes {@link #serialize()} output; the nonces must match the stored commitments. */
    public static SigningNonces deserialize(byte[] message) throws FrostException {
        MessageReader reader = MessageReader.open(message, MessageType.SIGNING_NONCES);
        Identifier identifier = reader.identifier("identifier");
        Scalar hiding = reader.scalar("hiding");
        Scalar binding = reader.scalar("binding");
        Element hidingCommitment = reader.element("hidingCommitment");
        Element bindingCommitment = reader.element("bindingCommitment");
        reader.finish();
        if (hiding.isZero() || binding.isZero()) {
            throw reader.error("nonces must not be zero");
        }
        SigningNonces nonces = new SigningNonces(reader.suite(), identifier, hiding, binding);
        if (!nonces.commitments().hiding().equals(hidingCommitment)
                || !nonces.commitments().binding().equals(bindingCommitment)) {
            nonces.destroy();
            throw reader.error("nonces do not match their commitments");
        }
        return nonces;
    }
}
