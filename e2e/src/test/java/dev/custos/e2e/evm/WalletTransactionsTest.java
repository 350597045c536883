package dev.custos.e2e.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.AccessListEntry;
import dev.custos.chain.ethereum.AccessListTransaction;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.BroadcastRefusedException;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.LegacyTransaction;
import dev.custos.chain.ethereum.PublicKeyRecovery;
import dev.custos.chain.ethereum.SignedTransactions;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.chain.ethereum.TransactionSignature;
import dev.custos.chain.rpc.JsonRpcException;
import dev.custos.chain.rpc.Receipt;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transactions signed by three signer nodes (2-of-3 threshold ECDSA, generated through the job engine) are mined by a
 * real EVM node with the wallet as sender; a high-S twin of a good signature is refused by the node as by mainnet.
 */
@ExtendWith(HardhatExtension.class)
class WalletTransactionsTest {
    private static final BigInteger ETHER = BigInteger.TEN.pow(18);
    private static final Address RECIPIENT = address("0x1111111111111111111111111111111111111111");

    @TempDir
    static Path data;

    private static MpcSigners signers;

    @BeforeAll
    static void generateWallet() throws Exception {
        signers = MpcSigners.start(data);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        signers.close();
    }

    @BeforeEach
    void fundWallet(EvmNode node) {
        node.setBalance(signers.address(), ETHER.multiply(BigInteger.TEN));
    }

    @Test
    void eip1559Transfer_isMined_fromTheWallet(EvmNode node) throws Exception {
        DynamicFeeTransaction unsigned = new DynamicFeeTransaction(
                node.chainId(),
                node.transactionCount(signers.address()),
                node.maxPriorityFeePerGas(),
                node.baseFeePerGas().multiply(BigInteger.TWO).add(node.maxPriorityFeePerGas()),
                BigInteger.valueOf(21_000),
                Optional.of(RECIPIENT),
                ETHER,
                new byte[0],
                List.of(),
                Optional.empty());

        Receipt receipt = broadcast(node, signers.signTransaction(unsigned.encode()));

        assertThat(receipt.type()).isEqualTo(2);
        assertThat(receipt.from()).isEqualTo(signers.address());
        assertThat(receipt.to()).contains(RECIPIENT);
        assertThat(node.balance(RECIPIENT)).isEqualTo(ETHER);
    }

    @Test
    void legacyEip155Transfer_isMined_fromTheWallet(EvmNode node) throws Exception {
        LegacyTransaction unsigned = new LegacyTransaction(
                Optional.of(node.chainId()),
                node.transactionCount(signers.address()),
                node.gasPrice(),
                BigInteger.valueOf(21_000),
                Optional.of(RECIPIENT),
                BigInteger.valueOf(12_345),
                new byte[0],
                Optional.empty());

        Receipt receipt = broadcast(node, signers.signTransaction(unsigned.encode()));

        assertThat(receipt.type()).isZero();
        assertThat(receipt.from()).isEqualTo(signers.address());
        assertThat(node.balance(RECIPIENT)).isEqualTo(BigInteger.valueOf(12_345));
    }

    @Test
    void eip2930Transfer_withAnAccessList_isMined_fromTheWallet(EvmNode node) throws Exception {
        AccessListTransaction unsigned = new AccessListTransaction(
                node.chainId(),
                node.transactionCount(signers.address()),
                node.gasPrice(),
                BigInteger.valueOf(30_000),
                Optional.of(RECIPIENT),
                BigInteger.valueOf(777),
                new byte[0],
                List.of(new AccessListEntry(RECIPIENT, List.of())),
                Optional.empty());

        Receipt receipt = broadcast(node, signers.signTransaction(unsigned.encode()));

        assertThat(receipt.type()).isEqualTo(1);
        assertThat(receipt.from()).isEqualTo(signers.address());
        assertThat(node.balance(RECIPIENT)).isEqualTo(BigInteger.valueOf(777));
    }

    @Test
    void highSTwinOfAGoodSignature_isRefused_byTheNodeAndBeforeBroadcast(EvmNode node) throws Exception {
        DynamicFeeTransaction unsigned = new DynamicFeeTransaction(
                node.chainId(),
                node.transactionCount(signers.address()),
                node.maxPriorityFeePerGas(),
                node.baseFeePerGas().multiply(BigInteger.TWO).add(node.maxPriorityFeePerGas()),
                BigInteger.valueOf(21_000),
                Optional.of(RECIPIENT),
                ETHER,
                new byte[0],
                List.of(),
                Optional.empty());
        EthereumTransaction signed = TransactionDecoder.decode(signers.signTransaction(unsigned.encode()));
        TransactionSignature low = signed.signature().orElseThrow();
        TransactionSignature high =
                new TransactionSignature(1 - low.yParity(), low.r(), PublicKeyRecovery.ORDER.subtract(low.s()));
        EthereumTransaction twin = new DynamicFeeTransaction(
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
        // The twin is a valid ECDSA signature by the same key: only the low-S rule tells it apart.
        assertThat(twin.sender()).contains(signers.address());

        assertThatThrownBy(() -> node.sendRawTransaction(twin.encode()))
                .isInstanceOf(JsonRpcException.class)
                .hasMessageContaining("Invalid Signature");
        assertThatThrownBy(() -> SignedTransactions.requireBroadcastable(twin.encode(), signers.address()))
                .isInstanceOf(BroadcastRefusedException.class)
                .hasMessageContaining("high s");
        assertThatThrownBy(() -> SignedTransactions.withSignature(unsigned, high))
                .hasMessageContaining("high s");
        assertThat(node.balance(RECIPIENT)).isZero();
    }

    @Test
    void tamperedSignature_recoversAnotherSender_andIsRefusedBeforeBroadcast(EvmNode node) throws Exception {
        LegacyTransaction unsigned = new LegacyTransaction(
                Optional.of(node.chainId()),
                node.transactionCount(signers.address()),
                node.gasPrice(),
                BigInteger.valueOf(21_000),
                Optional.of(RECIPIENT),
                ETHER,
                new byte[0],
                Optional.empty());
        EthereumTransaction signed = TransactionDecoder.decode(signers.signTransaction(unsigned.encode()));
        TransactionSignature good = signed.signature().orElseThrow();
        BigInteger flipped = good.s().flipBit(3);
        TransactionSignature bad = new TransactionSignature(good.yParity(), good.r(), flipped);
        byte[] tampered = new LegacyTransaction(
                        unsigned.chainId(),
                        unsigned.nonce(),
                        unsigned.gasPrice(),
                        unsigned.gasLimit(),
                        unsigned.to(),
                        unsigned.value(),
                        unsigned.data(),
                        Optional.of(bad))
                .encode();

        assertThatThrownBy(() -> SignedTransactions.requireBroadcastable(tampered, signers.address()))
                .isInstanceOf(BroadcastRefusedException.class)
                .hasMessageContaining("sender");
        // The node cannot tell: to it, the tampered transaction comes from a stranger with no ether.
        assertThatThrownBy(() -> node.sendRawTransaction(tampered)).isInstanceOf(JsonRpcException.class);
        assertThat(node.balance(RECIPIENT)).isZero();
    }

    private static Receipt broadcast(EvmNode node, byte[] signed) {
        SignedTransactions.requireBroadcastable(signed, signers.address());
        return Deployments.mined(node, node.sendRawTransaction(signed).toHex());
    }

    private static Address address(String hex) {
        try {
            return Address.fromHex(hex);
        } catch (DecodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
