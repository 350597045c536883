package dev.custos.chain.intent;

import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.MultiSendDecoder;
import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeTransaction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds calldata and Safe transactions for tests. */
final class Calls {
    static final Address SAFE = address(0x5a);
    static final Address TOKEN = address(0x70);
    static final Address SPENDER = address(0x51);
    static final Address MULTI_SEND = address(0x4d);
    static final BigInteger MAX_UINT256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private Calls() {}

    static Address address(int fill) {
        byte[] bytes = new byte[Address.LENGTH];
        Arrays.fill(bytes, (byte) fill);
        return Address.of(bytes);
    }

    static byte[] calldata(String signature, AbiValue... values) {
        AbiFunction function = AbiFunction.parse(signature);
        byte[] arguments = AbiEncoder.encode(
                function.parameters().stream().map(AbiParameter::type).toList(), List.of(values));
        byte[] out = Arrays.copyOf(function.selector(), 4 + arguments.length);
        System.arraycopy(arguments, 0, out, 4, arguments.length);
        return out;
    }

    static AbiValue number(long value) {
        return new AbiValue.NumberValue(BigInteger.valueOf(value));
    }

    static AbiValue number(BigInteger value) {
        return new AbiValue.NumberValue(value);
    }

    static AbiValue addressValue(Address address) {
        return new AbiValue.AddressValue(address);
    }

    static AbiValue bytes(byte[] bytes) {
        return new AbiValue.BytesValue(bytes);
    }

    static byte[] multiSend(MultiSendTransaction... transactions) {
        return calldata("multiSend(bytes transactions)", bytes(MultiSendDecoder.encode(List.of(transactions))));
    }

    static SafeTransaction safeTransaction(Address to, BigInteger value, byte[] data, Operation operation) {
        return new SafeTransaction(
                SAFE,
                to,
                value,
                data,
                operation,
                BigInteger.ZERO,
                BigInteger.ZERO,
                BigInteger.ZERO,
                Address.ZERO,
                Address.ZERO,
                BigInteger.ONE,
                Optional.empty(),
                List.of());
    }
}
