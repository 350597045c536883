package dev.custos.node.transport.tls;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.SigningKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;

/**
 * Makes the self-signed X.509 v3 certificate that carries an Ed25519 identity key in a TLS handshake. Nothing trusts it
 * for its issuer: peers pin the key inside it ({@link PeerCertificate}). It is signed by the identity key itself, with
 * the project's Ed25519 signer, so the key that TLS proves possession of and the key that signed the certificate are
 * the same.
 */
public final class SelfSignedCertificate {
    /** How far back a certificate's validity starts, for peers whose clocks run behind. */
    public static final Duration BACKDATE = Duration.ofHours(1);
    /** How long a certificate stays valid after it is made. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private static final SecureRandom SERIALS = new SecureRandom();

    private SelfSignedCertificate() {}

    /**
     * A certificate for {@code key} named {@code commonName}, valid from {@code now} minus {@link #BACKDATE} to
     * {@code now} plus {@link #LIFETIME}.
     */
    public static X509Certificate make(SigningKey key, String commonName, Instant now) {
        requireNonNull(key, "key is null");
        requireNonNull(commonName, "commonName is null");
        requireNonNull(now, "now is null");
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName)
                .build();
        AlgorithmIdentifier ed25519 = new AlgorithmIdentifier(new ASN1ObjectIdentifier(PeerCertificate.ED25519_OID));
        SubjectPublicKeyInfo publicKey =
                new SubjectPublicKeyInfo(ed25519, key.publicKey().bytes());
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                name,
                new BigInteger(64, SERIALS).add(BigInteger.ONE),
                Date.from(now.minus(BACKDATE)),
                Date.from(now.plus(LIFETIME)),
                name,
                publicKey);
        byte[] encoded;
        try {
            encoded = builder.build(new Ed25519ContentSigner(key, ed25519)).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("Bouncy Castle could not encode a certificate", e);
        }
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
        } catch (CertificateException e) {
            throw new IllegalStateException("the JDK cannot read a certificate Bouncy Castle made", e);
        }
    }

    /** Signs what Bouncy Castle streams into it (the TBSCertificate) with the identity key. */
    private static final class Ed25519ContentSigner implements ContentSigner {
        private final SigningKey key;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Ed25519ContentSigner(SigningKey key, AlgorithmIdentifier algorithm) {
            this.key = key;
            this.algorithm = algorithm;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return buffer;
        }

        @Override
        public byte[] getSignature() {
            return key.sign(buffer.toByteArray());
        }
    }
}
