package dev.custos.e2e.evm;

import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Test only: calldata for a function signature and values, and reading words from call output. */
final class Calls {
    private Calls() {}

    static byte[] encode(String signature, AbiValue... values) {
        AbiFunction function = AbiFunction.parse(signature);
        ByteArrayOutputStream call = new ByteArrayOutputStream();
        call.writeBytes(function.selector());
        call.writeBytes(AbiEncoder.encode(
                function.parameters().stream().map(AbiParameter::type).toList(), List.of(values)));
        return call.toByteArray();
    }

    static AbiValue address(Address address) {
        return new AbiValue.AddressValue(address);
    }

    static AbiValue number(BigInteger value) {
        return new AbiValue.NumberValue(value);
    }

    static AbiValue number(long value) {
        return number(BigInteger.valueOf(value));
    }

    static AbiValue bytes(byte[] value) {
        return new AbiValue.BytesValue(value);
    }

    static AbiValue addresses(List<Address> addresses) {
        return new AbiValue.ArrayValue(addresses.stream().map(Calls::address).toList());
    }

    /** The address in the low 20 bytes of the 32-byte word at {@code offset}. */
    static Address addressWord(byte[] output, int offset) {
        return Address.of(Arrays.copyOfRange(output, offset + 12, offset + 32));
    }

    static BigInteger uintWord(byte[] output, int offset) {
        return new BigInteger(1, Arrays.copyOfRange(output, offset, offset + 32));
    }
}
