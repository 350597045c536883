package dev.custos.node.transport.tls;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.SigningKey;
import dev.custos.types.SecretBytes;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;

/**
 * An Ed25519 identity key as TLS presents it: a key manager with one alias, whose certificate ({@link
 * SelfSignedCertificate}) is made again once it is older than {@link #RENEW_AFTER}, so that a process that runs for
 * weeks never presents an expired one. Secret: the JDK's private key object made from the seed lives as long as this
 * object; {@link #destroy()} wipes the project's copy of the seed and asks the JDK key to destroy itself (which it may
 * not support; see docs/NODES.md).
 */
public final class TlsIdentity extends X509ExtendedKeyManager implements Destroyable {
    /** A certificate older than this is replaced by a fresh one at the next handshake. */
    public static final Duration RENEW_AFTER = Duration.ofHours(1);

    private static final String ALIAS = "identity";

    private final SigningKey key;
    private final PrivateKey jdkKey;
    private final String commonName;
    private final Clock clock;
    private X509Certificate certificate;
    private Instant madeAt;

    private TlsIdentity(SigningKey key, PrivateKey jdkKey, String commonName, Clock clock) {
        this.key = key;
        this.jdkKey = jdkKey;
        this.commonName = commonName;
        this.clock = clock;
        this.madeAt = clock.instant();
        this.certificate = SelfSignedCertificate.make(key, commonName, madeAt);
    }

    /**
     * The TLS identity of the Ed25519 key with this 32-byte {@code seed} (copied; it stays the caller's to destroy),
     * named {@code commonName} in its certificates.
     */
    public static TlsIdentity of(SecretBytes seed, String commonName, Clock clock) {
        requireNonNull(seed, "seed is null");
        requireNonNull(commonName, "commonName is null");
        requireNonNull(clock, "clock is null");
        SigningKey key = SigningKey.fromSeed(seed);
        byte[] bytes = seed.copy();
        try {
            PrivateKey jdkKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, bytes));
            return new TlsIdentity(key, jdkKey, commonName, clock);
        } catch (GeneralSecurityException e) {
            key.destroy();
            throw new IllegalStateException("the JDK cannot make an Ed25519 private key", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The public key peers pin. */
    public Ed25519PublicKey publicKey() {
        return key.publicKey();
    }

    /** The certificate presented now (renewed first if it is due). */
    public synchronized X509Certificate certificate() {
        Instant now = clock.instant();
        if (Duration.between(madeAt, now).compareTo(RENEW_AFTER) >= 0 || now.isBefore(madeAt)) {
            madeAt = now;
            certificate = SelfSignedCertificate.make(key, commonName, now);
        }
        return certificate;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return isEd25519(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return keyTypes != null && Arrays.stream(keyTypes).anyMatch(TlsIdentity::isEd25519) ? ALIAS : null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return chooseClientAlias(keyTypes, issuers, null);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return getClientAliases(keyType, issuers);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return isEd25519(keyType) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return chooseServerAlias(keyType, issuers, null);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? new X509Certificate[] {certificate()} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        if (key.isDestroyed()) {
            throw new IllegalStateException("the TLS identity was destroyed");
        }
        return ALIAS.equals(alias) ? jdkKey : null;
    }

    @Override
    public void destroy() {
        key.destroy();
        try {
            jdkKey.destroy();
        } catch (DestroyFailedException e) {
            // The JDK's EdDSA key does not support destroy(); its copy of the seed goes with the garbage collector.
        }
    }

    @Override
    public boolean isDestroyed() {
        return key.isDestroyed();
    }

    @Override
    public String toString() {
        return "TlsIdentity[" + commonName + ", " + key.publicKey().toHex() + ", <redacted>]";
    }

    private static boolean isEd25519(String keyType) {
        return "EdDSA".equalsIgnoreCase(keyType) || "Ed25519".equalsIgnoreCase(keyType);
    }
}
