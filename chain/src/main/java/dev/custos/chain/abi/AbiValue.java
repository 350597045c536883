package dev.custos.chain.abi;

import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A decoded ABI value. Integers of every width are {@link NumberValue}s; fixed and dynamic bytes are {@link BytesValue}s. */
public sealed interface AbiValue {
    record NumberValue(BigInteger value) implements AbiValue {
        public NumberValue {
            Objects.requireNonNull(value, "value is null");
        }
    }

    record AddressValue(Address address) implements AbiValue {
        public AddressValue {
            Objects.requireNonNull(address, "address is null");
        }
    }

    record BoolValue(boolean value) implements AbiValue {}

    record BytesValue(byte[] bytes) implements AbiValue {
        public BytesValue {
            bytes = Objects.requireNonNull(bytes, "bytes is null").clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BytesValue that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "BytesValue[" + Hex.encode(bytes) + "]";
        }
    }

    record StringValue(String value) implements AbiValue {
        public StringValue {
            Objects.requireNonNull(value, "value is null");
        }
    }

    record ArrayValue(List<AbiValue> elements) implements AbiValue {
        public ArrayValue {
            elements = List.copyOf(Objects.requireNonNull(elements, "elements is null"));
        }
    }

    record TupleValue(List<AbiArgument> components) implements AbiValue {
        public TupleValue {
            components = List.copyOf(Objects.requireNonNull(components, "components is null"));
        }
    }
}
