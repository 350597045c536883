package dev.custos.chain.bitcoin;

/** Risk flags of a decoded PSBT. */
public enum BitcoinFlag {
    /** The fee is above {@link PsbtDecoder#HIGH_FEE_PERCENT}% of the amount sent out, or above the absolute cap. */
    HIGH_FEE("high_fee"),
    /** An output pays to a script that matches no standard template: no address can be shown. */
    UNKNOWN_SCRIPT("unknown_script"),
    /** An output is an OP_RETURN data carrier. */
    OP_RETURN("op_return"),
    /** The PSBT carries entries of unknown or proprietary type. */
    UNKNOWN_FIELDS("unknown_fields");

    private final String wireName;

    BitcoinFlag(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
