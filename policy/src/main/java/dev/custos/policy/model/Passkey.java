package dev.custos.policy.model;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A WebAuthn credential (passkey) registered for an approver: its id, algorithm and public key. The key is validated
 * when the policy loads: a P-256 point on the curve for ES256, a canonical Ed25519 point for EdDSA.
 *
 * @param credentialId the credential id the authenticator reports, 1 to {@value #MAX_CREDENTIAL_ID_LENGTH} bytes
 * @param algorithm how the passkey signs
 * @param publicKey the X.509 SubjectPublicKeyInfo DER of the public key
 */
public record Passkey(byte[] credentialId, PasskeyAlgorithm algorithm, byte[] publicKey) {
    /** The longest credential id WebAuthn allows. */
    public static final int MAX_CREDENTIAL_ID_LENGTH = 1023;

    private static final int MAX_PUBLIC_KEY_LENGTH = 512;
    private static final ASN1ObjectIdentifier ID_ED25519 = new ASN1ObjectIdentifier("1.3.101.112");
    private static final X9ECParameters P256 = CustomNamedCurves.getByOID(SECObjectIdentifiers.secp256r1);

    public Passkey {
        Objects.requireNonNull(credentialId, "credentialId is null");
        Objects.requireNonNull(algorithm, "algorithm is null");
        Objects.requireNonNull(publicKey, "publicKey is null");
        if (credentialId.length < 1 || credentialId.length > MAX_CREDENTIAL_ID_LENGTH) {
            throw new IllegalArgumentException(
                    "credential_id must be 1 to " + MAX_CREDENTIAL_ID_LENGTH + " bytes, got " + credentialId.length);
        }
        credentialId = credentialId.clone();
        publicKey = publicKey.clone();
        parameters(algorithm, publicKey);
    }

    /** The key as Bouncy Castle verifies with it. */
    public AsymmetricKeyParameter verificationKey() {
        return parameters(algorithm, publicKey);
    }

    /**
     * The public key in one canonical text, to tell when two credentials are one key: an Ed25519 key as its 32 bytes in
     * hex (as a device key is written), a P-256 key as {@code p256:} and its compressed point in hex.
     */
    public String keyText() {
        return switch (verificationKey()) {
            case Ed25519PublicKeyParameters key -> HexFormat.of().formatHex(key.getEncoded());
            case ECPublicKeyParameters key ->
                "p256:" + HexFormat.of().formatHex(key.getQ().getEncoded(true));
            default -> throw new IllegalStateException("unexpected key type");
        };
    }

    /** The credential id, unpadded base64url, as the policy document writes it. */
    public String credentialIdText() {
        return Base64Url.encode(credentialId);
    }

    @Override
    public byte[] credentialId() {
        return credentialId.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    private static AsymmetricKeyParameter parameters(PasskeyAlgorithm algorithm, byte[] der) {
        if (der.length > MAX_PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException("public_key is longer than " + MAX_PUBLIC_KEY_LENGTH + " bytes");
        }
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("public_key is not an X.509 SubjectPublicKeyInfo", e);
        }
        if (info == null || !Arrays.equals(encoded(info), der)) {
            throw new IllegalArgumentException("public_key is not a DER X.509 SubjectPublicKeyInfo");
        }
        ASN1ObjectIdentifier keyType = info.getAlgorithm().getAlgorithm();
        byte[] point = info.getPublicKeyData().getOctets();
        return switch (algorithm) {
            case ES256 -> {
                if (!keyType.equals(X9ObjectIdentifiers.id_ecPublicKey)
                        || !SECObjectIdentifiers.secp256r1.equals(
                                info.getAlgorithm().getParameters())) {
                    throw new IllegalArgumentException("public_key of an ES256 passkey must be a P-256 key");
                }
                ECPoint decoded;
                try {
                    decoded = P256.getCurve().decodePoint(point);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("public_key is not a point on P-256", e);
                }
                if (decoded.isInfinity() || !decoded.isValid()) {
                    throw new IllegalArgumentException("public_key is not a valid P-256 point");
                }
                yield new ECPublicKeyParameters(
                        decoded, new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH()));
            }
            case EDDSA -> {
                if (!keyType.equals(ID_ED25519) || info.getAlgorithm().getParameters() != null) {
                    throw new IllegalArgumentException("public_key of an EdDSA passkey must be an Ed25519 key");
                }
                if (point.length != Ed25519.PUBLIC_KEY_SIZE || !Ed25519.validatePublicKeyFull(point, 0)) {
                    throw new IllegalArgumentException("public_key is not a valid Ed25519 key");
                }
                yield new Ed25519PublicKeyParameters(point, 0);
            }
        };
    }

    private static byte[] encoded(SubjectPublicKeyInfo info) {
        try {
            return info.getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalArgumentException("public_key does not re-encode", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Passkey that
                && Arrays.equals(credentialId, that.credentialId)
                && algorithm == that.algorithm
                && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(credentialId), algorithm, Arrays.hashCode(publicKey));
    }

    @Override
    public String toString() {
        String id = credentialIdText();
        return "Passkey[" + (id.length() > 16 ? id.substring(0, 16) + "…" : id) + ", " + algorithm.documentName() + "]";
    }
}
