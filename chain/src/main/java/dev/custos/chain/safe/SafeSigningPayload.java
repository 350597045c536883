package dev.custos.chain.safe;

import dev.custos.chain.DecodingException;
import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiDecoder;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiType;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signer needs to compute a Safe transaction's safeTxHash on its own, as one self-contained byte string: the
 * chain id, the Safe's version (which fixes the EIP-712 domain and type), the Safe's address and the {@code SafeTx}
 * fields. The bytes are the standard ABI encoding of the tuple {@code (uint256 chainId, string safeVersion, address
 * safe, address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice,
 * address gasToken, address refundReceiver, uint256 nonce)}; {@link #decode} accepts only the canonical encoding (it
 * re-encodes and compares), so one payload has one byte string.
 *
 * @param chainId the chain the Safe lives on
 * @param version the Safe's version
 * @param transaction the Safe transaction (its claimed hash and confirmations are not part of the payload)
 */
public record SafeSigningPayload(BigInteger chainId, SafeVersion version, SafeTransaction transaction) {
    private static final List<AbiParameter> LAYOUT = AbiFunction.parse("payload(uint256 chainId,string safeVersion,"
                    + "address safe,address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
                    + "uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)")
            .parameters();

    public SafeSigningPayload {
        Objects.requireNonNull(chainId, "chainId is null");
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(transaction, "transaction is null");
        if (chainId.signum() <= 0 || chainId.bitLength() > 256) {
            throw new IllegalArgumentException("chainId must be a positive uint256, got " + chainId);
        }
        transaction = new SafeTransaction(
                transaction.safe(),
                transaction.to(),
                transaction.value(),
                transaction.data(),
                transaction.operation(),
                transaction.safeTxGas(),
                transaction.baseGas(),
                transaction.gasPrice(),
                transaction.gasToken(),
                transaction.refundReceiver(),
                transaction.nonce(),
                Optional.empty(),
                List.of());
    }

    /** The safeTxHash the owners sign. */
    public Hash32 safeTxHash() {
        return SafeTxHasher.safeTxHash(transaction, chainId, version);
    }

    /** The canonical bytes. */
    public byte[] encode() {
        List<AbiValue> values = List.of(
                new AbiValue.NumberValue(chainId),
                new AbiValue.StringValue(version.toString()),
                new AbiValue.AddressValue(transaction.safe()),
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
                new AbiValue.NumberValue(transaction.nonce()));
        return AbiEncoder.encode(types(), values);
    }

    /** Decodes canonical payload bytes; anything else (trailing bytes, non-canonical offsets, bad fields) throws. */
    public static SafeSigningPayload decode(byte[] bytes) throws DecodingException {
        Objects.requireNonNull(bytes, "bytes is null");
        List<AbiArgument> fields = AbiDecoder.decodeArguments(LAYOUT, bytes, 0);
        SafeSigningPayload payload;
        try {
            payload = new SafeSigningPayload(
                    number(fields, 0),
                    SafeVersion.parse(text(fields, 1)),
                    new SafeTransaction(
                            address(fields, 2),
                            address(fields, 3),
                            number(fields, 4),
                            data(fields, 5),
                            Operation.fromCode(number(fields, 6).longValueExact()),
                            number(fields, 7),
                            number(fields, 8),
                            number(fields, 9),
                            address(fields, 10),
                            address(fields, 11),
                            number(fields, 12),
                            Optional.empty(),
                            List.of()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new DecodingException("the Safe signing payload has an invalid field: " + e.getMessage());
        }
        if (!Arrays.equals(payload.encode(), bytes)) {
            throw new DecodingException("the Safe signing payload is not canonically encoded");
        }
        return payload;
    }

    private static BigInteger number(List<AbiArgument> fields, int index) throws DecodingException {
        if (fields.get(index).value() instanceof AbiValue.NumberValue number) {
            return number.value();
        }
        throw new DecodingException(LAYOUT.get(index).name() + " is not a number");
    }

    private static String text(List<AbiArgument> fields, int index) throws DecodingException {
        if (fields.get(index).value() instanceof AbiValue.StringValue text) {
            return text.value();
        }
        throw new DecodingException(LAYOUT.get(index).name() + " is not a string");
    }

    private static Address address(List<AbiArgument> fields, int index) throws DecodingException {
        if (fields.get(index).value() instanceof AbiValue.AddressValue address) {
            return address.address();
        }
        throw new DecodingException(LAYOUT.get(index).name() + " is not an address");
    }

    private static byte[] data(List<AbiArgument> fields, int index) throws DecodingException {
        if (fields.get(index).value() instanceof AbiValue.BytesValue data) {
            return data.bytes();
        }
        throw new DecodingException(LAYOUT.get(index).name() + " is not bytes");
    }

    private static List<AbiType> types() {
        return LAYOUT.stream().map(AbiParameter::type).toList();
    }
}
