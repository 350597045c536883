package dev.custos.e2e.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.SignedTransactions;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.rpc.JsonRpcException;
import dev.custos.chain.rpc.Receipt;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeExecution;
import dev.custos.chain.safe.SafeOwnerSignature;
import dev.custos.chain.safe.SafeSigningPayload;
import dev.custos.chain.safe.SafeTransaction;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Safe bytecode (1.4.1 and 1.3.0 from the npm packages, 1.1.1 — the Bybit wallet's version — vendored) on a real EVM node, with the threshold-ECDSA wallet as
 * one of three owners (threshold 2): the wallet signs the safeTxHash its nodes derive themselves, its signature is
 * packed with another owner's in owner order, and the wallet's own address submits {@code execTransaction}. Then the
 * Bybit takeover, replayed on the same bytecode: what the nodes sign by raw signing (no policy) executes, rewrites the
 * Safe's singleton and lets a stranger sweep it, while Custos's decoder flags the very same bytes.
 */
@ExtendWith(HardhatExtension.class)
class SafeOnHardhatTest {
    private static final BigInteger ETHER = BigInteger.TEN.pow(18);
    private static final String EXECUTION_SUCCESS = Hash32.keccak(
                    "ExecutionSuccess(bytes32,uint256)".getBytes(StandardCharsets.US_ASCII))
            .toHex();

    @TempDir
    static Path data;

    private static MpcSigners signers;
    private static final LocalKey SECOND_OWNER = new LocalKey(new BigInteger("c0ffee5afe0123456789", 16));

    @BeforeAll
    static void generateWallet() throws Exception {
        signers = MpcSigners.start(data);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        signers.close();
    }

    @ParameterizedTest(name = "Safe {0}")
    @ValueSource(strings = {"1.4.1", "1.3.0", "1.1.1"})
    void safeTransaction_signedByTheWalletAndAnotherOwner_isExecuted(String version, EvmNode node) throws Exception {
        Fixture fixture = Fixture.create(node, version);
        Address recipient = node.accounts().get(5);
        BigInteger before = node.balance(recipient);
        SafeSigningPayload payload = fixture.payload(recipient, ETHER, new byte[0], Operation.CALL);

        assertThat(onChainHash(node, fixture.safe, payload)).isEqualTo(payload.safeTxHash());
        List<SafeOwnerSignature> signatures =
                List.of(signers.signSafeTransaction(payload), SECOND_OWNER.signSafeTxHash(payload.safeTxHash()));
        byte[] packed = SafeExecution.packSignatures(payload.safeTxHash(), signatures);
        Address lowerOwner =
                signers.address().compareTo(SECOND_OWNER.address()) < 0 ? signers.address() : SECOND_OWNER.address();
        assertThat(packed).hasSize(130);
        assertThat(signatureOwner(packed, 0, signatures)).isEqualTo(lowerOwner);

        byte[] oneSignature = SafeExecution.packSignatures(payload.safeTxHash(), signatures.subList(0, 1));
        assertThatThrownBy(() -> node.call(
                        Optional.of(signers.address()),
                        fixture.safe,
                        SafeExecution.execTransactionCall(payload.transaction(), oneSignature)))
                .isInstanceOf(JsonRpcException.class)
                .hasMessageContaining(version.equals("1.1.1") ? "Signatures data too short" : "GS020");

        Receipt receipt = execute(node, fixture.safe, payload, packed);

        assertThat(receipt.from()).isEqualTo(signers.address());
        assertThat(receipt.logs()).anySatisfy(log -> {
            assertThat(log.address()).isEqualTo(fixture.safe);
            assertThat(log.topics().get(0).toHex()).isEqualTo(EXECUTION_SUCCESS);
        });
        assertThat(node.balance(recipient)).isEqualTo(before.add(ETHER));
        assertThat(node.balance(fixture.safe)).isEqualTo(ETHER.multiply(BigInteger.valueOf(4)));
    }

    @Test
    void vendoredSafe111_deploysTheCanonicalRuntimeCode(EvmNode node) throws Exception {
        Deployments.SafeFactory factory = Deployments.safeFactory(node, "1.1.1");

        // The canonical code hashes of v1.1.1 in @safe-global/safe-deployments 1.37.63 (gnosis_safe, proxy_factory).
        assertThat(Hash32.keccak(node.code(factory.singleton())).toHex())
                .isEqualTo("0x56b8be58b5ad629a621593a2e5e5e8e9a28408dc06e95597497b303902772e45");
        assertThat(Hash32.keccak(node.code(factory.factory())).toHex())
                .isEqualTo("0x0f0bb9c13be3b595d6f0fde841d5247a96f7e315bd8b97e1363553bee9a7d995");
    }

    @ParameterizedTest(name = "Safe {0}")
    @ValueSource(strings = {"1.4.1", "1.3.0", "1.1.1"})
    void bybitTakeover_signedRaw_rewritesSlot0AndIsSwept_whileTheDecoderFlagsIt(String version, EvmNode node)
            throws Exception {
        Fixture fixture = Fixture.create(node, version);
        Address trojan = Deployments.deploy(node, Deployments.attackContract("Trojan"));
        Address backdoor = Deployments.deploy(node, Deployments.attackContract("Backdoor"));
        byte[] transfer = Calls.encode("transfer(address to,uint256 amount)", Calls.address(backdoor), Calls.number(0));
        SafeSigningPayload payload = fixture.payload(trojan, BigInteger.ZERO, transfer, Operation.DELEGATECALL);

        Intent intent = IntentDecoder.withWellKnownFunctions(AddressBook.empty())
                .decodeSafeTransaction(payload.transaction(), payload.chainId(), payload.version());
        assertThat(intent.flags()).contains(Flag.DELEGATECALL, Flag.UNKNOWN_TARGET, Flag.TOKEN_TRANSFER);
        assertThat(intent.safeTxHash()).contains(payload.safeTxHash());
        assertThat(Calls.addressWord(node.storageAt(fixture.safe, BigInteger.ZERO), 0))
                .isEqualTo(fixture.singleton);

        byte[] packed = SafeExecution.packSignatures(
                payload.safeTxHash(),
                List.of(signers.signSafeTransaction(payload), SECOND_OWNER.signSafeTxHash(payload.safeTxHash())));
        Receipt receipt = execute(node, fixture.safe, payload, packed);

        assertThat(receipt.from()).isEqualTo(signers.address());
        assertThat(Calls.addressWord(node.storageAt(fixture.safe, BigInteger.ZERO), 0))
                .isEqualTo(backdoor);
        Address attacker = node.accounts().get(7);
        Deployments.mined(
                node,
                node.sendTransaction(
                        attacker,
                        Optional.of(fixture.safe),
                        BigInteger.ZERO,
                        Calls.encode("sweepETH(address to)", Calls.address(attacker)),
                        BigInteger.valueOf(100_000)));
        assertThat(node.balance(fixture.safe)).isZero();
    }

    /** A funded 2-of-3 Safe of {@code version} whose owners are the wallet, the second owner and a dev account. */
    private record Fixture(EvmNode node, Deployments.SafeFactory factory, Address safe, Address singleton) {
        static Fixture create(EvmNode node, String version) throws Exception {
            Deployments.SafeFactory factory = Deployments.safeFactory(node, version);
            Address safe = Deployments.safe(
                    node,
                    factory,
                    List.of(
                            signers.address(),
                            SECOND_OWNER.address(),
                            node.accounts().get(2)),
                    2);
            node.setBalance(safe, ETHER.multiply(BigInteger.valueOf(5)));
            node.setBalance(signers.address(), ETHER.multiply(BigInteger.TEN));
            return new Fixture(node, factory, safe, factory.singleton());
        }

        SafeSigningPayload payload(Address to, BigInteger value, byte[] data, Operation operation) {
            BigInteger nonce = Calls.uintWord(node.call(Optional.empty(), safe, Calls.encode("nonce()")), 0);
            return new SafeSigningPayload(
                    node.chainId(),
                    factory.version(),
                    new SafeTransaction(
                            safe,
                            to,
                            value,
                            data,
                            operation,
                            BigInteger.ZERO,
                            BigInteger.ZERO,
                            BigInteger.ZERO,
                            Address.ZERO,
                            Address.ZERO,
                            nonce,
                            Optional.empty(),
                            List.of()));
        }
    }

    /** The wallet submits {@code execTransaction} as an EIP-1559 transaction its nodes sign. */
    private static Receipt execute(EvmNode node, Address safe, SafeSigningPayload payload, byte[] packed)
            throws Exception {
        DynamicFeeTransaction unsigned = new DynamicFeeTransaction(
                node.chainId(),
                node.transactionCount(signers.address()),
                node.maxPriorityFeePerGas(),
                node.baseFeePerGas().multiply(BigInteger.TWO).add(node.maxPriorityFeePerGas()),
                BigInteger.valueOf(500_000),
                Optional.of(safe),
                BigInteger.ZERO,
                SafeExecution.execTransactionCall(payload.transaction(), packed),
                List.of(),
                Optional.empty());
        byte[] signed = signers.signTransaction(unsigned.encode());
        SignedTransactions.requireBroadcastable(signed, signers.address());
        return Deployments.mined(node, node.sendRawTransaction(signed).toHex());
    }

    private static Hash32 onChainHash(EvmNode node, Address safe, SafeSigningPayload payload) {
        SafeTransaction tx = payload.transaction();
        byte[] output = node.call(
                Optional.empty(),
                safe,
                Calls.encode(
                        "getTransactionHash(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
                                + "uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,"
                                + "uint256 nonce)",
                        Calls.address(tx.to()),
                        Calls.number(tx.value()),
                        Calls.bytes(tx.data()),
                        Calls.number(tx.operation().code()),
                        Calls.number(tx.safeTxGas()),
                        Calls.number(tx.baseGas()),
                        Calls.number(tx.gasPrice()),
                        Calls.address(tx.gasToken()),
                        Calls.address(tx.refundReceiver()),
                        Calls.number(tx.nonce())));
        return Hash32.of(output);
    }

    private static Address signatureOwner(byte[] packed, int index, List<SafeOwnerSignature> signatures) {
        byte[] slice = Arrays.copyOfRange(packed, index * 65, index * 65 + 65);
        return signatures.stream()
                .filter(signature -> Arrays.equals(signature.signature(), slice))
                .findFirst()
                .orElseThrow()
                .owner();
    }
}
