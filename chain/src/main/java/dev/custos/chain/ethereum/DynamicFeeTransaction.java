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
 * An EIP-1559 (type 2) transaction: {@code 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit,
 * to, value, data, accessList, yParity, r, s])}; the signing payload is the same without the last three fields.
 */
public record DynamicFeeTransaction(
        BigInteger chainIdValue,
        BigInteger nonce,
        BigInteger maxPriorityFeePerGas,
        BigInteger maxFeePerGas,
        BigInteger gasLimit,
        Optional<Address> to,
        BigInteger value,
        byte[] data,
        List<AccessListEntry> accessList,
        Optional<TransactionSignature> signature)
        implements EthereumTransaction {

    public DynamicFeeTransaction {
        Objects.requireNonNull(chainIdValue, "chainIdValue is null");
        Objects.requireNonNull(nonce, "nonce is null");
        Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas is null");
        Objects.requireNonNull(maxFeePerGas, "maxFeePerGas is null");
        Objects.requireNonNull(gasLimit, "gasLimit is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(signature, "signature is null");
        data = data.clone();
        accessList = List.copyOf(Objects.requireNonNull(accessList, "accessList is null"));
    }

    static DynamicFeeTransaction decode(RlpList fields) throws DecodingException {
        Optional<TransactionSignature> signature =
                TypedTransactionCodec.signature(fields, 9, "an EIP-1559 transaction");
        return new DynamicFeeTransaction(
                TransactionFields.scalar(fields.get(0), "chainId"),
                TransactionFields.counter(fields.get(1), "nonce"),
                TransactionFields.scalar(fields.get(2), "maxPriorityFeePerGas"),
                TransactionFields.scalar(fields.get(3), "maxFeePerGas"),
                TransactionFields.counter(fields.get(4), "gasLimit"),
                TransactionFields.recipient(fields.get(5)),
                TransactionFields.scalar(fields.get(6), "value"),
                TransactionFields.bytes(fields.get(7), "data"),
                TransactionFields.accessList(fields.get(8)),
                signature);
    }

    @Override
    public TransactionType type() {
        return TransactionType.DYNAMIC_FEE;
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
        fields.add(RlpString.ofUnsigned(maxPriorityFeePerGas));
        fields.add(RlpString.ofUnsigned(maxFeePerGas));
        fields.add(RlpString.ofUnsigned(gasLimit));
        TransactionFields.addCall(fields, to, value, data);
        fields.add(TransactionFields.accessListItem(accessList));
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DynamicFeeTransaction that && Arrays.equals(encode(), that.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "DynamicFeeTransaction[chainId=" + chainIdValue + ", nonce=" + nonce + ", maxPriorityFeePerGas="
                + maxPriorityFeePerGas + ", maxFeePerGas=" + maxFeePerGas + ", gasLimit=" + gasLimit + ", to=" + to
                + ", value=" + value + ", data=" + Hex.encode(data) + ", accessList=" + accessList + ", signature="
                + signature + "]";
    }
}
