package dev.custos.chain.ethereum;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.rlp.RlpEncoder;
import dev.custos.chain.rlp.RlpItem;
import dev.custos.chain.rlp.RlpList;
import dev.custos.chain.rlp.RlpString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An EIP-2930 (type 1) transaction: {@code 0x01 || rlp([chainId, nonce, gasPrice, gasLimit, to, value, data,
 * accessList, yParity, r, s])}; the signing payload is the same without the last three fields.
 */
public record AccessListTransaction(
        BigInteger chainIdValue,
        BigInteger nonce,
        BigInteger gasPrice,
        BigInteger gasLimit,
        Optional<Address> to,
        BigInteger value,
        byte[] data,
        List<AccessListEntry> accessList,
        Optional<TransactionSignature> signature)
        implements EthereumTransaction {

    public AccessListTransaction {
        Objects.requireNonNull(chainIdValue, "chainIdValue is null");
        Objects.requireNonNull(nonce, "nonce is null");
        Objects.requireNonNull(gasPrice, "gasPrice is null");
        Objects.requireNonNull(gasLimit, "gasLimit is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(signature, "signature is null");
        data = data.clone();
        accessList = List.copyOf(Objects.requireNonNull(accessList, "accessList is null"));
    }

    static AccessListTransaction decode(RlpList fields) throws DecodingException {
        if (fields.size() != 8 && fields.size() != 11) {
            throw new DecodingException(
                    "an EIP-2930 transaction has 8 fields (unsigned) or 11 (signed), got " + fields.size());
        }
        Optional<TransactionSignature> signature = fields.size() == 11
                ? Optional.of(TransactionFields.typedSignature(fields.get(8), fields.get(9), fields.get(10)))
                : Optional.empty();
        return new AccessListTransaction(
                TransactionFields.scalar(fields.get(0), "chainId"),
                TransactionFields.counter(fields.get(1), "nonce"),
                TransactionFields.scalar(fields.get(2), "gasPrice"),
                TransactionFields.counter(fields.get(3), "gasLimit"),
                TransactionFields.recipient(fields.get(4)),
                TransactionFields.scalar(fields.get(5), "value"),
                TransactionFields.bytes(fields.get(6), "data"),
                TransactionFields.accessList(fields.get(7)),
                signature);
    }

    @Override
    public TransactionType type() {
        return TransactionType.ACCESS_LIST;
    }

    @Override
    public Optional<BigInteger> chainId() {
        return Optional.of(chainIdValue);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] signingPayload() {
        return TransactionFields.typed(type(), RlpEncoder.encode(new RlpList(unsignedFields())));
    }

    @Override
    public byte[] encode() {
        if (signature.isEmpty()) {
            return signingPayload();
        }
        List<RlpItem> fields = unsignedFields();
        TransactionFields.addTypedSignature(fields, signature.get());
        return TransactionFields.typed(type(), RlpEncoder.encode(new RlpList(fields)));
    }

    private List<RlpItem> unsignedFields() {
        List<RlpItem> fields = new ArrayList<>();
        fields.add(RlpString.ofUnsigned(chainIdValue));
        fields.add(RlpString.ofUnsigned(nonce));
        fields.add(RlpString.ofUnsigned(gasPrice));
        fields.add(RlpString.ofUnsigned(gasLimit));
        fields.add(TransactionFields.recipientItem(to));
        fields.add(RlpString.ofUnsigned(value));
        fields.add(RlpString.of(data));
        fields.add(TransactionFields.accessListItem(accessList));
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessListTransaction that && Arrays.equals(encode(), that.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "AccessListTransaction[chainId=" + chainIdValue + ", nonce=" + nonce + ", gasPrice=" + gasPrice
                + ", gasLimit=" + gasLimit + ", to=" + to + ", value=" + value + ", data=" + Hex.encode(data)
                + ", accessList=" + accessList + ", signature=" + signature + "]";
    }
}
