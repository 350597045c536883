package dev.custos.server.tls;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Where the API's TLS credentials are: PEM files as an ACME client or a company CA hands them out.
 *
 * @param certificateChain the server certificate followed by its intermediates, PEM ({@code fullchain.pem})
 * @param privateKey the certificate's private key, unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}); RSA, EC or
 *     Ed25519
 */
public record TlsSettings(Path certificateChain, Path privateKey) {
    public TlsSettings {
        requireNonNull(certificateChain, "certificateChain is null");
        requireNonNull(privateKey, "privateKey is null");
    }
}
