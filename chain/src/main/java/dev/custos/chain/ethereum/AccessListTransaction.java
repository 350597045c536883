package dev.custos.chain.ethereum;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
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
        Optional<TransactionSignature> signature =
                TypedTransactionCodec.signature(fields, 8, "an EIP-2930 transaction");
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
        return TypedTransactionCodec.encode(type(), unsignedFields(), Optional.empty());
    }

    @Override
    public byte[] encode() {
        return TypedTransactionCodec.encode(type(), unsignedFields(), signature);
    }

    private List<RlpItem> unsignedFields() {
        List<RlpItem> fields = new ArrayList<>();
        fields.add(RlpString.ofUnsigned(chainIdValue));
        fields.add(RlpString.ofUnsigned(nonce));
        fields.add(RlpString.ofUnsigned(gasPrice));
        fields.add(RlpString.ofUnsigned(gasLimit));
        TransactionFields.addCall(fields, to, value, data);
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
