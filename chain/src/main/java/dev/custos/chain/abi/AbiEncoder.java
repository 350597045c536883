package dev.custos.chain.abi;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Standard (non-packed) ABI encoding, the inverse of {@link AbiDecoder}. */
public final class AbiEncoder {
    private static final int WORD = 32;

    private AbiEncoder() {}

    /** Encodes {@code values} as the tuple {@code types}; a value that does not fit its type throws. */
    public static byte[] encode(List<AbiType> types, List<AbiValue> values) {
        Objects.requireNonNull(types, "types is null");
        Objects.requireNonNull(values, "values is null");
        if (types.size() != values.size()) {
            throw new IllegalArgumentException(types.size() + " types but " + values.size() + " values");
        }
        int headSize = 0;
        for (AbiType type : types) {
            headSize += type.headSize();
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        for (int i = 0; i < types.size(); i++) {
            byte[] encoded = value(types.get(i), values.get(i));
            if (types.get(i).isDynamic()) {
                head.writeBytes(word(BigInteger.valueOf((long) headSize + tail.size())));
                tail.writeBytes(encoded);
            } else {
                head.writeBytes(encoded);
            }
        }
        head.writeBytes(tail.toByteArray());
        return head.toByteArray();
    }

    /** A 32-byte big-endian word holding a non-negative integer below 2^256. */
    public static byte[] word(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 256) {
            throw new IllegalArgumentException("not a uint256: " + value);
        }
        return twosComplement(value);
    }

    private static byte[] value(AbiType type, AbiValue value) {
        return switch (type) {
            case AbiType.UintType uint -> {
                BigInteger number = number(value);
                if (number.signum() < 0 || number.bitLength() > uint.bits()) {
                    throw new IllegalArgumentException(number + " does not fit " + uint.canonicalName());
                }
                yield twosComplement(number);
            }
            case AbiType.IntType integer -> {
                BigInteger number = number(value);
                if (number.bitLength() > integer.bits() - 1) {
                    throw new IllegalArgumentException(number + " does not fit " + integer.canonicalName());
                }
                yield twosComplement(number);
            }
            case AbiType.AddressType ignored -> {
                byte[] word = new byte[WORD];
                byte[] address =
                        cast(value, AbiValue.AddressValue.class).address().bytes();
                System.arraycopy(address, 0, word, WORD - address.length, address.length);
                yield word;
            }
            case AbiType.BoolType ignored ->
                word(cast(value, AbiValue.BoolValue.class).value() ? BigInteger.ONE : BigInteger.ZERO);
            case AbiType.FixedBytesType fixed -> {
                byte[] bytes = cast(value, AbiValue.BytesValue.class).bytes();
                if (bytes.length != fixed.length()) {
                    throw new IllegalArgumentException(bytes.length + " bytes do not fit " + fixed.canonicalName());
                }
                yield padded(bytes);
            }
            case AbiType.BytesType ignored ->
                lengthPrefixed(cast(value, AbiValue.BytesValue.class).bytes());
            case AbiType.StringType ignored ->
                lengthPrefixed(cast(value, AbiValue.StringValue.class).value().getBytes(StandardCharsets.UTF_8));
            case AbiType.ArrayType array -> {
                List<AbiValue> elements = cast(value, AbiValue.ArrayValue.class).elements();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(word(BigInteger.valueOf(elements.size())));
                out.writeBytes(encode(Collections.nCopies(elements.size(), array.element()), elements));
                yield out.toByteArray();
            }
            case AbiType.FixedArrayType array -> {
                List<AbiValue> elements = cast(value, AbiValue.ArrayValue.class).elements();
                if (elements.size() != array.length()) {
                    throw new IllegalArgumentException(elements.size() + " elements for " + array.canonicalName());
                }
                yield encode(Collections.nCopies(array.length(), array.element()), elements);
            }
            case AbiType.TupleType tuple -> {
                List<AbiArgument> components =
                        cast(value, AbiValue.TupleValue.class).components();
                List<AbiType> types = new ArrayList<>();
                List<AbiValue> values = new ArrayList<>();
                for (int i = 0; i < components.size(); i++) {
                    types.add(tuple.components().get(i).type());
                    values.add(components.get(i).value());
                }
                yield encode(types, values);
            }
        };
    }

    private static byte[] lengthPrefixed(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(word(BigInteger.valueOf(bytes.length)));
        out.writeBytes(padded(bytes));
        return out.toByteArray();
    }

    private static byte[] padded(byte[] bytes) {
        byte[] out = new byte[(bytes.length + WORD - 1) / WORD * WORD];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return out;
    }

    private static byte[] twosComplement(BigInteger value) {
        byte[] word = new byte[WORD];
        byte[] magnitude = value.toByteArray();
        if (value.signum() < 0) {
            Arrays.fill(word, (byte) 0xff);
        }
        int length = Math.min(magnitude.length, WORD);
        System.arraycopy(magnitude, magnitude.length - length, word, WORD - length, length);
        return word;
    }

    private static BigInteger number(AbiValue value) {
        return cast(value, AbiValue.NumberValue.class).value();
    }

    private static <T extends AbiValue> T cast(AbiValue value, Class<T> kind) {
        if (!kind.isInstance(value)) {
            throw new IllegalArgumentException("expected " + kind.getSimpleName() + ", got " + value);
        }
        return kind.cast(value);
    }
}
