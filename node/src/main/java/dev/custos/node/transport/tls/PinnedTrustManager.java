package dev.custos.node.transport.tls;

import static java.util.Objects.requireNonNull;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a peer by the key in its certificate, never by an issuer: the chain must pass {@link PeerCertificate} and its
 * key must pass the {@link PeerCheck}. The same check applies whether the peer is the client or the server.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {
    private final PeerCheck check;
    private final Clock clock;

    public PinnedTrustManager(PeerCheck check, Clock clock) {
        this.check = requireNonNull(check, "check is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    private void checkChain(X509Certificate[] chain) throws CertificateException {
        check.check(PeerCertificate.identityKey(chain, clock.instant()));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkChain(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkChain(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkChain(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkChain(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkChain(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkChain(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
