package dev.custos.chain.ethereum;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/** Test only: a single secp256k1 key that signs 32-byte hashes low-S (RFC 6979) with the matching recovery id. */
public final class TestSigner {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    private final BigInteger secret;
    private final Address address;

    public TestSigner(long secret) {
        this.secret = BigInteger.valueOf(secret);
        this.address = PublicKeyRecovery.addressOf(
                CURVE.getG().multiply(this.secret).normalize().getEncoded(false));
    }

    public Address address() {
        return address;
    }

    /** The low-S signature of {@code hash} with its recovery id. */
    public TransactionSignature sign(byte[] hash) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(secret, DOMAIN));
        BigInteger[] rs = signer.generateSignature(hash);
        BigInteger s =
                rs[1].compareTo(PublicKeyRecovery.HALF_ORDER) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];
        for (int parity = 0; parity < 2; parity++) {
            if (PublicKeyRecovery.recoverAddress(hash, rs[0], s, parity)
                    .map(address::equals)
                    .orElse(false)) {
                return new TransactionSignature(parity, rs[0], s);
            }
        }
        throw new IllegalStateException("no recovery id recovers the signer");
    }

    /** {@code signature} with s replaced by n − s and the parity flipped: the same signer, but high-S. */
    public static TransactionSignature highSTwin(TransactionSignature signature) {
        return new TransactionSignature(
                1 - signature.yParity(), signature.r(), PublicKeyRecovery.ORDER.subtract(signature.s()));
    }
}
