package dev.custos.server.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Reads a PEM certificate chain and its PKCS#8 private key into a TLS server context, with the JDK only. Refuses, naming
 * the file and the problem: a chain without certificates, a key that is encrypted or in a legacy form (with the
 * command that converts it), a key that does not belong to the first certificate, and a certificate that is expired
 * or not yet valid.
 */
public final class PemCredentials {
    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final List<String> KEY_ALGORITHMS = List.of("EC", "RSA", "Ed25519");

    private PemCredentials() {}

    /** The TLS context serving the credentials {@code settings} names. */
    public static SSLContext serverContext(TlsSettings settings) {
        List<X509Certificate> chain = certificates(settings.certificateChain());
        PrivateKey key = privateKey(settings.privateKey());
        requireMatch(key, chain.get(0), settings);
        try {
            chain.get(0).checkValidity();
        } catch (CertificateException e) {
            throw new TlsSetupException(
                    settings.certificateChain() + ": the server certificate is not valid now: " + e.getMessage(), e);
        }
        try {
            char[] password = new char[0];
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry("custos", key, password, chain.toArray(new Certificate[0]));
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, new SecureRandom());
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsSetupException("cannot build the TLS context: " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> certificates(Path file) {
        String text = read(file);
        if (!text.contains("-----BEGIN CERTIFICATE-----")) {
            throw new TlsSetupException(file + ": no PEM certificate (-----BEGIN CERTIFICATE-----) in the file");
        }
        try {
            Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
            return read.stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new TlsSetupException(file + ": not a PEM certificate chain: " + e.getMessage(), e);
        }
    }

    static PrivateKey privateKey(Path file) {
        String text = read(file);
        Matcher block = PEM_BLOCK.matcher(text);
        if (!block.find()) {
            throw new TlsSetupException(file + ": no PEM block in the file");
        }
        String type = block.group(1);
        switch (type) {
            case "PRIVATE KEY" -> {}
            case "ENCRYPTED PRIVATE KEY" ->
                throw new TlsSetupException(
                        file + ": the key is encrypted; give the"
                                + " server an unencrypted PKCS#8 key readable by its user only (openssl pkcs8 -topk8 -nocrypt)");
            case "EC PRIVATE KEY", "RSA PRIVATE KEY" ->
                throw new TlsSetupException(
                        file + ": " + type
                                + " is a legacy form; convert it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY8");
            default -> throw new TlsSetupException(file + ": expected -----BEGIN PRIVATE KEY-----, found " + type);
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(block.group(2));
        } catch (IllegalArgumentException e) {
            throw new TlsSetupException(file + ": the key's Base64 is damaged", e);
        }
        try {
            for (String algorithm : KEY_ALGORITHMS) {
                try {
                    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                } catch (InvalidKeySpecException e) {
                    // not this algorithm; try the next
                }
            }
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException(file + ": cannot read the key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
        throw new TlsSetupException(file + ": not an RSA, EC or Ed25519 PKCS#8 private key");
    }

    private static void requireMatch(PrivateKey key, X509Certificate certificate, TlsSettings settings) {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> "Ed25519";
        };
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (verifier.verify(signature)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            // a key of another type than the certificate's: reported below
        }
        throw new TlsSetupException(
                settings.privateKey() + " is not the key of the first certificate in " + settings.certificateChain()
                        + " (" + certificate.getSubjectX500Principal().getName() + ")");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new TlsSetupException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
