package dev.custos.node.job.message;

import java.util.Optional;

/** What the raw bytes of a signing request are; the node decodes them itself to derive what it signs. */
public enum PayloadType {
    /** An unsigned Ethereum transaction (legacy, EIP-2930 or EIP-1559), as raw bytes. */
    ETHEREUM_RAW_TX(1),
    /** A Solana transaction message (the bytes its signatures cover). */
    SOLANA_MESSAGE(2),
    /** A Safe transaction (signed as its safeTxHash); not derived by the default authorizer yet. */
    SAFE_TX(3),
    /** A PSBT; not derived by the default authorizer yet. */
    PSBT(4);

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
