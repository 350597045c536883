package dev.custos.chain.bitcoin;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.secp256k1.Secp256k1Element;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/**
 * Whether a locking script pays a given public key: P2PKH and P2WPKH (HASH160 of the compressed key), P2SH wrapping
 * P2WPKH, and P2TR key-path with no script tree (BIP86: the output key is the BIP341 tweak of the x-only key).
 * Multisig and script-path templates cannot be matched from one key and never count.
 */
final class OwnScripts {
    private OwnScripts() {}

    static boolean pays(Script script, byte[] publicKey) {
        byte[] bytes = script.bytes();
        return switch (script.type()) {
            case P2PKH -> publicKey.length == 33 && Arrays.equals(slice(bytes, 3, 23), hash160(publicKey));
            case P2WPKH -> publicKey.length == 33 && Arrays.equals(slice(bytes, 2, 22), hash160(publicKey));
            case P2SH ->
                publicKey.length == 33 && Arrays.equals(slice(bytes, 2, 22), hash160(witnessProgram(publicKey)));
            case P2TR -> publicKey.length == 32 && Arrays.equals(slice(bytes, 2, 34), taprootOutputKey(publicKey));
            case P2WSH, OP_RETURN, UNKNOWN -> false;
        };
    }

    /** BIP341 {@code x(P + int(hash_TapTweak(x(P))) G)} for an x-only internal key with no script tree. */
    static byte[] taprootOutputKey(byte[] internalKey) {
        try {
            Secp256k1Element point = Secp256k1Element.liftX(internalKey);
            BigInteger tweak = new BigInteger(1, taggedHash("TapTweak", internalKey));
            if (tweak.compareTo(ScalarField.SECP256K1.order()) >= 0) {
                return new byte[0];
            }
            Secp256k1Group group = Secp256k1Group.instance();
            Secp256k1Element tweaked = point.add(group.generator().multiplyPublic(ScalarField.SECP256K1.of(tweak)));
            return tweaked.isIdentity() ? new byte[0] : tweaked.xOnly();
        } catch (InvalidEncodingException e) {
            return new byte[0];
        }
    }

    private static byte[] witnessProgram(byte[] publicKey) {
        byte[] program = new byte[22];
        program[0] = 0x00;
        program[1] = 0x14;
        System.arraycopy(hash160(publicKey), 0, program, 2, 20);
        return program;
    }

    static byte[] hash160(byte[] data) {
        byte[] sha = sha256(data);
        RIPEMD160Digest ripemd = new RIPEMD160Digest();
        ripemd.update(sha, 0, sha.length);
        byte[] out = new byte[20];
        ripemd.doFinal(out, 0);
        return out;
    }

    private static byte[] taggedHash(String tag, byte[] data) {
        byte[] tagHash = sha256(tag.getBytes(StandardCharsets.UTF_8));
        byte[] input = new byte[64 + data.length];
        System.arraycopy(tagHash, 0, input, 0, 32);
        System.arraycopy(tagHash, 0, input, 32, 32);
        System.arraycopy(data, 0, input, 64, data.length);
        return sha256(input);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }
}
