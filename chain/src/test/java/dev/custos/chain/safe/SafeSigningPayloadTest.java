package dev.custos.chain.safe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeSigningPayloadTest {
    @Test
    void encodeThenDecode_givesThePayloadBack_andItsSafeTxHash() throws Exception {
        SafeSigningPayload payload = payload("1.3.0", BigInteger.valueOf(31337));

        SafeSigningPayload decoded = SafeSigningPayload.decode(payload.encode());

        assertThat(decoded).isEqualTo(payload);
        assertThat(decoded.safeTxHash())
                .isEqualTo(SafeTxHasher.safeTxHash(payload.transaction(), payload.chainId(), payload.version()));
    }

    @Test
    void theHashDependsOnChainAndVersion() throws Exception {
        Hash32 base = payload("1.3.0", BigInteger.ONE).safeTxHash();

        assertThat(payload("1.3.0", BigInteger.TWO).safeTxHash()).isNotEqualTo(base);
        assertThat(payload("1.1.1", BigInteger.ONE).safeTxHash()).isNotEqualTo(base);
    }

    @Test
    void claimedHashAndConfirmations_areNotPartOfThePayload() throws Exception {
        SafeSigningPayload plain = payload("1.4.1", BigInteger.ONE);
        SafeTransaction tx = plain.transaction();
        SafeTransaction withExtras = new SafeTransaction(
                tx.safe(),
                tx.to(),
                tx.value(),
                tx.data(),
                tx.operation(),
                tx.safeTxGas(),
                tx.baseGas(),
                tx.gasPrice(),
                tx.gasToken(),
                tx.refundReceiver(),
                tx.nonce(),
                Optional.of(Hash32.keccak(new byte[] {1})),
                List.of(new SafeConfirmation(tx.to(), new byte[65], Optional.empty())));

        assertThat(new SafeSigningPayload(BigInteger.ONE, plain.version(), withExtras))
                .isEqualTo(plain);
    }

    @Test
    void nonCanonicalTruncatedOrInvalidBytes_areRefused() throws Exception {
        byte[] bytes = payload("1.4.1", BigInteger.ONE).encode();

        assertThatThrownBy(() -> SafeSigningPayload.decode(Arrays.copyOf(bytes, bytes.length + 32)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("canonical");
        assertThatThrownBy(() -> SafeSigningPayload.decode(Arrays.copyOf(bytes, 64)))
                .isInstanceOf(DecodingException.class);
        byte[] badOperation = bytes.clone();
        badOperation[6 * 32 + 31] = 2;
        assertThatThrownBy(() -> SafeSigningPayload.decode(badOperation)).isInstanceOf(DecodingException.class);
        byte[] zeroChain = bytes.clone();
        Arrays.fill(zeroChain, 0, 32, (byte) 0);
        assertThatThrownBy(() -> SafeSigningPayload.decode(zeroChain))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("chainId");
    }

    private static SafeSigningPayload payload(String version, BigInteger chainId) throws DecodingException {
        return new SafeSigningPayload(
                chainId,
                SafeVersion.parse(version),
                new SafeTransaction(
                        Address.fromHex("0x" + "33".repeat(20)),
                        Address.fromHex("0x" + "44".repeat(20)),
                        BigInteger.TEN,
                        new byte[] {1, 2, 3},
                        Operation.CALL,
                        BigInteger.ZERO,
                        BigInteger.ZERO,
                        BigInteger.ZERO,
                        Address.ZERO,
                        Address.ZERO,
                        BigInteger.valueOf(4),
                        Optional.empty(),
                        List.of()));
    }
}
