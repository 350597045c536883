package dev.custos.chain.safe;

import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiType;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.PublicKeyRecovery;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Assembles what executes a Safe transaction: the owners' signatures packed as {@code execTransaction} checks them
 * (65 bytes each, in strictly ascending owner order, since the contract requires {@code currentOwner > lastOwner}), and
 * the {@code execTransaction} calldata. Every ECDSA signature is checked against the safeTxHash first, so a signature
 * that would make the Safe revert (or count for another owner) is refused here, naming the owner.
 */
public final class SafeExecution {
    private static final AbiFunction EXEC_TRANSACTION = AbiFunction.parse(
            "execTransaction(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,uint256 baseGas,"
                    + "uint256 gasPrice,address gasToken,address refundReceiver,bytes signatures)");

    private SafeExecution() {}

    /**
     * The packed signatures for {@code safeTxHash}, sorted by owner. Each ECDSA signature (v = 27/28 or 31/32) must
     * recover to its owner and be low-S; a pre-validated one (v = 1) must name its owner; owners must be distinct.
     *
     * @throws IllegalArgumentException naming the owner whose signature is wrong
     */
    public static byte[] packSignatures(Hash32 safeTxHash, List<SafeOwnerSignature> signatures) {
        Objects.requireNonNull(safeTxHash, "safeTxHash is null");
        Objects.requireNonNull(signatures, "signatures is null");
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("no owner signatures");
        }
        TreeMap<Address, SafeOwnerSignature> byOwner = new TreeMap<>();
        for (SafeOwnerSignature signature : signatures) {
            check(safeTxHash, signature);
            if (byOwner.put(signature.owner(), signature) != null) {
                throw new IllegalArgumentException(
                        "two signatures for owner " + signature.owner().toChecksumHex());
            }
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byOwner.values().forEach(signature -> packed.writeBytes(signature.signature()));
        return packed.toByteArray();
    }

    /** The calldata of {@code execTransaction} for {@code transaction} with {@code packedSignatures}. */
    public static byte[] execTransactionCall(SafeTransaction transaction, byte[] packedSignatures) {
        Objects.requireNonNull(transaction, "transaction is null");
        Objects.requireNonNull(packedSignatures, "packedSignatures is null");
        List<AbiValue> values = List.of(
                new AbiValue.AddressValue(transaction.to()),
                new AbiValue.NumberValue(transaction.value()),
                new AbiValue.BytesValue(transaction.data()),
                new AbiValue.NumberValue(
                        BigInteger.valueOf(transaction.operation().code())),
                new AbiValue.NumberValue(transaction.safeTxGas()),
                new AbiValue.NumberValue(transaction.baseGas()),
                new AbiValue.NumberValue(transaction.gasPrice()),
                new AbiValue.AddressValue(transaction.gasToken()),
                new AbiValue.AddressValue(transaction.refundReceiver()),
                new AbiValue.BytesValue(packedSignatures));
        List<AbiType> types = new ArrayList<>();
        for (AbiParameter parameter : EXEC_TRANSACTION.parameters()) {
            types.add(parameter.type());
        }
        ByteArrayOutputStream call = new ByteArrayOutputStream();
        call.writeBytes(EXEC_TRANSACTION.selector());
        call.writeBytes(AbiEncoder.encode(types, values));
        return call.toByteArray();
    }

    private static void check(Hash32 safeTxHash, SafeOwnerSignature signature) {
        String owner = signature.owner().toChecksumHex();
        ConfirmationCheck check = SafeSignatureVerifier.check(
                safeTxHash, new SafeConfirmation(signature.owner(), signature.signature(), Optional.empty()));
        switch (check.kind()) {
            case EOA, ETH_SIGN -> {
                if (check.status() != ConfirmationCheck.Status.VALID) {
                    throw new IllegalArgumentException("the signature of owner " + owner + " is not valid for "
                            + safeTxHash.toHex() + ": " + check.detail());
                }
                byte[] bytes = signature.signature();
                if (new BigInteger(1, Arrays.copyOfRange(bytes, 32, 64)).compareTo(PublicKeyRecovery.HALF_ORDER) > 0) {
                    throw new IllegalArgumentException("the signature of owner " + owner + " has a high s");
                }
            }
            case APPROVED_HASH -> {
                if (check.status() != ConfirmationCheck.Status.UNVERIFIABLE) {
                    throw new IllegalArgumentException(
                            "the pre-validated signature does not name owner " + owner + ": " + check.detail());
                }
            }
            case CONTRACT, MALFORMED ->
                throw new IllegalArgumentException("the signature of owner " + owner + " is a "
                        + check.kind().wireName() + " signature, which is not packed here");
        }
    }
}
