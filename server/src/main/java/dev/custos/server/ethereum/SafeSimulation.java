package dev.custos.server.ethereum;

import dev.custos.chain.DecodingException;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeVersion;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Safe transaction run inside the Safe before anyone signs it: the Safe's own {@code simulateAndRevert}
 * (StorageAccessible, Safe 1.3.0 and later) delegatecalls Safe's {@code SimulateTxAccessor}, which executes the
 * transaction in the Safe's context and reports its gas, success and return data; then everything reverts, so nothing
 * persists. This class builds that call and reads its revert data.
 */
final class SafeSimulation {
    private static final AbiFunction SIMULATE =
            AbiFunction.parse("simulate(address to,uint256 value,bytes data,uint8 operation)");
    private static final AbiFunction SIMULATE_AND_REVERT =
            AbiFunction.parse("simulateAndRevert(address targetContract,bytes calldataPayload)");
    private static final int WORD = 32;

    /** The canonical SimulateTxAccessor deployments (safe-deployments), the same address on every chain. */
    private static final Map<String, Address> CANONICAL_ACCESSORS = Map.of(
            "1.3.0", address("59ad6735bcd8152b84860cb256dd9e96b85f69da"),
            "1.4.1", address("3d4ba2e0884aa488718476ca2fb8efc291a46199"));

    private SafeSimulation() {}

    /** The canonical SimulateTxAccessor of {@code version}; empty for versions without one Custos knows. */
    static Optional<Address> canonicalAccessor(SafeVersion version) {
        return Optional.ofNullable(CANONICAL_ACCESSORS.get(version.toString()));
    }

    /** The calldata of {@code simulateAndRevert(accessor, simulate(to, value, data, operation))} to the Safe. */
    static byte[] calldata(SafeTransaction transaction, Address accessor) {
        byte[] inner = encode(
                SIMULATE,
                new AbiValue.AddressValue(transaction.to()),
                new AbiValue.NumberValue(transaction.value()),
                new AbiValue.BytesValue(transaction.data()),
                new AbiValue.NumberValue(
                        BigInteger.valueOf(transaction.operation().code())));
        return encode(SIMULATE_AND_REVERT, new AbiValue.AddressValue(accessor), new AbiValue.BytesValue(inner));
    }

    /**
     * What the accessor reported, from the revert data of {@code simulateAndRevert}: {@code success ‖ length ‖
     * returndata} of its delegatecall, the return data being {@code abi.encode(uint256 estimate, bool success, bytes
     * returnData)} of {@code simulate}.
     *
     * @throws DecodingException if the data has another shape (names what)
     */
    static Outcome read(byte[] revertData) throws DecodingException {
        if (revertData.length < 2 * WORD) {
            throw new DecodingException("simulateAndRevert answered " + revertData.length + " bytes, not at least 64"
                    + " (is the Safe 1.3.0 or later?)");
        }
        boolean delegatecallSucceeded = word(revertData, 0).equals(BigInteger.ONE);
        int length = smallWord(revertData, WORD, "the returned length");
        if (2 * WORD + length > revertData.length) {
            throw new DecodingException("simulateAndRevert's returned length " + length + " exceeds its data");
        }
        byte[] returned = Arrays.copyOfRange(revertData, 2 * WORD, 2 * WORD + length);
        if (!delegatecallSucceeded) {
            return new Outcome(false, BigInteger.ZERO, false, returned);
        }
        if (returned.length < 4 * WORD) {
            throw new DecodingException(
                    "the SimulateTxAccessor returned " + returned.length + " bytes, not at least 128");
        }
        BigInteger estimate = word(returned, 0);
        boolean success = word(returned, WORD).equals(BigInteger.ONE);
        int offset = smallWord(returned, 2 * WORD, "the return data's offset");
        if (offset + WORD > returned.length) {
            throw new DecodingException("the SimulateTxAccessor's return data offset " + offset + " is outside it");
        }
        int dataLength = smallWord(returned, offset, "the return data's length");
        if (offset + WORD + dataLength > returned.length) {
            throw new DecodingException("the SimulateTxAccessor's return data length " + dataLength + " exceeds it");
        }
        byte[] data = Arrays.copyOfRange(returned, offset + WORD, offset + WORD + dataLength);
        return new Outcome(true, estimate, success, data);
    }

    /**
     * What the accessor reported.
     *
     * @param accessorRan whether the delegatecall to the accessor itself succeeded (if not, {@code returnData} is its
     *     revert data)
     * @param gasEstimate the gas the transaction used inside the Safe
     * @param success whether the transaction succeeded
     * @param returnData its return or revert data
     */
    record Outcome(boolean accessorRan, BigInteger gasEstimate, boolean success, byte[] returnData) {
        Outcome {
            returnData = returnData.clone();
        }

        @Override
        public byte[] returnData() {
            return returnData.clone();
        }
    }

    private static byte[] encode(AbiFunction function, AbiValue... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(function.selector());
        out.writeBytes(AbiEncoder.encode(
                function.parameters().stream().map(AbiParameter::type).toList(), List.of(values)));
        return out.toByteArray();
    }

    private static BigInteger word(byte[] data, int offset) {
        return new BigInteger(1, Arrays.copyOfRange(data, offset, offset + WORD));
    }

    private static int smallWord(byte[] data, int offset, String what) throws DecodingException {
        BigInteger value = word(data, offset);
        if (value.bitLength() > 24) {
            throw new DecodingException(what + " " + value + " is too large");
        }
        return value.intValueExact();
    }

    private static Address address(String hex) {
        byte[] bytes = new byte[Address.LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return Address.of(bytes);
    }
}
