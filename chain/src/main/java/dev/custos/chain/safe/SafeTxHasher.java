package dev.custos.chain.safe;

import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.Keccak256;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Computes a Safe's EIP-712 {@code safeTxHash = keccak256(0x19 || 0x01 || domainSeparator || keccak256(encodeData))},
 * choosing the domain and SafeTx type strings by {@link SafeVersion}. The type hashes are computed from these strings
 * at class initialisation.
 */
public final class SafeTxHasher {
    static final String DOMAIN_WITHOUT_CHAIN_ID = "EIP712Domain(address verifyingContract)";
    static final String DOMAIN_WITH_CHAIN_ID = "EIP712Domain(uint256 chainId,address verifyingContract)";
    static final String SAFE_TX_WITH_BASE_GAS = "SafeTx(address to,uint256 value,bytes data,uint8 operation,"
            + "uint256 safeTxGas,uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,"
            + "uint256 nonce)";
    static final String SAFE_TX_WITH_DATA_GAS = SAFE_TX_WITH_BASE_GAS.replace("baseGas", "dataGas");

    private static final Hash32 DOMAIN_WITHOUT_CHAIN_ID_HASH = Hash32.keccak(bytes(DOMAIN_WITHOUT_CHAIN_ID));
    private static final Hash32 DOMAIN_WITH_CHAIN_ID_HASH = Hash32.keccak(bytes(DOMAIN_WITH_CHAIN_ID));
    private static final Hash32 SAFE_TX_WITH_BASE_GAS_HASH = Hash32.keccak(bytes(SAFE_TX_WITH_BASE_GAS));
    private static final Hash32 SAFE_TX_WITH_DATA_GAS_HASH = Hash32.keccak(bytes(SAFE_TX_WITH_DATA_GAS));

    private SafeTxHasher() {}

    public static Hash32 domainTypeHash(SafeVersion version) {
        return version.domainHasChainId() ? DOMAIN_WITH_CHAIN_ID_HASH : DOMAIN_WITHOUT_CHAIN_ID_HASH;
    }

    public static Hash32 safeTxTypeHash(SafeVersion version) {
        return version.usesDataGas() ? SAFE_TX_WITH_DATA_GAS_HASH : SAFE_TX_WITH_BASE_GAS_HASH;
    }

    /** {@code keccak256(abi.encode(DOMAIN_TYPEHASH, [chainId,] safe))}; the chain id is ignored before 1.3.0. */
    public static Hash32 domainSeparator(Address safe, BigInteger chainId, SafeVersion version) {
        Objects.requireNonNull(safe, "safe is null");
        Objects.requireNonNull(chainId, "chainId is null");
        Objects.requireNonNull(version, "version is null");
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        encoded.writeBytes(domainTypeHash(version).bytes());
        if (version.domainHasChainId()) {
            encoded.writeBytes(AbiEncoder.word(chainId));
        }
        encoded.writeBytes(word(safe));
        return Hash32.keccak(encoded.toByteArray());
    }

    /** The EIP-712 struct hash of the SafeTx fields. */
    public static Hash32 structHash(SafeTransaction transaction, SafeVersion version) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        encoded.writeBytes(safeTxTypeHash(version).bytes());
        encoded.writeBytes(word(transaction.to()));
        encoded.writeBytes(AbiEncoder.word(transaction.value()));
        encoded.writeBytes(Keccak256.hash(transaction.data()));
        encoded.writeBytes(
                AbiEncoder.word(BigInteger.valueOf(transaction.operation().code())));
        encoded.writeBytes(AbiEncoder.word(transaction.safeTxGas()));
        encoded.writeBytes(AbiEncoder.word(transaction.baseGas()));
        encoded.writeBytes(AbiEncoder.word(transaction.gasPrice()));
        encoded.writeBytes(word(transaction.gasToken()));
        encoded.writeBytes(word(transaction.refundReceiver()));
        encoded.writeBytes(AbiEncoder.word(transaction.nonce()));
        return Hash32.keccak(encoded.toByteArray());
    }

    /** The hash the owners sign for {@code transaction} on {@code chainId} under {@code version}. */
    public static Hash32 safeTxHash(SafeTransaction transaction, BigInteger chainId, SafeVersion version) {
        Objects.requireNonNull(transaction, "transaction is null");
        return Hash32.keccak(
                new byte[] {0x19, 0x01},
                domainSeparator(transaction.safe(), chainId, version).bytes(),
                structHash(transaction, version).bytes());
    }

    private static byte[] word(Address address) {
        return AbiEncoder.word(new BigInteger(1, address.bytes()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
