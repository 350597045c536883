package dev.custos.chain.ethereum;

import dev.custos.chain.DecodingException;
import dev.custos.chain.rlp.RlpEncoder;
import dev.custos.chain.rlp.RlpItem;
import dev.custos.chain.rlp.RlpList;
import java.util.List;
import java.util.Optional;

/**
 * The EIP-2718 envelope shared by the typed transactions: {@code type || rlp(fields)}, where a signed transaction
 * appends {@code yParity, r, s} to its unsigned fields.
 */
final class TypedTransactionCodec {
    private static final int SIGNATURE_FIELDS = 3;

    private TypedTransactionCodec() {}

    /**
     * Checks that {@code fields} has {@code unsignedSize} fields (unsigned) or three more (signed) and decodes the
     * trailing signature if there is one. {@code description} names the type in errors, e.g. "an EIP-2930 transaction".
     */
    static Optional<TransactionSignature> signature(RlpList fields, int unsignedSize, String description)
            throws DecodingException {
        int signedSize = unsignedSize + SIGNATURE_FIELDS;
        if (fields.size() != unsignedSize && fields.size() != signedSize) {
            throw new DecodingException(description + " has " + unsignedSize + " fields (unsigned) or " + signedSize
                    + " (signed), got " + fields.size());
        }
        if (fields.size() == unsignedSize) {
            return Optional.empty();
        }
        return Optional.of(TransactionFields.typedSignature(
                fields.get(unsignedSize), fields.get(unsignedSize + 1), fields.get(unsignedSize + 2)));
    }

    /** {@code type || rlp(unsignedFields [|| yParity, r, s])}; {@code unsignedFields} is extended in place. */
    static byte[] encode(TransactionType type, List<RlpItem> unsignedFields, Optional<TransactionSignature> signature) {
        signature.ifPresent(value -> TransactionFields.addTypedSignature(unsignedFields, value));
        return TransactionFields.typed(type, RlpEncoder.encode(new RlpList(unsignedFields)));
    }
}
