package dev.custos.chain.safe;

import dev.custos.chain.DecodingException;
import java.util.List;
import java.util.Objects;

/**
 * A Safe contract version, which decides how {@code safeTxHash} is computed. Checked against the tagged sources of
 * safe-global/safe-smart-account (GnosisSafe.sol / Safe.sol):
 *
 * <table>
 * <caption>EIP-712 variants by version</caption>
 * <tr><th>version</th><th>EIP712Domain</th><th>SafeTx gas field</th></tr>
 * <tr><td>0.1.0</td><td>(address verifyingContract)</td><td>dataGas</td></tr>
 * <tr><td>1.0.0, 1.1.0, 1.1.1, 1.2.0</td><td>(address verifyingContract)</td><td>baseGas</td></tr>
 * <tr><td>1.3.0, 1.4.0, 1.4.1, 1.5.0</td><td>(uint256 chainId,address verifyingContract)</td><td>baseGas</td></tr>
 * </table>
 *
 * <p>The {@code dataGas → baseGas} rename landed in 1.0.0 (the v1.0.0 tag already has {@code SAFE_TX_TYPEHASH =
 * 0xbb8310d4…} over {@code baseGas}); only 0.1.0 uses {@code dataGas} ({@code 0x14d461bc…}). A build suffix such as
 * {@code +L2} is accepted and ignored: the L2 contracts hash identically.
 */
public record SafeVersion(int major, int minor, int patch) {
    private static final List<SafeVersion> SUPPORTED = List.of(
            new SafeVersion(0, 1, 0),
            new SafeVersion(1, 0, 0),
            new SafeVersion(1, 1, 0),
            new SafeVersion(1, 1, 1),
            new SafeVersion(1, 2, 0),
            new SafeVersion(1, 3, 0),
            new SafeVersion(1, 4, 0),
            new SafeVersion(1, 4, 1),
            new SafeVersion(1, 5, 0));

    public static final SafeVersion DEFAULT = new SafeVersion(1, 3, 0);

    public SafeVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers must not be negative");
        }
    }

    /** Parses {@code 1.3.0}, {@code v1.3.0} or {@code 1.3.0+L2}; only the released versions listed above. */
    public static SafeVersion parse(String text) throws DecodingException {
        Objects.requireNonNull(text, "text is null");
        String core = text.startsWith("v") ? text.substring(1) : text;
        int plus = core.indexOf('+');
        if (plus >= 0) {
            core = core.substring(0, plus);
        }
        String[] parts = core.split("\\.", -1);
        SafeVersion version = null;
        if (parts.length == 3) {
            try {
                version = new SafeVersion(
                        Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            } catch (IllegalArgumentException e) {
                version = null;
            }
        }
        if (version == null || !SUPPORTED.contains(version)) {
            throw new DecodingException("unsupported Safe version '" + text + "'; supported: " + supportedList());
        }
        return version;
    }

    public static List<SafeVersion> supported() {
        return SUPPORTED;
    }

    /** True from 1.3.0 on: the EIP-712 domain includes the chain id. */
    public boolean domainHasChainId() {
        return compareTo(new SafeVersion(1, 3, 0)) >= 0;
    }

    /** True for 0.1.0, whose SafeTx type names the gas field {@code dataGas}. */
    public boolean usesDataGas() {
        return compareTo(new SafeVersion(1, 0, 0)) < 0;
    }

    private int compareTo(SafeVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    private static String supportedList() {
        StringBuilder out = new StringBuilder();
        for (SafeVersion version : SUPPORTED) {
            out.append(out.isEmpty() ? "" : ", ").append(version);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
