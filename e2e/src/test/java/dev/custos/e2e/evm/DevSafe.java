package dev.custos.e2e.evm;

import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.rpc.Receipt;
import dev.custos.localevm.EvmNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Test only: a real Safe proxy owned by the node's unlocked accounts, which executes Safe transactions with
 * pre-validated owner signatures (v = 1: the submitting owner, and owners that called {@code approveHash} first).
 */
final class DevSafe {
    private static final String EXECUTION_SUCCESS = Hash32.keccak(
                    "ExecutionSuccess(bytes32,uint256)".getBytes(StandardCharsets.US_ASCII))
            .toHex();

    private final EvmNode node;
    private final Address safe;
    private final Address singleton;

    private DevSafe(EvmNode node, Address safe, Address singleton) {
        this.node = node;
        this.safe = safe;
        this.singleton = singleton;
    }

    static DevSafe create(EvmNode node, String version, List<Address> owners, int threshold) throws Exception {
        Deployments.SafeFactory factory = Deployments.safeFactory(node, version);
        return new DevSafe(node, Deployments.safe(node, factory, owners, threshold), factory.singleton());
    }

    Address address() {
        return safe;
    }

    Address singleton() {
        return singleton;
    }

    /** Calls the Safe's own {@code signature} (an owner, module, guard or threshold change) approved by {@code owners}. */
    Receipt change(List<Address> owners, String signature, AbiValue... values) {
        return execute(owners, safe, Calls.encode(signature, values), 0);
    }

    /**
     * Executes a Safe transaction to {@code to} with {@code data} and {@code operation} (0 call, 1 delegatecall),
     * approved by {@code owners}; the first submits it. Fails unless the Safe reports ExecutionSuccess.
     */
    Receipt execute(List<Address> owners, Address to, byte[] data, int operation) {
        BigInteger nonce = Calls.uintWord(node.call(Optional.empty(), safe, Calls.encode("nonce()")), 0);
        byte[] hash = node.call(
                Optional.empty(),
                safe,
                Calls.encode(
                        "getTransactionHash(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
                                + "uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,"
                                + "uint256 nonce)",
                        Calls.address(to),
                        Calls.number(0),
                        Calls.bytes(data),
                        Calls.number(operation),
                        Calls.number(0),
                        Calls.number(0),
                        Calls.number(0),
                        Calls.address(Address.ZERO),
                        Calls.address(Address.ZERO),
                        Calls.number(nonce)));
        for (Address approver : owners.subList(1, owners.size())) {
            send(approver, Calls.encode("approveHash(bytes32 hashToApprove)", Calls.bytes(hash)));
        }
        ByteArrayOutputStream signatures = new ByteArrayOutputStream();
        for (Address owner : owners.stream().sorted(Comparator.naturalOrder()).toList()) {
            signatures.writeBytes(new byte[12]);
            signatures.writeBytes(owner.bytes());
            signatures.writeBytes(new byte[32]);
            signatures.write(1);
        }
        Receipt receipt = send(
                owners.get(0),
                Calls.encode(
                        "execTransaction(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
                                + "uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,"
                                + "bytes signatures)",
                        Calls.address(to),
                        Calls.number(0),
                        Calls.bytes(data),
                        Calls.number(operation),
                        Calls.number(0),
                        Calls.number(0),
                        Calls.number(0),
                        Calls.address(Address.ZERO),
                        Calls.address(Address.ZERO),
                        Calls.bytes(signatures.toByteArray())));
        if (receipt.logs().stream().noneMatch(log -> log.topics().get(0).toHex().equals(EXECUTION_SUCCESS))) {
            throw new IllegalStateException("the Safe transaction failed inside the Safe");
        }
        return receipt;
    }

    private Receipt send(Address from, byte[] data) {
        return Deployments.mined(
                node,
                node.sendTransaction(from, Optional.of(safe), BigInteger.ZERO, data, BigInteger.valueOf(1_000_000)));
    }
}
