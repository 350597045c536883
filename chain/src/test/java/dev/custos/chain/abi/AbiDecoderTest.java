package dev.custos.chain.abi;

import static dev.custos.chain.TestResources.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbiDecoderTest {
    private static final String BYBIT_TRANSFER =
            "0xa9059cbb000000000000000000000000bdd077f651ebe7f7b3ce16fe5f2b025be2969516"
                    + "0000000000000000000000000000000000000000000000000000000000000000";

    @Test
    void decode_bybitTransferCalldata() throws Exception {
        FunctionCall call =
                FunctionRegistry.wellKnown().decode(hex(BYBIT_TRANSFER)).orElseThrow();

        assertThat(call.function().name()).isEqualTo("transfer");
        assertThat(call.arguments().get(0).value())
                .isEqualTo(new AbiValue.AddressValue(Address.fromHex("0xbdd077f651ebe7f7b3ce16fe5f2b025be2969516")));
        assertThat(call.arguments().get(1).value()).isEqualTo(new AbiValue.NumberValue(BigInteger.ZERO));
    }

    @Test
    void decode_unknownSelector_isEmpty() throws Exception {
        assertThat(FunctionRegistry.wellKnown().decode(hex("0xdeadbeef"))).isEmpty();
        assertThat(FunctionRegistry.wellKnown().decode(hex("0xa905"))).isEmpty();
    }

    @Test
    void decode_addressWithDirtyHighBytes_isRejectedAtItsOffset() {
        byte[] data = hex(BYBIT_TRANSFER);
        data[4] = 1;
        assertThatThrownBy(() -> FunctionRegistry.wellKnown().decode(data))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("transfer(address,uint256)")
                .hasMessageContaining("address has non-zero high bytes")
                .hasMessageContaining("at byte 4");
    }

    @Test
    void decode_missingArgument_isRejected() {
        byte[] data = Arrays.copyOf(hex(BYBIT_TRANSFER), 4 + 32 + 31);
        assertThatThrownBy(() -> FunctionRegistry.wellKnown().decode(data))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("runs past the end");
    }

    @Test
    void decode_boolOtherThanZeroOrOne_isRejected() {
        assertThatThrownBy(() -> decode("bool", word(2))).hasMessageContaining("bool value is neither 0 nor 1");
    }

    @Test
    void decode_narrowUintWithHighBits_isRejected() {
        assertThatThrownBy(() -> decode("uint48", word(BigInteger.ONE.shiftLeft(48))))
                .hasMessageContaining("uint48 value has non-zero high bits");
    }

    @Test
    void decode_signedIntegers_checkSignExtension() throws Exception {
        byte[] minusOne = new byte[32];
        Arrays.fill(minusOne, (byte) 0xff);
        assertThat(decode("int8", minusOne)).containsExactly(new AbiValue.NumberValue(BigInteger.ONE.negate()));
        assertThatThrownBy(() -> decode("int8", word(128))).hasMessageContaining("sign-extended");
    }

    @Test
    void decode_fixedBytesWithDirtyPadding_isRejected() {
        byte[] value = new byte[32];
        value[0] = 1;
        value[31] = 1;
        assertThatThrownBy(() -> decode("bytes4", value)).hasMessageContaining("bytes4 has non-zero padding");
    }

    @Test
    void decode_offsetPastTheEnd_isRejected() {
        assertThatThrownBy(() -> decode("bytes", word(64)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("offset 64 points past the end");
    }

    @Test
    void decode_hugeOffset_isRejected() {
        byte[] huge = new byte[32];
        Arrays.fill(huge, (byte) 0xff);
        assertThatThrownBy(() -> decode("string", huge)).hasMessageContaining("too large");
    }

    @Test
    void decode_bytesLengthPastTheEnd_isRejected() {
        assertThatThrownBy(() -> decode("bytes", concat(word(32), word(1000), new byte[32])))
                .hasMessageContaining("run past the end");
    }

    @Test
    void decode_bytesWithDirtyPadding_isRejected() {
        byte[] tail = new byte[32];
        tail[0] = 0x61;
        tail[5] = 1;
        assertThatThrownBy(() -> decode("bytes", concat(word(32), word(1), tail)))
                .hasMessageContaining("bytes padding is not zero");
    }

    @Test
    void decode_stringThatIsNotUtf8_isRejected() {
        byte[] tail = new byte[32];
        tail[0] = (byte) 0xc3;
        assertThatThrownBy(() -> decode("string", concat(word(32), word(1), tail)))
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void decode_arrayLongerThanTheData_isRejectedBeforeAllocating() {
        assertThatThrownBy(() -> decode("uint256[]", concat(word(32), word(Integer.MAX_VALUE))))
                .hasMessageContaining("elements needs");
    }

    @Test
    void decode_aliasedOffsets_hitTheWorkLimit() {
        // bytes[] with 200 elements whose offsets all point at one 8 KB blob: 1.6 MB of output from 15 KB of input
        int count = 200;
        byte[][] parts = new byte[3 + count + 2][];
        parts[0] = word(32);
        parts[1] = word(count);
        int blobOffset = 32 * count;
        for (int i = 0; i < count; i++) {
            parts[2 + i] = word(blobOffset);
        }
        parts[2 + count] = word(8192);
        parts[3 + count] = new byte[8192];
        parts[4 + count] = new byte[0];
        byte[] data = concat(parts);

        assertThatThrownBy(() -> decode("bytes[]", data))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("work limit");
    }

    @Test
    void decode_arrayOfEmptyTuplesWithHugeLength_hitsTheWorkLimit() {
        // an empty tuple reads no data, so one length word could otherwise claim 2^31 - 1 elements
        assertThatThrownBy(() -> decode("()[]", concat(word(32), word(Integer.MAX_VALUE))))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("work limit");
    }

    @Test
    void decode_nestedFixedArraysOfEmptyTuples_hitTheWorkLimit() {
        assertThatThrownBy(() -> decode("()[1024][1024][1024]", new byte[0]))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("work limit");
    }

    @Test
    void decode_shortArrayOfEmptyTuples_decodes() throws Exception {
        AbiValue empty = new AbiValue.TupleValue(List.of());

        assertThat(decode("()[]", concat(word(32), word(3))))
                .containsExactly(new AbiValue.ArrayValue(List.of(empty, empty, empty)));
    }

    @Test
    void decode_nestedDynamicTypes_roundTripThroughTheEncoder() throws Exception {
        AbiFunction function = AbiFunction.parse("f(string s,uint8[] small,(address a,bytes b)[] pairs,bytes32 word)");
        Address address = Address.fromHex("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        List<AbiValue> values = List.of(
                new AbiValue.StringValue("héllo"),
                new AbiValue.ArrayValue(
                        List.of(new AbiValue.NumberValue(BigInteger.ONE), new AbiValue.NumberValue(BigInteger.TWO))),
                new AbiValue.ArrayValue(List.of(new AbiValue.TupleValue(List.of(
                        new AbiArgument("a", new AbiType.AddressType(), new AbiValue.AddressValue(address)),
                        new AbiArgument("b", new AbiType.BytesType(), new AbiValue.BytesValue(new byte[40])))))),
                new AbiValue.BytesValue(new byte[32]));
        List<AbiType> types =
                function.parameters().stream().map(AbiParameter::type).toList();

        byte[] encoded = AbiEncoder.encode(types, values);
        List<AbiArgument> decoded = AbiDecoder.decodeArguments(function.parameters(), encoded, 0);

        assertThat(decoded).extracting(AbiArgument::value).containsExactlyElementsOf(values);
    }

    private static List<AbiValue> decode(String type, byte[] data) throws DecodingException {
        AbiFunction function = AbiFunction.parse("f(" + type + " x)");
        return AbiDecoder.decodeArguments(function.parameters(), data, 0).stream()
                .map(AbiArgument::value)
                .toList();
    }

    private static byte[] word(long value) {
        return word(BigInteger.valueOf(value));
    }

    private static byte[] word(BigInteger value) {
        return AbiEncoder.word(value);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int position = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, position, part.length);
            position += part.length;
        }
        return out;
    }
}
