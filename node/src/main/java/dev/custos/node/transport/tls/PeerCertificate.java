package dev.custos.node.transport.tls;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads the Ed25519 identity key out of a peer's certificate chain, refusing anything but what {@link
 * SelfSignedCertificate} makes: exactly one X.509 v3 certificate, an Ed25519 key that passes full validation, signed by
 * that same key, valid now, for at most {@link #MAX_VALIDITY}. Whether the key is the expected one is the caller's
 * decision; TLS 1.3's CertificateVerify message proves that the peer holds it.
 */
public final class PeerCertificate {
    /** The longest validity period accepted (our certificates have 25 hours). */
    public static final Duration MAX_VALIDITY = Duration.ofDays(31);

    static final String ED25519_OID = "1.3.101.112";
    /** The DER SubjectPublicKeyInfo of an Ed25519 key up to the 32 key bytes (RFC 8410). */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private PeerCertificate() {}

    /**
     * The identity key of the single self-signed certificate in {@code chain}.
     *
     * @throws PeerRefusedException naming what is wrong with the chain
     */
    public static Ed25519PublicKey identityKey(X509Certificate[] chain, Instant now) throws PeerRefusedException {
        if (chain == null || chain.length != 1) {
            throw new PeerRefusedException("a chain of " + (chain == null ? 0 : chain.length)
                    + " certificates; expected exactly one self-signed Ed25519 certificate");
        }
        X509Certificate certificate = chain[0];
        if (certificate.getVersion() != 3) {
            throw new PeerRefusedException("an X.509 version " + certificate.getVersion() + " certificate; expected 3");
        }
        if (!ED25519_OID.equals(certificate.getSigAlgOID())) {
            throw new PeerRefusedException(
                    "a certificate signed with " + certificate.getSigAlgName() + "; expected Ed25519");
        }
        Ed25519PublicKey key = key(certificate);
        try {
            if (!key.verify(certificate.getTBSCertificate(), certificate.getSignature())) {
                throw new PeerRefusedException(
                        "the certificate of key " + key.toHex() + " is not signed by that key (not self-signed)");
            }
        } catch (CertificateEncodingException e) {
            throw new PeerRefusedException("the certificate cannot be re-encoded: " + e.getMessage());
        }
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(notBefore)) {
            throw new PeerRefusedException("the certificate of key " + key.toHex() + " is valid only from " + notBefore
                    + " (now " + now + "; check the clocks)");
        }
        if (now.isAfter(notAfter)) {
            throw new PeerRefusedException("the certificate of key " + key.toHex() + " expired at " + notAfter
                    + " (now " + now + "; check the clocks)");
        }
        if (Duration.between(notBefore, notAfter).compareTo(MAX_VALIDITY) > 0) {
            throw new PeerRefusedException("the certificate of key " + key.toHex() + " is valid for "
                    + Duration.between(notBefore, notAfter).toDays() + " days; at most " + MAX_VALIDITY.toDays()
                    + " are accepted");
        }
        return key;
    }

    private static Ed25519PublicKey key(X509Certificate certificate) throws PeerRefusedException {
        byte[] encoded = certificate.getPublicKey().getEncoded();
        int prefix = ED25519_SPKI_PREFIX.length;
        if (encoded == null
                || encoded.length != prefix + Ed25519PublicKey.LENGTH
                || !MessageDigest.isEqual(Arrays.copyOf(encoded, prefix), ED25519_SPKI_PREFIX)) {
            throw new PeerRefusedException("a certificate for a "
                    + certificate.getPublicKey().getAlgorithm() + " key; expected an Ed25519 key");
        }
        try {
            return Ed25519PublicKey.of(Arrays.copyOfRange(encoded, prefix, encoded.length));
        } catch (InvalidEncodingException e) {
            throw new PeerRefusedException("the certificate's key: " + e.getMessage());
        }
    }

    /** Why a peer's certificate was refused; the TLS handshake fails with it. */
    public static final class PeerRefusedException extends CertificateException {
        private static final long serialVersionUID = 1L;

        public PeerRefusedException(String message) {
            super(message);
        }
    }
}
