package dev.custos.chain.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedTransactionsTest {
    private static final TestSigner WALLET = new TestSigner(0x5eed);
    private static final Address RECIPIENT = Address.of(filled(0x11));

    @Test
    void withSignature_everyType_recoversTheSigner_andPassesTheBroadcastChecks() {
        for (EthereumTransaction unsigned : List.of(legacy(Optional.of(BigInteger.ONE)), accessList(), dynamicFee())) {
            EthereumTransaction signed = SignedTransactions.withSignature(
                    unsigned, WALLET.sign(unsigned.signingHash().bytes()));

            assertThat(signed.type()).isEqualTo(unsigned.type());
            assertThat(signed.signingHash()).isEqualTo(unsigned.signingHash());
            assertThat(SignedTransactions.requireBroadcastable(signed.encode(), WALLET.address()))
                    .isEqualTo(signed);
        }
    }

    @Test
    void withSignature_highSOrAlreadySigned_isRefused() {
        DynamicFeeTransaction unsigned = dynamicFee();
        TransactionSignature low = WALLET.sign(unsigned.signingHash().bytes());

        assertThatThrownBy(() -> SignedTransactions.withSignature(unsigned, TestSigner.highSTwin(low)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high s");
        EthereumTransaction signed = SignedTransactions.withSignature(unsigned, low);
        assertThatThrownBy(() -> SignedTransactions.withSignature(signed, low))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already signed");
    }

    @Test
    void requireBroadcastable_highSTwin_isRefused_althoughItRecoversTheSameSender() {
        DynamicFeeTransaction unsigned = dynamicFee();
        TransactionSignature high =
                TestSigner.highSTwin(WALLET.sign(unsigned.signingHash().bytes()));
        DynamicFeeTransaction twin = new DynamicFeeTransaction(
                unsigned.chainIdValue(),
                unsigned.nonce(),
                unsigned.maxPriorityFeePerGas(),
                unsigned.maxFeePerGas(),
                unsigned.gasLimit(),
                unsigned.to(),
                unsigned.value(),
                unsigned.data(),
                unsigned.accessList(),
                Optional.of(high));

        assertThat(twin.sender()).contains(WALLET.address());
        assertThatThrownBy(() -> SignedTransactions.requireBroadcastable(twin.encode(), WALLET.address()))
                .isInstanceOf(BroadcastRefusedException.class)
                .hasMessageContaining("high s");
    }

    @Test
    void requireBroadcastable_anotherSender_isRefused_namingBoth() {
        TestSigner stranger = new TestSigner(0xbad);
        DynamicFeeTransaction unsigned = dynamicFee();
        byte[] signed = SignedTransactions.withSignature(
                        unsigned, stranger.sign(unsigned.signingHash().bytes()))
                .encode();

        assertThatThrownBy(() -> SignedTransactions.requireBroadcastable(signed, WALLET.address()))
                .isInstanceOf(BroadcastRefusedException.class)
                .hasMessageContaining(stranger.address().toChecksumHex())
                .hasMessageContaining(WALLET.address().toChecksumHex());
    }

    @Test
    void requireBroadcastable_unsignedUnprotectedOrMalformed_isRefused() {
        assertThatThrownBy(() ->
                        SignedTransactions.requireBroadcastable(dynamicFee().encode(), WALLET.address()))
                .hasMessageContaining("not signed");
        LegacyTransaction unprotected = legacy(Optional.empty());
        byte[] replayable = SignedTransactions.withSignature(
                        unprotected, WALLET.sign(unprotected.signingHash().bytes()))
                .encode();
        assertThatThrownBy(() -> SignedTransactions.requireBroadcastable(replayable, WALLET.address()))
                .hasMessageContaining("no chain id");
        DynamicFeeTransaction unsigned = dynamicFee();
        byte[] signed = SignedTransactions.withSignature(
                        unsigned, WALLET.sign(unsigned.signingHash().bytes()))
                .encode();
        assertThatThrownBy(() -> SignedTransactions.requireBroadcastable(
                        Arrays.copyOf(signed, signed.length + 1), WALLET.address()))
                .isInstanceOf(BroadcastRefusedException.class);
        assertThatThrownBy(() -> SignedTransactions.requireBroadcastable(new byte[] {0x7f}, WALLET.address()))
                .hasMessageContaining("not an Ethereum transaction");
    }

    private static LegacyTransaction legacy(Optional<BigInteger> chainId) {
        return new LegacyTransaction(
                chainId,
                BigInteger.ZERO,
                BigInteger.valueOf(20_000_000_000L),
                BigInteger.valueOf(21_000),
                Optional.of(RECIPIENT),
                BigInteger.TEN,
                new byte[0],
                Optional.empty());
    }

    private static AccessListTransaction accessList() {
        return new AccessListTransaction(
                BigInteger.ONE,
                BigInteger.ONE,
                BigInteger.valueOf(20_000_000_000L),
                BigInteger.valueOf(30_000),
                Optional.of(RECIPIENT),
                BigInteger.TEN,
                new byte[] {1, 2},
                List.of(new AccessListEntry(RECIPIENT, List.of())),
                Optional.empty());
    }

    private static DynamicFeeTransaction dynamicFee() {
        return new DynamicFeeTransaction(
                BigInteger.ONE,
                BigInteger.TWO,
                BigInteger.ONE,
                BigInteger.valueOf(30_000_000_000L),
                BigInteger.valueOf(21_000),
                Optional.of(RECIPIENT),
                BigInteger.TEN,
                new byte[0],
                List.of(),
                Optional.empty());
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[Address.LENGTH];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
