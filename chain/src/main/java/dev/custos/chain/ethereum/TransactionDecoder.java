package dev.custos.chain.ethereum;

import dev.custos.chain.DecodingException;
import dev.custos.chain.rlp.RlpDecoder;
import dev.custos.chain.rlp.RlpList;
import java.util.Objects;

/**
 * Decodes a raw Ethereum transaction (EIP-2718 envelope), signed or unsigned. Every field must be canonical, so the
 * decoded transaction re-encodes to exactly the input bytes.
 */
public final class TransactionDecoder {
    private TransactionDecoder() {}

    public static EthereumTransaction decode(byte[] raw) throws DecodingException {
        Objects.requireNonNull(raw, "raw is null");
        if (raw.length == 0) {
            throw new DecodingException("transaction is empty");
        }
        int first = raw[0] & 0xff;
        if (first >= 0xc0) {
            return LegacyTransaction.decode(payload(raw, 0, "legacy"));
        }
        return switch (first) {
            case 0x01 -> AccessListTransaction.decode(payload(raw, 1, "EIP-2930"));
            case 0x02 -> DynamicFeeTransaction.decode(payload(raw, 1, "EIP-1559"));
            case 0x03 -> throw new DecodingException("EIP-4844 blob transactions (type 0x03) are not supported");
            case 0x04 -> throw new DecodingException("EIP-7702 set-code transactions (type 0x04) are not supported");
            default ->
                throw new DecodingException(
                        first < 0x80
                                ? String.format("unknown transaction type 0x%02x", first)
                                : "not a transaction: starts with an RLP byte string, not a list or a type byte",
                        0);
        };
    }

    private static RlpList payload(byte[] raw, int start, String kind) throws DecodingException {
        try {
            return RlpDecoder.decodeList(raw, start);
        } catch (DecodingException e) {
            throw new DecodingException(kind + " transaction", e);
        }
    }
}
