package dev.custos.chain.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AbiProperties {
    private static final List<KnownFunction> FUNCTIONS = KnownFunctions.all();

    @Property(tries = 1000)
    void decode_randomArgumentsForEveryKnownSelector_succeedsOrThrowsDecodingException(
            @ForAll @IntRange(min = 0, max = 1000) int functionIndex, @ForAll @Size(max = 600) byte[] arguments) {
        KnownFunction function = FUNCTIONS.get(functionIndex % FUNCTIONS.size());
        byte[] calldata = concat(function.function().selector(), arguments);
        try {
            FunctionCall call = FunctionRegistry.wellKnown().decode(calldata).orElseThrow();
            assertThat(call.arguments())
                    .hasSize(function.function().parameters().size());
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).contains(function.function().canonicalSignature());
        }
    }

    @Property(tries = 300)
    void encodeThenDecode_roundTripsForEveryKnownFunction(@ForAll("calls") Call call) throws Exception {
        byte[] encoded = AbiEncoder.encode(call.types(), call.values());

        List<AbiArgument> decoded = AbiDecoder.decodeArguments(call.function().parameters(), encoded, 0);

        assertThat(decoded).extracting(AbiArgument::value).containsExactlyElementsOf(call.values());
    }

    @Property(tries = 300)
    void decode_truncatedEncoding_isRejected(@ForAll("calls") Call call, @ForAll @IntRange(min = 1) int cut) {
        byte[] encoded = AbiEncoder.encode(call.types(), call.values());
        if (encoded.length == 0) {
            return;
        }
        byte[] truncated = Arrays.copyOf(encoded, encoded.length - 1 - (cut % encoded.length));
        assertThatThrownBy(() -> AbiDecoder.decodeArguments(call.function().parameters(), truncated, 0))
                .isInstanceOf(DecodingException.class);
    }

    @Property(tries = 300)
    void decode_singleByteMutation_succeedsOrThrowsDecodingException(
            @ForAll("calls") Call call, @ForAll @IntRange(min = 0) int position, @ForAll byte replacement) {
        byte[] encoded = AbiEncoder.encode(call.types(), call.values());
        if (encoded.length == 0) {
            return;
        }
        encoded[position % encoded.length] = replacement;
        try {
            AbiDecoder.decodeArguments(call.function().parameters(), encoded, 0);
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    record Call(AbiFunction function, List<AbiType> types, List<AbiValue> values) {}

    @Provide
    Arbitrary<Call> calls() {
        return Arbitraries.of(FUNCTIONS).flatMap(known -> {
            AbiFunction function = known.function();
            List<AbiType> types =
                    function.parameters().stream().map(AbiParameter::type).toList();
            List<Arbitrary<AbiValue>> values = new ArrayList<>();
            for (AbiParameter parameter : function.parameters()) {
                values.add(value(parameter.type()));
            }
            return Combinators.combine(values).as(list -> new Call(function, types, List.copyOf(list)));
        });
    }

    private static Arbitrary<AbiValue> value(AbiType type) {
        return switch (type) {
            case AbiType.UintType uint ->
                Arbitraries.bigIntegers()
                        .between(
                                BigInteger.ZERO,
                                BigInteger.ONE.shiftLeft(uint.bits()).subtract(BigInteger.ONE))
                        .map(AbiValue.NumberValue::new);
            case AbiType.IntType integer ->
                Arbitraries.bigIntegers()
                        .between(
                                BigInteger.ONE.shiftLeft(integer.bits() - 1).negate(),
                                BigInteger.ONE.shiftLeft(integer.bits() - 1).subtract(BigInteger.ONE))
                        .map(AbiValue.NumberValue::new);
            case AbiType.AddressType ignored ->
                Arbitraries.bytes()
                        .array(byte[].class)
                        .ofSize(Address.LENGTH)
                        .map(bytes -> new AbiValue.AddressValue(Address.of(bytes)));
            case AbiType.BoolType ignored -> Arbitraries.of(true, false).map(AbiValue.BoolValue::new);
            case AbiType.FixedBytesType fixed ->
                Arbitraries.bytes().array(byte[].class).ofSize(fixed.length()).map(AbiValue.BytesValue::new);
            case AbiType.BytesType ignored ->
                Arbitraries.bytes().array(byte[].class).ofMaxSize(100).map(AbiValue.BytesValue::new);
            case AbiType.StringType ignored ->
                Arbitraries.strings().ofMaxLength(40).map(AbiValue.StringValue::new);
            case AbiType.ArrayType array ->
                value(array.element()).list().ofMaxSize(4).map(AbiValue.ArrayValue::new);
            case AbiType.FixedArrayType array ->
                value(array.element()).list().ofSize(array.length()).map(AbiValue.ArrayValue::new);
            case AbiType.TupleType tuple -> {
                List<Arbitrary<AbiArgument>> components = new ArrayList<>();
                for (AbiParameter component : tuple.components()) {
                    components.add(value(component.type())
                            .map(value -> new AbiArgument(component.name(), component.type(), value)));
                }
                yield Combinators.combine(components).as(list -> new AbiValue.TupleValue(List.copyOf(list)));
            }
        };
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
