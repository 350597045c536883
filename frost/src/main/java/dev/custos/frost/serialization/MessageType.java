package dev.custos.frost.serialization;

/** The kind of a serialized FROST message; its tag is the third header byte. */
public enum MessageType {
    SIGNING_COMMITMENTS(0x01),
    SIGNING_PACKAGE(0x02),
    SIGNATURE_SHARE(0x03),
    SIGNATURE(0x04),
    PUBLIC_KEY_PACKAGE(0x05),
    KEY_PACKAGE(0x06),
    SECRET_SHARE(0x07),
    SIGNING_NONCES(0x08);

    private final int tag;

    MessageType(int tag) {
        this.tag = tag;
    }

    public int tag() {
        return tag;
    }

    /** The type with {@code tag}, or {@code null}. */
    static MessageType byTag(int tag) {
        for (MessageType type : values()) {
            if (type.tag == tag) {
                return type;
            }
        }
        return null;
    }
}
