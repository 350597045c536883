package dev.custos.frost.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.internal.Checks;
import javax.security.auth.Destroyable;

/**
 * A participant's secret share {@code s_i} of the group signing key. Redacted in {@link #toString()}, without value
 * {@code equals}/{@code hashCode} (use {@link #equalsSecret(SigningShare)}, constant time), and {@link Destroyable}:
 * after {@link #destroy()} every accessor throws. Wiping is best effort (the JVM may have copied the value).
 */
public final class SigningShare implements Destroyable {
    private final Ciphersuite suite;
    private final SecretScalar secret;

    private SigningShare(Ciphersuite suite, SecretScalar secret) {
        this.suite = suite;
        this.secret = secret;
    }

    /**
     * A share holding a copy of {@code value}; the caller remains responsible for its own scalar. The copy is made in
     * limb arithmetic ({@code value + 0}), never through a {@code BigInteger}, which would be variable time and could not
     * be wiped.
     */
    public static SigningShare of(Ciphersuite suite, Scalar value) {
        requireNonNull(suite, "suite is null");
        Checks.requireScalar(suite.scalarField(), suite.name(), value, "value");
        return new SigningShare(
                suite, SecretScalar.of(value.add(suite.scalarField().zero())));
    }

    /** A share that takes ownership of {@code secret}: destroying the share destroys it. */
    public static SigningShare of(Ciphersuite suite, SecretScalar secret) {
        requireNonNull(suite, "suite is null");
        requireNonNull(secret, "secret is null");
        Checks.requireScalar(suite.scalarField(), suite.name(), secret.value(), "secret");
        return new SigningShare(suite, secret);
    }

    /** Decodes a canonical scalar encoding (rejects values not below the group order). */
    public static SigningShare decode(Ciphersuite suite, byte[] encoding) throws InvalidEncodingException {
        requireNonNull(suite, "suite is null");
        return new SigningShare(suite, SecretScalar.of(suite.scalarField().decode(encoding)));
    }

    public Ciphersuite suite() {
        return suite;
    }

    /** The share scalar (owned by this share, wiped by {@link #destroy()}). Secret: never log it. */
    public Scalar scalar() {
        return secret.value();
    }

    /** The canonical scalar encoding (RFC 9591 SerializeScalar). Secret: the caller should wipe the array. */
    public byte[] toBytes() {
        return secret.value().toBytes();
    }

    /** The public verifying share {@code s_i * G}. */
    public VerifyingShare verifyingShare() {
        return new VerifyingShare(suite, suite.group().multiplyGenerator(secret.value()));
    }

    /** Constant-time comparison; shares of different suites are never equal. */
    public boolean equalsSecret(SigningShare other) {
        requireNonNull(other, "other is null");
        return suite == other.suite && secret.equalsSecret(other.secret);
    }

    @Override
    public void destroy() {
        secret.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return secret.isDestroyed();
    }

    @Override
    public String toString() {
        return "SigningShare[" + suite.name() + ", <redacted>]";
    }
}
