package dev.custos.chain.eip712;

import dev.custos.chain.DecodingException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** The type of an EIP-712 struct member: atomic, dynamic, a reference to a struct type, or an array of another type. */
public sealed interface FieldType {
    /** Most array dimensions accepted in one type name. */
    int MAX_ARRAY_DIMENSIONS = 8;

    /** Largest fixed array length accepted. */
    int MAX_FIXED_LENGTH = 1024;

    /** The canonical type name, as it appears in encodeType. */
    String name();

    /** {@code address}. */
    record AddressType() implements FieldType {
        @Override
        public String name() {
            return "address";
        }
    }

    /** {@code bool}. */
    record BoolType() implements FieldType {
        @Override
        public String name() {
            return "bool";
        }
    }

    /** {@code uintN} or {@code intN}, N a multiple of 8 from 8 to 256. */
    record IntegerType(boolean signed, int bits) implements FieldType {
        public IntegerType {
            if (bits < 8 || bits > 256 || bits % 8 != 0) {
                throw new IllegalArgumentException("integer bits must be a multiple of 8 in [8, 256], got " + bits);
            }
        }

        @Override
        public String name() {
            return (signed ? "int" : "uint") + bits;
        }
    }

    /** {@code bytesN}, N from 1 to 32. */
    record FixedBytesType(int length) implements FieldType {
        public FixedBytesType {
            if (length < 1 || length > 32) {
                throw new IllegalArgumentException("bytesN length must be in [1, 32], got " + length);
            }
        }

        @Override
        public String name() {
            return "bytes" + length;
        }
    }

    /** {@code bytes}: hashed with Keccak-256. */
    record BytesType() implements FieldType {
        @Override
        public String name() {
            return "bytes";
        }
    }

    /** {@code string}: its UTF-8 bytes hashed with Keccak-256. */
    record StringType() implements FieldType {
        @Override
        public String name() {
            return "string";
        }
    }

    /** A struct type defined in {@code types}. */
    record StructType(String name) implements FieldType {
        public StructType {
            Objects.requireNonNull(name, "name is null");
        }
    }

    /** {@code T[]} (no length) or {@code T[n]}. */
    record ArrayType(FieldType element, OptionalInt length) implements FieldType {
        public ArrayType {
            Objects.requireNonNull(element, "element is null");
            Objects.requireNonNull(length, "length is null");
        }

        @Override
        public String name() {
            return element.name() + "[" + (length.isPresent() ? Integer.toString(length.getAsInt()) : "") + "]";
        }
    }

    /** The struct type this type refers to, looking through arrays; empty for other types. */
    default Optional<String> structName() {
        FieldType type = this;
        while (type instanceof ArrayType array) {
            type = array.element();
        }
        return type instanceof StructType struct ? Optional.of(struct.name()) : Optional.empty();
    }

    /**
     * Parses a member type name. Names that are neither elementary types nor valid identifiers are refused; whether a
     * struct name is defined is checked by the caller.
     */
    static FieldType parse(String text) throws DecodingException {
        Objects.requireNonNull(text, "text is null");
        int dimensions = 0;
        String base = text;
        while (base.endsWith("]")) {
            if (++dimensions > MAX_ARRAY_DIMENSIONS) {
                throw new DecodingException(
                        "type '" + text + "' has more than " + MAX_ARRAY_DIMENSIONS + " array dimensions");
            }
            int open = base.lastIndexOf('[');
            if (open < 0) {
                throw new DecodingException("type '" + text + "' has an unmatched ']'");
            }
            base = base.substring(0, open);
        }
        FieldType type = elementary(base);
        String suffixes = text.substring(base.length());
        int position = 0;
        while (position < suffixes.length()) {
            int close = suffixes.indexOf(']', position);
            if (suffixes.charAt(position) != '[' || close < 0) {
                throw new DecodingException("type '" + text + "' has a malformed array suffix");
            }
            String digits = suffixes.substring(position + 1, close);
            position = close + 1;
            type = new ArrayType(type, digits.isEmpty() ? OptionalInt.empty() : OptionalInt.of(length(digits, text)));
        }
        return type;
    }

    private static int length(String digits, String text) throws DecodingException {
        if (digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.startsWith("0")) {
            throw new DecodingException("type '" + text + "' has an invalid array length '" + digits + "'");
        }
        int length = Integer.parseInt(digits);
        if (length > MAX_FIXED_LENGTH) {
            throw new DecodingException("type '" + text + "' has an array length above " + MAX_FIXED_LENGTH);
        }
        return length;
    }

    private static FieldType elementary(String base) throws DecodingException {
        switch (base) {
            case "address" -> {
                return new AddressType();
            }
            case "bool" -> {
                return new BoolType();
            }
            case "bytes" -> {
                return new BytesType();
            }
            case "string" -> {
                return new StringType();
            }
            default -> {}
        }
        for (String prefix : new String[] {"uint", "int", "bytes"}) {
            if (base.startsWith(prefix)
                    && base.length() > prefix.length()
                    && isNumber(base.substring(prefix.length()))) {
                int size = Integer.parseInt(base.substring(prefix.length()));
                try {
                    return prefix.equals("bytes")
                            ? new FixedBytesType(size)
                            : new IntegerType(prefix.equals("int"), size);
                } catch (IllegalArgumentException e) {
                    throw new DecodingException("invalid type '" + base + "': " + e.getMessage());
                }
            }
        }
        if (!TypedDataParser.isIdentifier(base)) {
            throw new DecodingException("invalid type name '" + base + "'");
        }
        return new StructType(base);
    }

    private static boolean isNumber(String text) {
        return text.length() <= 3 && !text.startsWith("0") && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
