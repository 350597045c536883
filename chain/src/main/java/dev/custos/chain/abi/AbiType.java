package dev.custos.chain.abi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A Solidity ABI type. */
public sealed interface AbiType {
    /** The name used in canonical function signatures, e.g. {@code uint256} or {@code (address,uint160)[]}. */
    String canonicalName();

    /**
     * True if values are stored behind an offset (bytes, string, T[], and composites containing them). Elementary
     * static types (integers, address, bool, bytesN) are not.
     */
    default boolean isDynamic() {
        return false;
    }

    /**
     * The bytes a value occupies in the head of an enclosing tuple: one 32-byte word for elementary types and for
     * dynamic types (their offset); static arrays and tuples override it.
     */
    default int headSize() {
        return 32;
    }

    record UintType(int bits) implements AbiType {
        public UintType {
            checkBits(bits);
        }

        @Override
        public String canonicalName() {
            return "uint" + bits;
        }
    }

    record IntType(int bits) implements AbiType {
        public IntType {
            checkBits(bits);
        }

        @Override
        public String canonicalName() {
            return "int" + bits;
        }
    }

    record AddressType() implements AbiType {
        @Override
        public String canonicalName() {
            return "address";
        }
    }

    record BoolType() implements AbiType {
        @Override
        public String canonicalName() {
            return "bool";
        }
    }

    /** {@code bytes1} to {@code bytes32}. */
    record FixedBytesType(int length) implements AbiType {
        public FixedBytesType {
            if (length < 1 || length > 32) {
                throw new IllegalArgumentException("bytesN needs N in [1, 32], got " + length);
            }
        }

        @Override
        public String canonicalName() {
            return "bytes" + length;
        }
    }

    record BytesType() implements AbiType {
        @Override
        public String canonicalName() {
            return "bytes";
        }

        @Override
        public boolean isDynamic() {
            return true;
        }
    }

    record StringType() implements AbiType {
        @Override
        public String canonicalName() {
            return "string";
        }

        @Override
        public boolean isDynamic() {
            return true;
        }
    }

    /** {@code T[]}: a length followed by the elements encoded as a tuple. */
    record ArrayType(AbiType element) implements AbiType {
        public ArrayType {
            Objects.requireNonNull(element, "element is null");
        }

        @Override
        public String canonicalName() {
            return element.canonicalName() + "[]";
        }

        @Override
        public boolean isDynamic() {
            return true;
        }
    }

    /** {@code T[k]}: k elements encoded as a tuple. */
    record FixedArrayType(AbiType element, int length) implements AbiType {
        public FixedArrayType {
            Objects.requireNonNull(element, "element is null");
            if (length < 1 || length > 1024) {
                throw new IllegalArgumentException("fixed array length must be in [1, 1024], got " + length);
            }
        }

        @Override
        public String canonicalName() {
            return element.canonicalName() + "[" + length + "]";
        }

        @Override
        public boolean isDynamic() {
            return element.isDynamic();
        }

        @Override
        public int headSize() {
            return isDynamic() ? 32 : Math.multiplyExact(element.headSize(), length);
        }
    }

    record TupleType(List<AbiParameter> components) implements AbiType {
        public TupleType {
            components = List.copyOf(Objects.requireNonNull(components, "components is null"));
        }

        @Override
        public String canonicalName() {
            return components.stream()
                    .map(component -> component.type().canonicalName())
                    .collect(Collectors.joining(",", "(", ")"));
        }

        @Override
        public boolean isDynamic() {
            return components.stream().anyMatch(component -> component.type().isDynamic());
        }

        @Override
        public int headSize() {
            if (isDynamic()) {
                return 32;
            }
            int size = 0;
            for (AbiParameter component : components) {
                size = Math.addExact(size, component.type().headSize());
            }
            return size;
        }
    }

    private static void checkBits(int bits) {
        if (bits < 8 || bits > 256 || bits % 8 != 0) {
            throw new IllegalArgumentException("integer width must be a multiple of 8 in [8, 256], got " + bits);
        }
    }
}
