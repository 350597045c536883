package dev.custos.node.transport.tls;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.transport.tls.PeerCertificate.PeerRefusedException;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * The one TLS configuration of node links: TLS 1.3 only, AEAD suites only, Ed25519 as the only signature scheme,
 * the application protocol {@value #PROTOCOL} (ALPN), a client certificate required, no host-name check (peers are
 * pinned by key). Sockets are layered over plain TCP sockets, so that a stuck connection can be cut by closing the
 * plain socket.
 */
public final class TlsSockets {
    /** The ALPN name of the link protocol, version 1. */
    public static final String PROTOCOL = "custos-link/1";

    private static final String[] PROTOCOLS = {"TLSv1.3"};
    private static final String[] SUITES = {
        "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256"
    };
    private static final String[] SIGNATURE_SCHEMES = {"ed25519"};

    private final SSLContext context;

    private TlsSockets(SSLContext context) {
        this.context = context;
    }

    /** A configuration presenting {@code identity} and accepting a peer only if {@code check} does. */
    public static TlsSockets of(TlsIdentity identity, PeerCheck check, Clock clock) {
        requireNonNull(identity, "identity is null");
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(
                    new KeyManager[] {identity},
                    new TrustManager[] {new PinnedTrustManager(check, clock)},
                    new SecureRandom());
            return new TlsSockets(context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no TLS 1.3", e);
        }
    }

    /** Layers a client-side TLS socket over the connected {@code plain} socket (not yet handshaken). */
    public SSLSocket client(Socket plain, String host) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, plain.getPort(), true);
        socket.setUseClientMode(true);
        socket.setSSLParameters(parameters(false));
        return socket;
    }

    /** Layers a server-side TLS socket over the accepted {@code plain} socket (not yet handshaken). */
    public SSLSocket server(Socket plain) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, null, true);
        socket.setUseClientMode(false);
        socket.setSSLParameters(parameters(true));
        return socket;
    }

    /**
     * The identity key of the peer of a handshaken socket (already checked by the trust manager during the handshake).
     *
     * @throws PeerRefusedException if the session has no single Ed25519 certificate (it cannot, after a handshake)
     */
    public static Ed25519PublicKey peerKey(SSLSocket socket, Clock clock) throws PeerRefusedException {
        Certificate[] chain;
        try {
            chain = socket.getSession().getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            throw new PeerRefusedException("the peer presented no certificate");
        }
        X509Certificate[] x509 = new X509Certificate[chain.length];
        for (int i = 0; i < chain.length; i++) {
            if (!(chain[i] instanceof X509Certificate certificate)) {
                throw new PeerRefusedException("the peer presented a " + chain[i].getType() + " certificate");
            }
            x509[i] = certificate;
        }
        return PeerCertificate.identityKey(x509, clock.instant());
    }

    private SSLParameters parameters(boolean server) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(PROTOCOLS);
        parameters.setCipherSuites(SUITES);
        parameters.setSignatureSchemes(SIGNATURE_SCHEMES);
        parameters.setApplicationProtocols(new String[] {PROTOCOL});
        parameters.setEndpointIdentificationAlgorithm(null);
        parameters.setUseCipherSuitesOrder(true);
        if (server) {
            parameters.setNeedClientAuth(true);
        }
        return parameters;
    }
}
