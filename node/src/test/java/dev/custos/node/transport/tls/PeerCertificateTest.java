package dev.custos.node.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.identity.SigningKey;
import dev.custos.node.transport.tls.PeerCertificate.PeerRefusedException;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class PeerCertificateTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aSelfSignedEd25519CertificateYieldsItsKey() throws Exception {
        SigningKey key = SigningKey.generate(RANDOM);
        X509Certificate certificate = SelfSignedCertificate.make(key, "custos node a", NOW);
        assertThat(PeerCertificate.identityKey(new X509Certificate[] {certificate}, NOW))
                .isEqualTo(key.publicKey());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=custos node a");
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(NOW.minus(SelfSignedCertificate.BACKDATE));
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plus(SelfSignedCertificate.LIFETIME));
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRefused() {
        SigningKey key = SigningKey.generate(RANDOM);
        X509Certificate certificate = SelfSignedCertificate.make(key, "a", NOW);
        assertThatThrownBy(() ->
                        PeerCertificate.identityKey(new X509Certificate[] {certificate}, NOW.plus(Duration.ofDays(2))))
                .isInstanceOf(PeerRefusedException.class)
                .hasMessageContaining("expired at " + NOW.plus(SelfSignedCertificate.LIFETIME));
        assertThatThrownBy(() ->
                        PeerCertificate.identityKey(new X509Certificate[] {certificate}, NOW.minus(Duration.ofDays(1))))
                .isInstanceOf(PeerRefusedException.class)
                .hasMessageContaining("is valid only from");
    }

    @Test
    void chainsOfAnyOtherLengthAreRefused() {
        X509Certificate certificate = SelfSignedCertificate.make(SigningKey.generate(RANDOM), "a", NOW);
        assertThatThrownBy(() -> PeerCertificate.identityKey(new X509Certificate[] {certificate, certificate}, NOW))
                .isInstanceOf(PeerRefusedException.class)
                .hasMessageContaining("a chain of 2 certificates");
        assertThatThrownBy(() -> PeerCertificate.identityKey(new X509Certificate[0], NOW))
                .isInstanceOf(PeerRefusedException.class)
                .hasMessageContaining("a chain of 0 certificates");
    }

    @Test
    void aCertificateWithAnAlteredSignatureIsRefused() throws Exception {
        X509Certificate certificate = SelfSignedCertificate.make(SigningKey.generate(RANDOM), "a", NOW);
        byte[] encoded = certificate.getEncoded();
        encoded[encoded.length - 1] ^= 1; // the last byte of the signature
        X509Certificate altered = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
        assertThatThrownBy(() -> PeerCertificate.identityKey(new X509Certificate[] {altered}, NOW))
                .isInstanceOf(PeerRefusedException.class)
                .hasMessageContaining("is not signed by that key (not self-signed)");
    }

    @Test
    void aCertificateForAnotherKindOfKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=p256");
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.ONE,
                                Date.from(NOW.minus(Duration.ofHours(1))),
                                Date.from(NOW.plus(Duration.ofHours(1))),
                                name,
                                pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()))
                        .getEncoded()));
        assertThatThrownBy(() -> PeerCertificate.identityKey(new X509Certificate[] {certificate}, NOW))
                .isInstanceOf(PeerRefusedException.class)
                .hasMessageContaining("expected Ed25519");
    }

    @Test
    void theIdentityRenewsItsCertificateOnceItIsAnHourOld() {
        SigningKey key = SigningKey.generate(RANDOM);
        MutableClock clock = new MutableClock(NOW);
        TlsIdentity identity = TlsIdentity.of(key.seed(), "a", clock);
        X509Certificate first = identity.certificate();
        clock.now = NOW.plus(Duration.ofMinutes(59));
        assertThat(identity.certificate()).isSameAs(first);
        clock.now = NOW.plus(TlsIdentity.RENEW_AFTER);
        X509Certificate second = identity.certificate();
        assertThat(second).isNotSameAs(first);
        assertThat(second.getNotAfter().toInstant()).isEqualTo(clock.now.plus(SelfSignedCertificate.LIFETIME));
        identity.destroy();
        assertThat(identity.isDestroyed()).isTrue();
        assertThat(identity.toString()).contains("<redacted>");
    }

    private static final class MutableClock extends java.time.Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
