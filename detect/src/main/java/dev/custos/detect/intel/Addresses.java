package dev.custos.detect.intel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Address normalization and the look-alike test used against address poisoning. */
public final class Addresses {
    private static final Pattern EVM = Pattern.compile("0[xX][0-9a-fA-F]{40}");
    private static final Pattern TRANSACTION_HASH = Pattern.compile("0[xX][0-9a-fA-F]{64}");
    private static final Pattern OTHER = Pattern.compile("[0-9A-Za-z]{20,100}");

    /** Characters compared at each end of an address by {@link #lookAlike}. */
    public static final int LOOK_ALIKE_ENDS = 4;

    private Addresses() {}

    /**
     * The canonical form of an address: EVM addresses in lower case (their checksum case is presentation only),
     * other alphanumeric addresses (Bitcoin, Tron...) as given. Empty for anything else, including transaction
     * hashes.
     */
    public static Optional<String> normalize(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String trimmed = address.strip();
        if (EVM.matcher(trimmed).matches()) {
            return Optional.of(trimmed.toLowerCase(Locale.ROOT));
        }
        if (TRANSACTION_HASH.matcher(trimmed).matches() || trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
            return Optional.empty();
        }
        return OTHER.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }

    /**
     * True when two different addresses share their first and last {@value #LOOK_ALIKE_ENDS} characters (after any
     * {@code 0x}): what wallets display, and what address-poisoning attackers grind vanity addresses to match.
     */
    public static boolean lookAlike(String first, String second) {
        if (isPlainAscii(first) && isPlainAscii(second)) {
            return asciiLookAlike(first, second);
        }
        String a = body(first);
        String b = body(second);
        if (a.equals(b) || a.length() < 2 * LOOK_ALIKE_ENDS || b.length() < 2 * LOOK_ALIKE_ENDS) {
            return false;
        }
        return a.regionMatches(true, 0, b, 0, LOOK_ALIKE_ENDS)
                && a.regionMatches(
                        true, a.length() - LOOK_ALIKE_ENDS, b, b.length() - LOOK_ALIKE_ENDS, LOOK_ALIKE_ENDS);
    }

    /**
     * {@link #lookAlike} for strings of printable ASCII without surrounding blanks (every normalized address), without
     * copying them: the same comparisons on the characters after any {@code 0x}, ignoring case.
     */
    private static boolean asciiLookAlike(String first, String second) {
        int aStart = hexPrefixLength(first);
        int bStart = hexPrefixLength(second);
        int aLength = first.length() - aStart;
        int bLength = second.length() - bStart;
        if (aLength == bLength && first.regionMatches(true, aStart, second, bStart, aLength)) {
            return false;
        }
        if (aLength < 2 * LOOK_ALIKE_ENDS || bLength < 2 * LOOK_ALIKE_ENDS) {
            return false;
        }
        return first.regionMatches(true, aStart, second, bStart, LOOK_ALIKE_ENDS)
                && first.regionMatches(
                        true,
                        first.length() - LOOK_ALIKE_ENDS,
                        second,
                        second.length() - LOOK_ALIKE_ENDS,
                        LOOK_ALIKE_ENDS);
    }

    private static int hexPrefixLength(String address) {
        return address.length() >= 2
                        && address.charAt(0) == '0'
                        && (address.charAt(1) == 'x' || address.charAt(1) == 'X')
                ? 2
                : 0;
    }

    /** True when every character is printable ASCII and the first and last are not spaces. */
    private static boolean isPlainAscii(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /**
     * What {@link #lookAlike} compares, in lower case: the first and last {@value #LOOK_ALIKE_ENDS} characters after
     * any {@code 0x}. Empty when the address is too short to look like another. Two ASCII addresses (every normalized
     * address is) can look alike only when their keys are equal, so a set of known addresses can be indexed by key.
     */
    public static Optional<String> lookAlikeKey(String address) {
        String body = body(address);
        if (body.length() < 2 * LOOK_ALIKE_ENDS) {
            return Optional.empty();
        }
        return Optional.of(body.substring(0, LOOK_ALIKE_ENDS) + body.substring(body.length() - LOOK_ALIKE_ENDS));
    }

    /** A short form for messages: {@code 0x1234…abcd}. */
    public static String shorten(String address) {
        if (address.length() <= 14) {
            return address;
        }
        return address.substring(0, 6) + "…" + address.substring(address.length() - 4);
    }

    private static String body(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("0x") ? lower.substring(2) : lower;
    }
}
