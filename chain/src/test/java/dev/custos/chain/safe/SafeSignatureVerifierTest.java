package dev.custos.chain.safe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.TestResources;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeSignatureVerifierTest {
    private static final SafeVersion V111 = new SafeVersion(1, 1, 1);

    private static List<SafeTransaction> bybit() throws Exception {
        return SafeTransactionParser.parse(TestResources.text("vectors/safe/bybit-safe-tx-71.json"));
    }

    @Test
    void bybitMaliciousTransaction_confirmationsRecoverToTheListedOwners() throws Exception {
        SafeTransaction malicious = bybit().get(0);
        Hash32 hash = SafeTxHasher.safeTxHash(malicious, BigInteger.ONE, V111);

        assertThat(malicious.confirmations()).hasSize(3);
        for (SafeConfirmation confirmation : malicious.confirmations()) {
            ConfirmationCheck check = SafeSignatureVerifier.check(hash, confirmation);
            assertThat(check.status()).isEqualTo(ConfirmationCheck.Status.VALID);
            assertThat(check.kind()).isEqualTo(SignatureKind.ETH_SIGN);
            assertThat(check.signer()).contains(confirmation.owner());
        }
    }

    @Test
    void bybitDecoy_confirmationsDoNotRecoverToTheListedOwners() throws Exception {
        SafeTransaction decoy = bybit().get(1);
        Hash32 hash = SafeTxHasher.safeTxHash(decoy, BigInteger.ONE, V111);

        for (SafeConfirmation confirmation : decoy.confirmations()) {
            ConfirmationCheck check = SafeSignatureVerifier.check(hash, confirmation);
            assertThat(check.status()).isEqualTo(ConfirmationCheck.Status.MISMATCH);
            assertThat(check.signer()).isPresent().isNotEqualTo(Optional.of(confirmation.owner()));
            assertThat(check.detail()).contains(confirmation.owner().toString());
        }
    }

    @Test
    void ethSignSignature_checkedAsPlainEcdsa_doesNotRecoverTheOwner() throws Exception {
        SafeTransaction malicious = bybit().get(0);
        Hash32 hash = SafeTxHasher.safeTxHash(malicious, BigInteger.ONE, V111);
        SafeConfirmation original = malicious.confirmations().get(0);
        byte[] signature = original.signature();
        signature[64] = (byte) (signature[64] - 4); // 31/32 -> 27/28: same r, s over the unprefixed hash

        ConfirmationCheck check =
                SafeSignatureVerifier.check(hash, new SafeConfirmation(original.owner(), signature, Optional.empty()));

        assertThat(check.kind()).isEqualTo(SignatureKind.EOA);
        assertThat(check.isMismatch()).isTrue();
    }

    @Test
    void approvedHash_namingTheOwner_isUnverifiable() {
        Address owner = Address.of(filled(20, 0x11));
        ConfirmationCheck check =
                SafeSignatureVerifier.check(hash(), new SafeConfirmation(owner, ownerInR(owner, 1), Optional.empty()));

        assertThat(check.kind()).isEqualTo(SignatureKind.APPROVED_HASH);
        assertThat(check.status()).isEqualTo(ConfirmationCheck.Status.UNVERIFIABLE);
        assertThat(check.valid()).isEmpty();
        assertThat(check.isMismatch()).isFalse();
    }

    @Test
    void contractSignature_namingAnotherAddress_isAMismatch() {
        Address owner = Address.of(filled(20, 0x11));
        Address other = Address.of(filled(20, 0x22));
        ConfirmationCheck check =
                SafeSignatureVerifier.check(hash(), new SafeConfirmation(owner, ownerInR(other, 0), Optional.empty()));

        assertThat(check.kind()).isEqualTo(SignatureKind.CONTRACT);
        assertThat(check.status()).isEqualTo(ConfirmationCheck.Status.MISMATCH);
        assertThat(check.signer()).contains(other);
    }

    @Test
    void shortSignature_isInvalid() {
        Address owner = Address.of(filled(20, 0x11));
        ConfirmationCheck check =
                SafeSignatureVerifier.check(hash(), new SafeConfirmation(owner, new byte[64], Optional.empty()));

        assertThat(check.status()).isEqualTo(ConfirmationCheck.Status.INVALID);
        assertThat(check.valid()).contains(false);
    }

    @Test
    void unknownV_isInvalid() {
        Address owner = Address.of(filled(20, 0x11));
        byte[] signature = filled(65, 0x01);
        signature[64] = 29;
        ConfirmationCheck check =
                SafeSignatureVerifier.check(hash(), new SafeConfirmation(owner, signature, Optional.empty()));

        assertThat(check.status()).isEqualTo(ConfirmationCheck.Status.INVALID);
        assertThat(check.detail()).contains("v = 29");
    }

    private static byte[] ownerInR(Address owner, int v) {
        byte[] signature = new byte[65];
        System.arraycopy(owner.bytes(), 0, signature, 12, 20);
        signature[64] = (byte) v;
        return signature;
    }

    private static Hash32 hash() {
        return Hash32.of(filled(32, 0x42));
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
