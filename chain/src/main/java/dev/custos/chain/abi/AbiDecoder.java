package dev.custos.chain.abi;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Strict ABI decoder. Every offset and length is checked against the data before it is followed; values must be clean
 * (address, uintN and bool high bits zero, intN properly sign-extended, bytesN and dynamic bytes zero-padded, padding
 * present, strings valid UTF-8). Offsets may alias, which could make decoding blow up (many array elements pointing at
 * one large blob), and values of an empty tuple type read no data at all, so the work is capped at a budget proportional
 * to the input size: {@value #WORK_PER_WORD} units per 32 input bytes plus {@value #WORK_ALLOWANCE}, where a word read
 * and a decoded value each cost one unit. Nesting deeper than {@value #MAX_DEPTH} levels is rejected. Error
 * offsets are byte positions in the data passed in.
 */
public final class AbiDecoder {
    public static final int MAX_DEPTH = 16;
    static final int WORK_PER_WORD = 4;
    static final int WORK_ALLOWANCE = 256;

    private static final int WORD = 32;
    private static final BigInteger MAX_LENGTH = BigInteger.valueOf(Integer.MAX_VALUE);

    private final byte[] data;
    private long budget;

    private AbiDecoder(byte[] data) {
        this.data = data;
        this.budget = (long) WORK_PER_WORD * (data.length / WORD + 1) + WORK_ALLOWANCE;
    }

    /** Decodes the tuple {@code parameters} encoded in {@code data} from {@code start} (e.g. 4, after a selector). */
    public static List<AbiArgument> decodeArguments(List<AbiParameter> parameters, byte[] data, int start)
            throws DecodingException {
        Objects.requireNonNull(parameters, "parameters is null");
        Objects.requireNonNull(data, "data is null");
        if (start < 0 || start > data.length) {
            throw new IllegalArgumentException("start " + start + " is outside the data");
        }
        return new AbiDecoder(data).tuple(parameters, start, 0);
    }

    private List<AbiArgument> tuple(List<AbiParameter> parameters, int base, int depth) throws DecodingException {
        List<AbiArgument> arguments = new ArrayList<>(parameters.size());
        for (AbiValue value : values(parameterTypes(parameters), base, depth)) {
            AbiParameter parameter = parameters.get(arguments.size());
            arguments.add(new AbiArgument(parameter.name(), parameter.type(), value));
        }
        return arguments;
    }

    private List<AbiValue> values(List<AbiType> types, int base, int depth) throws DecodingException {
        if (depth > MAX_DEPTH) {
            throw new DecodingException("ABI values nested deeper than " + MAX_DEPTH + " levels", base);
        }
        // Each value costs work even when it reads no data: an array of empty tuples must not claim 2^31 elements.
        charge(types.size(), base);
        long headSize = 0;
        for (AbiType type : types) {
            headSize += type.headSize();
        }
        if (base + headSize > data.length) {
            throw new DecodingException(
                    "ABI head of " + headSize + " bytes runs past the end of the data (" + (data.length - base)
                            + " bytes left)",
                    base);
        }
        List<AbiValue> values = new ArrayList<>(types.size());
        int head = base;
        for (AbiType type : types) {
            if (type.isDynamic()) {
                int offset = length(head, "offset");
                if (offset > data.length - base) {
                    throw new DecodingException(
                            "ABI offset " + offset + " points past the end of the data (" + (data.length - base)
                                    + " bytes from the tuple start)",
                            head);
                }
                values.add(value(type, base + offset, depth + 1));
            } else {
                values.add(value(type, head, depth + 1));
            }
            head += type.headSize();
        }
        return values;
    }

    private AbiValue value(AbiType type, int position, int depth) throws DecodingException {
        return switch (type) {
            case AbiType.UintType uint -> new AbiValue.NumberValue(unsigned(position, uint.bits()));
            case AbiType.IntType integer -> new AbiValue.NumberValue(signed(position, integer.bits()));
            case AbiType.AddressType ignored -> new AbiValue.AddressValue(address(position));
            case AbiType.BoolType ignored -> new AbiValue.BoolValue(bool(position));
            case AbiType.FixedBytesType fixed -> new AbiValue.BytesValue(fixedBytes(position, fixed.length()));
            case AbiType.BytesType ignored -> new AbiValue.BytesValue(dynamicBytes(position));
            case AbiType.StringType ignored -> new AbiValue.StringValue(utf8(dynamicBytes(position), position));
            case AbiType.ArrayType array -> array(array.element(), position, depth);
            case AbiType.FixedArrayType array ->
                new AbiValue.ArrayValue(values(Collections.nCopies(array.length(), array.element()), position, depth));
            case AbiType.TupleType tuple -> new AbiValue.TupleValue(tuple(tuple.components(), position, depth));
        };
    }

    private AbiValue array(AbiType element, int position, int depth) throws DecodingException {
        int count = length(position, "array length");
        long needed = (long) count * element.headSize();
        if (needed > data.length - (position + WORD)) {
            throw new DecodingException(
                    "ABI array of " + count + " elements needs " + needed + " bytes but only "
                            + (data.length - position - WORD) + " remain",
                    position);
        }
        return new AbiValue.ArrayValue(values(Collections.nCopies(count, element), position + WORD, depth));
    }

    private byte[] word(int position) throws DecodingException {
        if (position > data.length - WORD) {
            throw new DecodingException("ABI word runs past the end of the data (" + data.length + " bytes)", position);
        }
        charge(1, position);
        return Arrays.copyOfRange(data, position, position + WORD);
    }

    private BigInteger unsigned(int position, int bits) throws DecodingException {
        BigInteger value = new BigInteger(1, word(position));
        if (value.bitLength() > bits) {
            throw new DecodingException("uint" + bits + " value has non-zero high bits", position);
        }
        return value;
    }

    private BigInteger signed(int position, int bits) throws DecodingException {
        BigInteger value = new BigInteger(word(position));
        if (value.bitLength() > bits - 1) {
            throw new DecodingException("int" + bits + " value is not properly sign-extended", position);
        }
        return value;
    }

    private Address address(int position) throws DecodingException {
        byte[] word = word(position);
        requireZero(word, 0, WORD - Address.LENGTH, position, "address has non-zero high bytes");
        return Address.of(Arrays.copyOfRange(word, WORD - Address.LENGTH, WORD));
    }

    private boolean bool(int position) throws DecodingException {
        BigInteger value = new BigInteger(1, word(position));
        if (value.bitLength() > 1) {
            throw new DecodingException("bool value is neither 0 nor 1", position);
        }
        return value.signum() == 1;
    }

    private byte[] fixedBytes(int position, int length) throws DecodingException {
        byte[] word = word(position);
        requireZero(word, length, WORD, position, "bytes" + length + " has non-zero padding");
        return Arrays.copyOf(word, length);
    }

    private byte[] dynamicBytes(int position) throws DecodingException {
        int length = length(position, "bytes length");
        int start = position + WORD;
        long padded = ((long) length + WORD - 1) / WORD * WORD;
        if (padded > data.length - start) {
            throw new DecodingException(
                    "ABI bytes of length " + length + " (padded " + padded + ") run past the end of the data ("
                            + (data.length - start) + " bytes left)",
                    position);
        }
        charge(padded / WORD, position);
        requireZero(data, start + length, (int) (start + padded), position, "bytes padding is not zero");
        return Arrays.copyOfRange(data, start, start + length);
    }

    /** Reads a word used as a length or offset; it must fit in a non-negative int. */
    private int length(int position, String what) throws DecodingException {
        BigInteger value = new BigInteger(1, word(position));
        if (value.compareTo(MAX_LENGTH) > 0) {
            throw new DecodingException("ABI " + what + " " + value + " is too large", position);
        }
        return value.intValue();
    }

    private void charge(long words, int position) throws DecodingException {
        budget -= words;
        if (budget < 0) {
            throw new DecodingException(
                    "ABI decoding exceeds its work limit for " + data.length
                            + " bytes of input (offsets alias the same data)",
                    position);
        }
    }

    private static void requireZero(byte[] bytes, int from, int to, int position, String message)
            throws DecodingException {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                throw new DecodingException(message, position);
            }
        }
    }

    private static String utf8(byte[] bytes, int position) throws DecodingException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DecodingException("string is not valid UTF-8", position);
        }
    }

    private static List<AbiType> parameterTypes(List<AbiParameter> parameters) {
        List<AbiType> types = new ArrayList<>(parameters.size());
        for (AbiParameter parameter : parameters) {
            types.add(parameter.type());
        }
        return types;
    }
}
