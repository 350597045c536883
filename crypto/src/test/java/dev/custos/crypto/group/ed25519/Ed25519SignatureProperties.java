package dev.custos.crypto.group.ed25519;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** Signatures built by hand on the group must satisfy Bouncy Castle's independent Ed25519 implementation. */
class Ed25519SignatureProperties {
    @Property(tries = 30)
    void publicKey_matchesBouncyCastle(@ForAll @Size(32) byte[] secretKey) {
        byte[] expected = new byte[32];
        Ed25519.generatePublicKey(secretKey, 0, expected, 0);
        assertThat(HandBuiltSignatures.publicKey(secretKey)).isEqualTo(expected);
    }

    @Property(tries = 30)
    void signature_verifiesWithBouncyCastle(
            @ForAll @Size(32) byte[] secretKey, @ForAll @Size(max = 100) byte[] message) {
        byte[] publicKey = HandBuiltSignatures.publicKey(secretKey);
        byte[] signature = HandBuiltSignatures.sign(secretKey, message);
        assertThat(Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length))
                .isTrue();

        byte[] tampered = signature.clone();
        tampered[40] ^= 1;
        assertThat(Ed25519.verify(tampered, 0, publicKey, 0, message, 0, message.length))
                .isFalse();
    }
}
