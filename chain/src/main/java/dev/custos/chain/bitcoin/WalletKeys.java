package dev.custos.chain.bitcoin;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a wallet declares as its own, from a trusted source (the quorum-signed policy), never from the PSBT: the BIP32
 * master fingerprints of its keys and exact locking scripts. A PSBT output is change only if its script is listed here,
 * or if it pays (P2PKH, P2WPKH, P2SH-P2WPKH, key-path P2TR) a key whose BIP32 derivation names one of these
 * fingerprints.
 *
 * @param fingerprints master fingerprints as 8 lowercase hex digits in serialized byte order (as BIP32 prints them)
 * @param scriptPubKeys exact locking scripts, lowercase hex
 */
public record WalletKeys(Set<String> fingerprints, Set<String> scriptPubKeys) {
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{8}");

    /** A wallet that declares nothing: every output is external. */
    public static final WalletKeys NONE = new WalletKeys(Set.of(), Set.of());

    public WalletKeys {
        fingerprints = normalised(Objects.requireNonNull(fingerprints, "fingerprints is null"));
        scriptPubKeys = normalised(Objects.requireNonNull(scriptPubKeys, "scriptPubKeys is null"));
        for (String fingerprint : fingerprints) {
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw new IllegalArgumentException("fingerprint must be 8 hex digits, got '" + fingerprint + "'");
            }
        }
        for (String script : scriptPubKeys) {
            if (script.isEmpty() || !isHex(script)) {
                throw new IllegalArgumentException("scriptPubKey must be non-empty hex, got '" + script + "'");
            }
        }
    }

    private static boolean isHex(String text) {
        try {
            HexFormat.of().parseHex(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> normalised(Set<String> values) {
        return values.stream()
                .map(value -> Objects.requireNonNull(value, "null entry").toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
