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
 * A legacy (type 0) transaction: {@code rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])}. With a chain id it
 * follows EIP-155: the signing payload appends {@code [chainId, 0, 0]} and {@code v = chainId·2 + 35 + yParity}; without
 * one, the payload has six fields and {@code v = 27 + yParity}. The unsigned EIP-155 form (nine fields with
 * {@code r = s = 0}) is accepted as input too.
 */
public record LegacyTransaction(
        Optional<BigInteger> chainId,
        BigInteger nonce,
        BigInteger gasPrice,
        BigInteger gasLimit,
        Optional<Address> to,
        BigInteger value,
        byte[] data,
        Optional<TransactionSignature> signature)
        implements EthereumTransaction {

    private static final BigInteger EIP155_OFFSET = BigInteger.valueOf(35);
    private static final BigInteger PRE_EIP155_V = BigInteger.valueOf(27);

    public LegacyTransaction {
        Objects.requireNonNull(chainId, "chainId is null");
        Objects.requireNonNull(nonce, "nonce is null");
        Objects.requireNonNull(gasPrice, "gasPrice is null");
        Objects.requireNonNull(gasLimit, "gasLimit is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(signature, "signature is null");
        data = data.clone();
        chainId.ifPresent(id -> {
            if (id.signum() <= 0) {
                throw new IllegalArgumentException("an EIP-155 chain id must be positive, got " + id);
            }
        });
    }

    static LegacyTransaction decode(RlpList fields) throws DecodingException {
        if (fields.size() != 6 && fields.size() != 9) {
            throw new DecodingException(
                    "a legacy transaction has 6 fields (unsigned) or 9 (signed or EIP-155), got " + fields.size());
        }
        BigInteger nonce = TransactionFields.counter(fields.get(0), "nonce");
        BigInteger gasPrice = TransactionFields.scalar(fields.get(1), "gasPrice");
        BigInteger gasLimit = TransactionFields.counter(fields.get(2), "gasLimit");
        Optional<Address> to = TransactionFields.recipient(fields.get(3));
        BigInteger value = TransactionFields.scalar(fields.get(4), "value");
        byte[] data = TransactionFields.bytes(fields.get(5), "data");
        if (fields.size() == 6) {
            return new LegacyTransaction(
                    Optional.empty(), nonce, gasPrice, gasLimit, to, value, data, Optional.empty());
        }
        BigInteger v = TransactionFields.scalar(fields.get(6), "v");
        RlpString r = TransactionFields.string(fields.get(7), "signature r");
        RlpString s = TransactionFields.string(fields.get(8), "signature s");
        if (r.length() == 0 && s.length() == 0) {
            if (v.signum() == 0) {
                throw new DecodingException("unsigned EIP-155 transaction has chain id 0");
            }
            return new LegacyTransaction(Optional.of(v), nonce, gasPrice, gasLimit, to, value, data, Optional.empty());
        }
        Optional<BigInteger> chainId;
        int yParity;
        if (v.equals(PRE_EIP155_V) || v.equals(PRE_EIP155_V.add(BigInteger.ONE))) {
            chainId = Optional.empty();
            yParity = v.subtract(PRE_EIP155_V).intValue();
        } else if (v.compareTo(EIP155_OFFSET.add(BigInteger.TWO)) >= 0) {
            BigInteger[] division = v.subtract(EIP155_OFFSET).divideAndRemainder(BigInteger.TWO);
            chainId = Optional.of(division[0]);
            yParity = division[1].intValue();
        } else {
            throw new DecodingException(
                    "legacy v = " + v + " is neither 27/28 nor an EIP-155 value (chainId*2 + 35/36)");
        }
        TransactionSignature signature = TransactionFields.signature(yParity, r, s);
        return new LegacyTransaction(chainId, nonce, gasPrice, gasLimit, to, value, data, Optional.of(signature));
    }

    @Override
    public TransactionType type() {
        return TransactionType.LEGACY;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] signingPayload() {
        List<RlpItem> fields = baseFields();
        chainId.ifPresent(id -> {
            fields.add(RlpString.ofUnsigned(id));
            fields.add(RlpString.empty());
            fields.add(RlpString.empty());
        });
        return RlpEncoder.encode(new RlpList(fields));
    }

    @Override
    public byte[] encode() {
        if (signature.isEmpty()) {
            return signingPayload();
        }
        TransactionSignature sig = signature.get();
        BigInteger parity = BigInteger.valueOf(sig.yParity());
        BigInteger v = chainId.map(id -> id.shiftLeft(1).add(EIP155_OFFSET).add(parity))
                .orElse(PRE_EIP155_V.add(parity));
        List<RlpItem> fields = baseFields();
        fields.add(RlpString.ofUnsigned(v));
        fields.add(RlpString.ofUnsigned(sig.r()));
        fields.add(RlpString.ofUnsigned(sig.s()));
        return RlpEncoder.encode(new RlpList(fields));
    }

    private List<RlpItem> baseFields() {
        List<RlpItem> fields = new ArrayList<>();
        fields.add(RlpString.ofUnsigned(nonce));
        fields.add(RlpString.ofUnsigned(gasPrice));
        fields.add(RlpString.ofUnsigned(gasLimit));
        TransactionFields.addCall(fields, to, value, data);
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LegacyTransaction that && Arrays.equals(encode(), that.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "LegacyTransaction[chainId=" + chainId + ", nonce=" + nonce + ", gasPrice=" + gasPrice + ", gasLimit="
                + gasLimit + ", to=" + to + ", value=" + value + ", data=" + Hex.encode(data) + ", signature="
                + signature + "]";
    }
}
