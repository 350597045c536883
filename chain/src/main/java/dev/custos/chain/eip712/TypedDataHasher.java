package dev.custos.chain.eip712;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.eip712.FieldType.AddressType;
import dev.custos.chain.eip712.FieldType.ArrayType;
import dev.custos.chain.eip712.FieldType.BoolType;
import dev.custos.chain.eip712.FieldType.BytesType;
import dev.custos.chain.eip712.FieldType.FixedBytesType;
import dev.custos.chain.eip712.FieldType.IntegerType;
import dev.custos.chain.eip712.FieldType.StringType;
import dev.custos.chain.eip712.FieldType.StructType;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.Keccak256;
import dev.custos.chain.json.JsonInput;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The EIP-712 hashing rules as {@code eth_signTypedData_v4} applies them: {@code encodeType} lists the primary type and
 * then its dependencies sorted by name; struct members hash recursively; {@code string} and {@code bytes} hash their
 * bytes; arrays hash the concatenation of their encoded elements. Values are checked strictly while they are encoded:
 * missing or unknown members, wrong JSON kinds, integers out of range, addresses and {@code bytesN} of the wrong length
 * are errors naming the value's path.
 */
public final class TypedDataHasher {
    /** Most values (struct members and array elements) hashed for one document; bounds the work by the input size. */
    public static final int MAX_VALUES = 100_000;

    private static final int MAX_INTEGER_CHARS = 80;
    private static final byte[] PREFIX = {0x19, 0x01};

    private final TypedData data;
    private final Map<String, Hash32> typeHashes = new HashMap<>();
    private int values;

    private TypedDataHasher(TypedData data) {
        this.data = data;
    }

    /** {@code Name(type name,...)} for {@code type}, followed by its dependencies sorted by name. */
    public static String encodeType(TypedData data, String type) {
        Set<String> dependencies = new TreeSet<>();
        collect(data, type, dependencies);
        dependencies.remove(type);
        StringBuilder text = new StringBuilder();
        appendType(data, type, text);
        for (String dependency : dependencies) {
            appendType(data, dependency, text);
        }
        return text.toString();
    }

    public static Hash32 typeHash(TypedData data, String type) {
        return Hash32.keccak(encodeType(data, type).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code hashStruct(domain)}. */
    public static Hash32 domainSeparator(TypedData data) throws DecodingException {
        return new TypedDataHasher(data).hashStruct(TypedData.DOMAIN_TYPE, data.domain(), "domain");
    }

    /** {@code hashStruct(message)}; empty-message documents whose primary type is the domain have none. */
    public static Hash32 messageHash(TypedData data) throws DecodingException {
        return new TypedDataHasher(data).hashStruct(data.primaryType(), data.message(), "message");
    }

    /**
     * {@code keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message))}; when the primary type is
     * {@code EIP712Domain}, {@code keccak256(0x19 0x01 ‖ domainSeparator)} as eth_signTypedData_v4 computes it.
     */
    public static Hash32 digest(TypedData data) throws DecodingException {
        TypedDataHasher hasher = new TypedDataHasher(data);
        Hash32 domain = hasher.hashStruct(TypedData.DOMAIN_TYPE, data.domain(), "domain");
        if (data.primaryType().equals(TypedData.DOMAIN_TYPE)) {
            return Hash32.keccak(PREFIX, domain.bytes());
        }
        Hash32 message = hasher.hashStruct(data.primaryType(), data.message(), "message");
        return Hash32.keccak(PREFIX, domain.bytes(), message.bytes());
    }

    private static void collect(TypedData data, String type, Set<String> found) {
        if (!found.add(type)) {
            return;
        }
        for (TypedDataField field : data.fields(type)) {
            field.type().structName().ifPresent(referenced -> collect(data, referenced, found));
        }
    }

    private static void appendType(TypedData data, String type, StringBuilder text) {
        text.append(type).append('(');
        List<TypedDataField> fields = data.fields(type);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(fields.get(i).type().name())
                    .append(' ')
                    .append(fields.get(i).name());
        }
        text.append(')');
    }

    private Hash32 hashStruct(String type, JsonNode value, String path) throws DecodingException {
        if (!value.isObject()) {
            throw new DecodingException(path + " must be an object of type " + type);
        }
        List<TypedDataField> fields = data.fields(type);
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            String name = property.getKey();
            if (fields.stream().noneMatch(field -> field.name().equals(name))) {
                throw new DecodingException(
                        path + ": unknown member '" + TypedDataParser.abbreviate(name) + "' for type " + type);
            }
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(32 * (fields.size() + 1));
        encoded.writeBytes(
                typeHashes.computeIfAbsent(type, name -> typeHash(data, name)).bytes());
        for (TypedDataField field : fields) {
            JsonNode member = value.get(field.name());
            if (member == null || member.isNull()) {
                throw new DecodingException(path + "." + field.name() + " is missing");
            }
            encoded.writeBytes(encodeValue(field.type(), member, path + "." + field.name()));
        }
        return Hash32.keccak(encoded.toByteArray());
    }

    private byte[] encodeValue(FieldType type, JsonNode value, String path) throws DecodingException {
        if (++values > MAX_VALUES) {
            throw new DecodingException("typed data has more than " + MAX_VALUES + " values");
        }
        return switch (type) {
            case StructType struct -> hashStruct(struct.name(), value, path).bytes();
            case ArrayType array -> encodeArray(array, value, path);
            case AddressType address -> leftPad(JsonInput.address(value, path).bytes());
            case BoolType bool -> {
                if (!value.isBoolean()) {
                    throw new DecodingException(path + " must be true or false");
                }
                yield leftPad(new byte[] {(byte) (value.booleanValue() ? 1 : 0)});
            }
            case IntegerType integer -> encodeInteger(integer, value, path);
            case FixedBytesType fixed -> {
                byte[] bytes = JsonInput.hex(value, path);
                if (bytes.length != fixed.length()) {
                    throw new DecodingException(path + " must have " + fixed.length() + " bytes for " + fixed.name()
                            + ", got " + bytes.length);
                }
                byte[] word = new byte[32];
                System.arraycopy(bytes, 0, word, 0, bytes.length);
                yield word;
            }
            case BytesType bytes -> Keccak256.hash(JsonInput.hex(value, path));
            case StringType string -> Keccak256.hash(JsonInput.text(value, path));
        };
    }

    private byte[] encodeArray(ArrayType array, JsonNode value, String path) throws DecodingException {
        if (!value.isArray()) {
            throw new DecodingException(path + " must be an array of type " + array.name());
        }
        if (array.length().isPresent() && array.length().getAsInt() != value.size()) {
            throw new DecodingException(
                    path + " must have " + array.length().getAsInt() + " elements, got " + value.size());
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(32 * value.size());
        for (int i = 0; i < value.size(); i++) {
            encoded.writeBytes(encodeValue(array.element(), value.get(i), path + "[" + i + "]"));
        }
        return Keccak256.hash(encoded.toByteArray());
    }

    private static byte[] encodeInteger(IntegerType type, JsonNode value, String path) throws DecodingException {
        BigInteger number = integer(value, path);
        BigInteger limit = BigInteger.ONE.shiftLeft(type.signed() ? type.bits() - 1 : type.bits());
        BigInteger minimum = type.signed() ? limit.negate() : BigInteger.ZERO;
        if (number.compareTo(minimum) < 0 || number.compareTo(limit) >= 0) {
            throw new DecodingException(path + " is out of range for " + type.name() + ": "
                    + TypedDataParser.abbreviate(number.toString()));
        }
        byte[] word = new byte[32];
        if (number.signum() < 0) {
            java.util.Arrays.fill(word, (byte) 0xff);
        }
        byte[] magnitude = number.toByteArray();
        int length = Math.min(magnitude.length, 32);
        System.arraycopy(magnitude, magnitude.length - length, word, 32 - length, length);
        return word;
    }

    /** A JSON integer, a decimal string (optionally negative) or a {@code 0x} hex string. */
    static BigInteger integer(JsonNode value, String path) throws DecodingException {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (!value.isTextual()) {
            throw new DecodingException(path + " must be an integer, a decimal string or a 0x hex string");
        }
        String text = value.textValue();
        if (text.isEmpty() || text.length() > MAX_INTEGER_CHARS) {
            throw new DecodingException(path + " is not an integer: '" + TypedDataParser.abbreviate(text) + "'");
        }
        if (text.startsWith("0x") || text.startsWith("0X")) {
            if (text.length() == 2) {
                throw new DecodingException(path + " is not an integer: '" + text + "'");
            }
            String digits = text.substring(2);
            byte[] bytes;
            try {
                bytes = Hex.decode(digits.length() % 2 == 0 ? digits : "0" + digits);
            } catch (DecodingException e) {
                throw new DecodingException(path, e);
            }
            return new BigInteger(1, bytes);
        }
        int start = text.startsWith("-") ? 1 : 0;
        if (start == text.length()) {
            throw new DecodingException(path + " is not an integer: '" + text + "'");
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new DecodingException(path + " is not an integer: '" + TypedDataParser.abbreviate(text) + "'");
            }
        }
        return new BigInteger(text);
    }

    private static byte[] leftPad(byte[] bytes) {
        byte[] word = new byte[32];
        System.arraycopy(bytes, 0, word, 32 - bytes.length, bytes.length);
        return word;
    }
}
