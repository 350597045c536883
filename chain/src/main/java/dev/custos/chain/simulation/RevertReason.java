package dev.custos.chain.simulation;

import dev.custos.chain.Hex;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The reason a call reverted, read from its revert data: Solidity's {@code Error(string)} as its text, {@code
 * Panic(uint256)} as its code, no data as such, anything else (a custom error) as its hex. The text comes from the
 * contract and is shown quoted for what it is: a message the called code chose.
 */
public final class RevertReason {
    private static final byte[] ERROR = {0x08, (byte) 0xc3, 0x79, (byte) 0xa0};
    private static final byte[] PANIC = {0x4e, 0x48, 0x7b, 0x71};
    private static final int MAX_TEXT = 500;

    private RevertReason() {}

    /** A one-line description of {@code data}, the revert data of a call. */
    public static String describe(byte[] data) {
        Objects.requireNonNull(data, "data is null");
        if (data.length == 0) {
            return "reverted without a reason";
        }
        if (data.length >= 4 && Arrays.equals(Arrays.copyOf(data, 4), ERROR)) {
            Optional<String> text = errorText(data);
            if (text.isPresent()) {
                return "reverted: \"" + text.get() + "\"";
            }
        }
        if (data.length == 36 && Arrays.equals(Arrays.copyOf(data, 4), PANIC)) {
            return "panicked with code 0x" + new BigInteger(1, Arrays.copyOfRange(data, 4, 36)).toString(16);
        }
        String hex = Hex.encode(data);
        return "reverted with data " + (hex.length() > 2 + 2 * 64 ? hex.substring(0, 2 + 2 * 64) + "…" : hex);
    }

    /** The string of an {@code Error(string)} payload; empty if it is not well formed. */
    private static Optional<String> errorText(byte[] data) {
        if (data.length < 4 + 64) {
            return Optional.empty();
        }
        BigInteger offset = new BigInteger(1, Arrays.copyOfRange(data, 4, 36));
        if (!offset.equals(BigInteger.valueOf(32))) {
            return Optional.empty();
        }
        BigInteger length = new BigInteger(1, Arrays.copyOfRange(data, 36, 68));
        if (length.compareTo(BigInteger.valueOf(data.length - 68L)) > 0) {
            return Optional.empty();
        }
        String text = new String(data, 68, length.intValueExact(), StandardCharsets.UTF_8);
        StringBuilder clean = new StringBuilder();
        text.codePoints()
                .limit(MAX_TEXT)
                .forEach(point -> clean.appendCodePoint(Character.isISOControl(point) ? '?' : point));
        return Optional.of(clean.toString());
    }
}
