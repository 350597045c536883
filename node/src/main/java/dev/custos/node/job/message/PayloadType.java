package dev.custos.node.job.message;

import java.util.Optional;

/** What the raw bytes of a signing request are; the node decodes them itself to derive what it signs. */
public enum PayloadType {
    /** An unsigned Ethereum transaction (legacy, EIP-2930 or EIP-1559), as raw bytes. */
    ETHEREUM_RAW_TX(1),
    /** A Solana transaction message (the bytes its signatures cover). */
    SOLANA_MESSAGE(2),
    /** A Safe transaction ({@code dev.custos.chain.safe.SafeSigningPayload}), signed as its safeTxHash. */
    SAFE_TX(3),
    /** A PSBT; not derived by the default authorizer (it signs one input at a time, see {@link #PSBT_INPUT}). */
    PSBT(4),
    /**
     * One input of a PSBT to sign, as {@link PsbtInputPayload} encodes it: a 4-byte big-endian input index, then the
     * PSBT. The node derives that input's sighash from the PSBT itself (BIP341 key path for a Taproot wallet, BIP143
     * P2WPKH for an ECDSA wallet).
     */
    PSBT_INPUT(5);

    private final int code;

    PayloadType(int code) {
        this.code = code;
    }

    /** The byte that names this type on the wire. */
    public int code() {
        return code;
    }

    /** The type with wire code {@code code}, if there is one. */
    public static Optional<PayloadType> byCode(int code) {
        for (PayloadType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
