package dev.custos.chain.eip712;

/** What a typed-data message was recognised as, by the exact encodeType of its primary type. */
public enum TypedDataKind {
    GENERIC("generic"),
    EIP2612_PERMIT("eip2612_permit"),
    DAI_PERMIT("dai_permit"),
    PERMIT2_SINGLE("permit2_permit_single"),
    PERMIT2_BATCH("permit2_permit_batch"),
    PERMIT2_TRANSFER_FROM("permit2_permit_transfer_from"),
    PERMIT2_BATCH_TRANSFER_FROM("permit2_permit_batch_transfer_from"),
    SAFE_TX("safe_tx");

    private final String wireName;

    TypedDataKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
