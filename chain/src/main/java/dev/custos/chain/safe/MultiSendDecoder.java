package dev.custos.chain.safe;

import dev.custos.chain.DecodingException;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.ethereum.Address;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The packed batch encoding of Safe's {@code multiSend(bytes transactions)}: a concatenation of
 * {@code uint8 operation || address to (20) || uint256 value || uint256 dataLength || data}. The decoder requires every
 * entry to be complete, the operation to be 0 or 1 and the batch to end exactly after the last entry.
 */
public final class MultiSendDecoder {
    private static final int HEADER = 1 + Address.LENGTH + 32 + 32;

    private MultiSendDecoder() {}

    public static List<MultiSendTransaction> decode(byte[] packed) throws DecodingException {
        Objects.requireNonNull(packed, "packed is null");
        List<MultiSendTransaction> transactions = new ArrayList<>();
        int position = 0;
        while (position < packed.length) {
            if (packed.length - position < HEADER) {
                throw new DecodingException(
                        "multiSend entry " + transactions.size() + " is truncated: " + (packed.length - position)
                                + " bytes left, " + HEADER + " needed for its header",
                        position);
            }
            Operation operation;
            try {
                operation = Operation.fromCode(packed[position] & 0xff);
            } catch (DecodingException e) {
                throw new DecodingException("multiSend entry " + transactions.size() + " " + e.getMessage(), position);
            }
            Address to = Address.of(Arrays.copyOfRange(packed, position + 1, position + 21));
            BigInteger value = new BigInteger(1, Arrays.copyOfRange(packed, position + 21, position + 53));
            BigInteger length = new BigInteger(1, Arrays.copyOfRange(packed, position + 53, position + 85));
            int dataStart = position + HEADER;
            if (length.compareTo(BigInteger.valueOf(packed.length - dataStart)) > 0) {
                throw new DecodingException(
                        "multiSend entry " + transactions.size() + " data length " + length
                                + " runs past the end of the batch (" + (packed.length - dataStart) + " bytes left)",
                        position + 53);
            }
            int end = dataStart + length.intValueExact();
            transactions.add(
                    new MultiSendTransaction(operation, to, value, Arrays.copyOfRange(packed, dataStart, end)));
            position = end;
        }
        return transactions;
    }

    /** The packed encoding of {@code transactions}, the inverse of {@link #decode}. */
    public static byte[] encode(List<MultiSendTransaction> transactions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (MultiSendTransaction transaction : transactions) {
            out.write(transaction.operation().code());
            out.writeBytes(transaction.to().bytes());
            out.writeBytes(AbiEncoder.word(transaction.value()));
            byte[] data = transaction.data();
            out.writeBytes(AbiEncoder.word(BigInteger.valueOf(data.length)));
            out.writeBytes(data);
        }
        return out.toByteArray();
    }
}
