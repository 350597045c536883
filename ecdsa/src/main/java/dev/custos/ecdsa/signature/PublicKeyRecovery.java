package dev.custos.ecdsa.signature;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Recovers the public key from a signature and its recovery id (SEC 1 §4.1.6), as Ethereum's ecrecover does. */
public final class PublicKeyRecovery {
    private static final BigInteger FIELD_PRIME =
            new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F", 16);

    private PublicKeyRecovery() {}

    /** {@code Q = r^-1·(s·R − z·G)}, or empty if the recovery id names no point. */
    public static Optional<Element> recover(byte[] messageHash, EcdsaSignature signature) {
        requireNonNull(signature, "signature is null");
        BigInteger x = signature.r().toBigInteger();
        if ((signature.recoveryId() & 2) != 0) {
            x = x.add(Secp256k1.FIELD.order());
        }
        if (x.compareTo(FIELD_PRIME) >= 0) {
            return Optional.empty();
        }
        byte[] compressed = new byte[33];
        compressed[0] = (byte) ((signature.recoveryId() & 1) == 0 ? 0x02 : 0x03);
        byte[] xBytes = x.toByteArray();
        int length = Math.min(xBytes.length, 32);
        System.arraycopy(xBytes, xBytes.length - length, compressed, 33 - length, length);
        Element nonce;
        try {
            nonce = Secp256k1.GROUP.decode(compressed);
        } catch (InvalidEncodingException e) {
            return Optional.empty();
        }
        Scalar rInverse = signature.r().invertVariableTime();
        Scalar z = EcdsaVerifier.messageScalar(messageHash);
        Element key = Secp256k1.GROUP.multiScalarMultiply(
                List.of(signature.s().multiply(rInverse), z.negate().multiply(rInverse)),
                List.of(nonce, Secp256k1.GROUP.generator()));
        return key.isIdentity() ? Optional.empty() : Optional.of(key);
    }
}
