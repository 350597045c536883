package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/**
 * The BIP143 signature hash of a segwit version 0 input, for P2WPKH spends: double SHA-256 of the version, the hashes of
 * the prevouts, sequences and outputs (as the hash type selects), the outpoint, the script code {@code OP_DUP
 * OP_HASH160 <hash160(key)> OP_EQUALVERIFY OP_CHECKSIG}, the spent amount, the sequence, the lock time and the hash
 * type. Also the P2WPKH script of a key and the DER encoding of an ECDSA signature.
 */
public final class SegwitV0Sighash {
    private static final int COMPRESSED_KEY_LENGTH = 33;

    private SegwitV0Sighash() {}

    /** HASH160 of {@code data}: RIPEMD-160 of its SHA-256. */
    public static byte[] hash160(byte[] data) {
        byte[] sha = BitcoinWriter.sha256(Objects.requireNonNull(data, "data is null"));
        RIPEMD160Digest ripemd = new RIPEMD160Digest();
        ripemd.update(sha, 0, sha.length);
        byte[] out = new byte[20];
        ripemd.doFinal(out, 0);
        return out;
    }

    /** The P2WPKH locking script of a compressed public key: {@code OP_0 <hash160(key)>}. */
    public static byte[] p2wpkhScript(byte[] publicKey) {
        requireCompressed(publicKey);
        return new BitcoinWriter()
                .uint8(0x00)
                .uint8(0x14)
                .bytes(hash160(publicKey))
                .toByteArray();
    }

    /**
     * The sighash of input {@code index} spending {@code amount} satoshis from the P2WPKH output of {@code publicKey}.
     *
     * @throws DecodingException if the hash type is not one of ALL, NONE, SINGLE (with or without ANYONECANPAY) or the
     *     input does not exist
     */
    public static byte[] p2wpkh(BitcoinTransaction transaction, int index, byte[] publicKey, long amount, int hashType)
            throws DecodingException {
        Objects.requireNonNull(transaction, "transaction is null");
        requireCompressed(publicKey);
        List<TxInput> inputs = transaction.inputs();
        List<TxOutput> outputs = transaction.outputs();
        if (hashType == TaprootSighash.DEFAULT || !TaprootSighash.isDefined(hashType)) {
            throw new DecodingException("hash type 0x" + Integer.toHexString(hashType) + " is not a BIP143 hash type");
        }
        if (index < 0 || index >= inputs.size()) {
            throw new DecodingException("input " + index + " does not exist (" + inputs.size() + " inputs)");
        }
        int base = hashType & 0x1f;
        boolean anyoneCanPay = (hashType & TaprootSighash.ANYONECANPAY) != 0;
        byte[] zero = new byte[32];
        byte[] hashPrevouts = zero;
        byte[] hashSequence = zero;
        byte[] hashOutputs = zero;
        if (!anyoneCanPay) {
            BitcoinWriter prevouts = new BitcoinWriter();
            inputs.forEach(
                    input -> prevouts.bytes(input.previousTxid().internal()).uint32(input.outputIndex()));
            hashPrevouts = doubleSha256(prevouts.toByteArray());
        }
        if (!anyoneCanPay && base != TaprootSighash.SINGLE && base != TaprootSighash.NONE) {
            BitcoinWriter sequences = new BitcoinWriter();
            inputs.forEach(input -> sequences.uint32(input.sequence()));
            hashSequence = doubleSha256(sequences.toByteArray());
        }
        if (base != TaprootSighash.SINGLE && base != TaprootSighash.NONE) {
            BitcoinWriter all = new BitcoinWriter();
            outputs.forEach(all::output);
            hashOutputs = doubleSha256(all.toByteArray());
        } else if (base == TaprootSighash.SINGLE && index < outputs.size()) {
            hashOutputs =
                    doubleSha256(new BitcoinWriter().output(outputs.get(index)).toByteArray());
        }
        TxInput input = inputs.get(index);
        byte[] scriptCode = new BitcoinWriter()
                .uint8(0x76)
                .uint8(0xa9)
                .uint8(0x14)
                .bytes(hash160(publicKey))
                .uint8(0x88)
                .uint8(0xac)
                .toByteArray();
        byte[] preimage = new BitcoinWriter()
                .uint32(transaction.version())
                .bytes(hashPrevouts)
                .bytes(hashSequence)
                .bytes(input.previousTxid().internal())
                .uint32(input.outputIndex())
                .varBytes(scriptCode)
                .int64(amount)
                .uint32(input.sequence())
                .bytes(hashOutputs)
                .uint32(transaction.lockTime())
                .uint32(hashType)
                .toByteArray();
        return doubleSha256(preimage);
    }

    /** The strict DER encoding (BIP66) of an ECDSA signature {@code (r, s)}, without a hash type byte. */
    public static byte[] der(BigInteger r, BigInteger s) {
        byte[] rBytes = r.toByteArray();
        byte[] sBytes = s.toByteArray();
        if (r.signum() <= 0 || s.signum() <= 0) {
            throw new IllegalArgumentException("r and s must be positive");
        }
        BitcoinWriter body =
                new BitcoinWriter().uint8(0x02).varBytes(rBytes).uint8(0x02).varBytes(sBytes);
        byte[] content = body.toByteArray();
        return new BitcoinWriter()
                .uint8(0x30)
                .uint8(content.length)
                .bytes(content)
                .toByteArray();
    }

    private static byte[] doubleSha256(byte[] data) {
        return BitcoinWriter.sha256(BitcoinWriter.sha256(data));
    }

    private static void requireCompressed(byte[] publicKey) {
        Objects.requireNonNull(publicKey, "publicKey is null");
        if (publicKey.length != COMPRESSED_KEY_LENGTH || (publicKey[0] != 0x02 && publicKey[0] != 0x03)) {
            throw new IllegalArgumentException("a P2WPKH key is a 33-byte compressed public key");
        }
    }
}
