package dev.custos.chain.ethereum;

import dev.custos.chain.DecodingException;
import dev.custos.chain.rlp.RlpItem;
import dev.custos.chain.rlp.RlpList;
import dev.custos.chain.rlp.RlpString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the RLP fields shared by the transaction types, naming the field in every error. */
final class TransactionFields {
    static final int MAX_SCALAR_BYTES = 32;
    static final int MAX_COUNTER_BYTES = 8;

    private TransactionFields() {}

    static RlpString string(RlpItem item, String field) throws DecodingException {
        if (item instanceof RlpString string) {
            return string;
        }
        throw new DecodingException(field + " must be a byte string, found a list");
    }

    static RlpList list(RlpItem item, String field) throws DecodingException {
        if (item instanceof RlpList list) {
            return list;
        }
        throw new DecodingException(field + " must be a list, found a byte string");
    }

    static BigInteger scalar(RlpItem item, String field) throws DecodingException {
        return string(item, field).asUnsigned(field, MAX_SCALAR_BYTES);
    }

    static BigInteger counter(RlpItem item, String field) throws DecodingException {
        return string(item, field).asUnsigned(field, MAX_COUNTER_BYTES);
    }

    static byte[] bytes(RlpItem item, String field) throws DecodingException {
        return string(item, field).bytes();
    }

    /** The {@code to} field: empty for contract creation, else exactly 20 bytes. */
    static Optional<Address> recipient(RlpItem item) throws DecodingException {
        byte[] bytes = bytes(item, "to");
        if (bytes.length == 0) {
            return Optional.empty();
        }
        if (bytes.length != Address.LENGTH) {
            throw new DecodingException("to must be empty or 20 bytes, got " + bytes.length);
        }
        return Optional.of(Address.of(bytes));
    }

    static List<AccessListEntry> accessList(RlpItem item) throws DecodingException {
        List<AccessListEntry> entries = new ArrayList<>();
        RlpList list = list(item, "accessList");
        for (int i = 0; i < list.size(); i++) {
            String field = "accessList[" + i + "]";
            RlpList entry = list(list.get(i), field);
            if (entry.size() != 2) {
                throw new DecodingException(field + " must have 2 fields (address, storageKeys), got " + entry.size());
            }
            byte[] address = bytes(entry.get(0), field + ".address");
            if (address.length != Address.LENGTH) {
                throw new DecodingException(field + ".address must be 20 bytes, got " + address.length);
            }
            RlpList keys = list(entry.get(1), field + ".storageKeys");
            List<Hash32> storageKeys = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                byte[] key = bytes(keys.get(k), field + ".storageKeys[" + k + "]");
                if (key.length != Keccak256.LENGTH) {
                    throw new DecodingException(field + ".storageKeys[" + k + "] must be 32 bytes, got " + key.length);
                }
                storageKeys.add(Hash32.of(key));
            }
            entries.add(new AccessListEntry(Address.of(address), storageKeys));
        }
        return entries;
    }

    /** A typed transaction's {@code yParity, r, s} fields. */
    static TransactionSignature typedSignature(RlpItem parity, RlpItem r, RlpItem s) throws DecodingException {
        BigInteger yParity = scalar(parity, "yParity");
        if (yParity.compareTo(BigInteger.ONE) > 0) {
            throw new DecodingException("yParity must be 0 or 1, got " + yParity);
        }
        return signature(yParity.intValue(), r, s);
    }

    static TransactionSignature signature(int yParity, RlpItem r, RlpItem s) throws DecodingException {
        BigInteger rValue = scalar(r, "signature r");
        BigInteger sValue = scalar(s, "signature s");
        if (!PublicKeyRecovery.inScalarRange(rValue)) {
            throw new DecodingException("signature r is zero or not below the secp256k1 order");
        }
        if (!PublicKeyRecovery.inScalarRange(sValue)) {
            throw new DecodingException("signature s is zero or not below the secp256k1 order");
        }
        return new TransactionSignature(yParity, rValue, sValue);
    }

    static RlpString recipientItem(Optional<Address> to) {
        return to.map(address -> RlpString.of(address.bytes())).orElse(RlpString.empty());
    }

    /** Appends the {@code to, value, data} fields every transaction type carries, in that order. */
    static void addCall(List<RlpItem> fields, Optional<Address> to, BigInteger value, byte[] data) {
        fields.add(recipientItem(to));
        fields.add(RlpString.ofUnsigned(value));
        fields.add(RlpString.of(data));
    }

    static RlpList accessListItem(List<AccessListEntry> entries) {
        List<RlpItem> items = new ArrayList<>();
        for (AccessListEntry entry : entries) {
            List<RlpItem> keys = new ArrayList<>();
            for (Hash32 key : entry.storageKeys()) {
                keys.add(RlpString.of(key.bytes()));
            }
            items.add(RlpList.of(RlpString.of(entry.address().bytes()), new RlpList(keys)));
        }
        return new RlpList(items);
    }

    static void addTypedSignature(List<RlpItem> fields, TransactionSignature signature) {
        fields.add(RlpString.ofUnsigned(signature.yParity()));
        fields.add(RlpString.ofUnsigned(signature.r()));
        fields.add(RlpString.ofUnsigned(signature.s()));
    }

    static byte[] typed(TransactionType type, byte[] rlp) {
        byte[] out = new byte[rlp.length + 1];
        out[0] = (byte) type.typeByte();
        System.arraycopy(rlp, 0, out, 1, rlp.length);
        return out;
    }
}
