package dev.custos.frost.serialization;

/**
 * The kinds of key lifecycle messages and their one-byte wire codes (the third header byte, see {@link MessageWriter}).
 * Codes are stable: never reuse or renumber one. They start at {@code 0x41} so that they never collide with the signing
 * messages of {@link MessageType}, which share the first three header bytes.
 */
public enum LifecycleMessageType {
    DKG_ROUND1(0x41),
    DKG_ROUND2(0x42),
    REFRESH_ROUND1(0x51),
    REFRESH_ROUND2(0x52),
    REPAIR_DELTA_COMMITMENTS(0x61),
    REPAIR_DELTA(0x62),
    REPAIR_SIGMA(0x63),
    RESHARE_COMMITMENT(0x71),
    RESHARE_SUB_SHARE(0x72);

    private final int code;

    LifecycleMessageType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
