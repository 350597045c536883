package dev.custos.ecdsa.presign;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.ote.OtExtension;
import java.util.List;

/**
 * The passive attack of review finding 1 (2026-12): given the wire bytes of two presigning runs, combine the
 * corrections that Alice ({@code alice}) sent to Bob ({@code bob}) in round 2 on the rows where Bob's round-1 correction
 * matrices differ. If both runs used the same column PRG keys and row-hash keys, the two corrections of such a row sum
 * to {@code α + α'}, and the key-share entry of α is the same {@code sk_alice} in both runs, so half the sum is the
 * weighted key share. Returns the candidate for every differing usable row (empty if none differ); the caller checks
 * them against the public {@code λ_i·Y_i}.
 */
final class SessionReplayAttack {
    private static final int WIDTH = 3; // two inputs (r_i, sk_i) and the mask

    private SessionReplayAttack() {}

    static List<Scalar> candidates(byte[] firstRound1, byte[] firstRound2, byte[] secondRound1, byte[] secondRound2)
            throws InvalidEncodingException {
        byte[] u = PresignRound1Message.decode(firstRound1).extension().correction();
        byte[] uPrime = PresignRound1Message.decode(secondRound1).extension().correction();
        List<Scalar> tau =
                PresignRound2Message.decode(firstRound2).multiplication().correctionList();
        List<Scalar> tauPrime =
                PresignRound2Message.decode(secondRound2).multiplication().correctionList();
        Scalar half = Secp256k1.FIELD.one().add(Secp256k1.FIELD.one()).invert();
        java.util.ArrayList<Scalar> out = new java.util.ArrayList<>();
        for (int row = 0; row < OtExtension.USABLE_ROWS; row++) {
            // column 0 of u ⊕ u' is x ⊕ x' when both runs expanded the same columns: bit `row`, little-endian words
            int bit = ((u[row >>> 3] ^ uPrime[row >>> 3]) >>> (row & 7)) & 1;
            if (bit == 1) {
                out.add(tau.get(row * WIDTH + 1)
                        .add(tauPrime.get(row * WIDTH + 1))
                        .multiply(half));
            }
        }
        return out;
    }

    /** The round-1 message from {@code from} to {@code to} among encoded messages. */
    static byte[] find1(List<byte[]> messages, Identifier from, Identifier to) throws InvalidEncodingException {
        for (byte[] bytes : messages) {
            PresignRound1Message message = PresignRound1Message.decode(bytes);
            if (message.from().equals(from) && message.to().equals(to)) {
                return bytes;
            }
        }
        throw new AssertionError("no round-1 message " + from + " -> " + to);
    }

    /** The round-2 message from {@code from} to {@code to} among encoded messages. */
    static byte[] find2(List<byte[]> messages, Identifier from, Identifier to) throws InvalidEncodingException {
        for (byte[] bytes : messages) {
            PresignRound2Message message = PresignRound2Message.decode(bytes);
            if (message.from().equals(from) && message.to().equals(to)) {
                return bytes;
            }
        }
        throw new AssertionError("no round-2 message " + from + " -> " + to);
    }
}
