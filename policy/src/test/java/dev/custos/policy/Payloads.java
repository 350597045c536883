package dev.custos.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rlp.RlpEncoder;
import dev.custos.chain.rlp.RlpList;
import dev.custos.chain.rlp.RlpString;
import dev.custos.chain.safe.MultiSendDecoder;
import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Builds the payloads of test requests: raw EIP-1559 transactions, ERC-20 calldata, Safe transactions, multiSend. */
public final class Payloads {
    /** USDC on Ethereum mainnet (6 decimals). */
    public static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

    /** The canonical Safe MultiSendCallOnly 1.3.0 deployment. */
    public static final String MULTI_SEND = "0x40a2accbd92bca938b02010e17a5b8929b49130d";

    public static final String SAFE = "0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a";
    public static final String ATTACKER = "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";

    private Payloads() {}

    /** An unsigned EIP-1559 transaction on chain 1, as hex. */
    public static String eip1559(String to, BigInteger value, byte[] data) {
        byte[] body = RlpEncoder.encode(RlpList.of(
                RlpString.ofUnsigned(1),
                RlpString.ofUnsigned(7),
                RlpString.ofUnsigned(1_000_000_000L),
                RlpString.ofUnsigned(30_000_000_000L),
                RlpString.ofUnsigned(100_000),
                RlpString.of(address(to).bytes()),
                RlpString.ofUnsigned(value),
                RlpString.of(data),
                RlpList.of()));
        byte[] typed = new byte[body.length + 1];
        typed[0] = 0x02;
        System.arraycopy(body, 0, typed, 1, body.length);
        return Hex.encode(typed);
    }

    /** ERC-20 {@code transfer(to, amount)} calldata. */
    public static byte[] erc20Transfer(String to, BigInteger amount) {
        return calldata(
                "transfer(address to,uint256 amount)",
                new AbiValue.AddressValue(address(to)),
                new AbiValue.NumberValue(amount));
    }

    /** A raw transaction calling USDC's {@code transfer(to, units)} (6 decimals: 1 USDC = 1,000,000 units). */
    public static String usdcTransfer(String to, BigInteger units) {
        return eip1559(USDC, BigInteger.ZERO, erc20Transfer(to, units));
    }

    /** {@code multiSend(transactions)} calldata with plain calls. */
    public static byte[] multiSend(MultiSendTransaction... transactions) {
        return calldata(
                "multiSend(bytes transactions)",
                new AbiValue.BytesValue(MultiSendDecoder.encode(List.of(transactions))));
    }

    public static MultiSendTransaction call(String to, BigInteger value, byte[] data) {
        return new MultiSendTransaction(Operation.CALL, address(to), value, data);
    }

    /** A Safe Transaction Service object for {@link #SAFE}, nonce 3. */
    public static ObjectNode safeTransaction(String to, BigInteger value, byte[] data, Operation operation) {
        ObjectNode node = Fixtures.MAPPER.createObjectNode();
        node.put("safe", SAFE);
        node.put("to", to);
        node.put("value", value.toString());
        node.put("data", Hex.encode(data));
        node.put("operation", operation.code());
        node.put("nonce", 3);
        return node;
    }

    static byte[] calldata(String signature, AbiValue... values) {
        AbiFunction function = AbiFunction.parse(signature);
        byte[] arguments = AbiEncoder.encode(
                function.parameters().stream().map(AbiParameter::type).toList(), List.of(values));
        byte[] out = Arrays.copyOf(function.selector(), 4 + arguments.length);
        System.arraycopy(arguments, 0, out, 4, arguments.length);
        return out;
    }

    static Address address(String hex) {
        try {
            return Address.fromHex(hex);
        } catch (DecodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
