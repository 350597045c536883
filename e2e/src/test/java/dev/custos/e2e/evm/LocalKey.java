package dev.custos.e2e.evm;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.PublicKeyRecovery;
import dev.custos.chain.safe.SafeOwnerSignature;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * Test only: an ordinary single-key Safe owner (the other owners next to the MPC wallet), signing with Bouncy Castle
 * (RFC 6979 nonces), low-S, with the recovery id found by recovering the address.
 */
final class LocalKey {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    private final BigInteger secret;
    private final Address address;

    LocalKey(BigInteger secret) {
        this.secret = secret;
        this.address = PublicKeyRecovery.addressOf(
                CURVE.getG().multiply(secret).normalize().getEncoded(false));
    }

    Address address() {
        return address;
    }

    /** Its owner signature over {@code safeTxHash} (v = 27/28). */
    SafeOwnerSignature signSafeTxHash(Hash32 safeTxHash) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(secret, DOMAIN));
        byte[] hash = safeTxHash.bytes();
        BigInteger[] rs = signer.generateSignature(hash);
        BigInteger r = rs[0];
        BigInteger s =
                rs[1].compareTo(PublicKeyRecovery.HALF_ORDER) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];
        for (int parity = 0; parity < 2; parity++) {
            if (PublicKeyRecovery.recoverAddress(hash, r, s, parity)
                    .map(address::equals)
                    .orElse(false)) {
                return SafeOwnerSignature.ecdsa(address, parity, r, s);
            }
        }
        throw new IllegalStateException("no recovery id recovers " + address);
    }
}
