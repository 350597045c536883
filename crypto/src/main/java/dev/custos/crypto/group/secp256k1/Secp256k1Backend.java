package dev.custos.crypto.group.secp256k1;

/**
 * The arithmetic backend of a {@link Secp256k1Group}. All backends compute the same results; they differ in speed and
 * in side-channel properties (see docs/CRYPTO-BACKENDS.md).
 *
 * <p>The default group ({@link Secp256k1Group#instance()}) reads the system property {@value #PROPERTY} with the values
 * {@code auto} (the default), {@code bc} or {@code native}.
 */
public enum Secp256k1Backend {
    /** Pure-Java Bouncy Castle arithmetic; always available. */
    BOUNCY_CASTLE("bc"),
    /** libsecp256k1 through the secp256k1-kmp JNI bindings; needs the native library for the platform. */
    LIBSECP256K1("native"),
    /**
     * libsecp256k1 if the native library loads on this platform, otherwise Bouncy Castle (with a warning in the log).
     * libsecp256k1 measured faster on every group operation (docs/CRYPTO-BACKENDS.md).
     */
    AUTO("auto");

    /** The system property that selects the backend of {@link Secp256k1Group#instance()}. */
    public static final String PROPERTY = "custos.secp256k1.backend";

    private final String propertyValue;

    Secp256k1Backend(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The value of {@value #PROPERTY} that selects this backend. */
    public String propertyValue() {
        return propertyValue;
    }

    /**
     * Parses a value of {@value #PROPERTY}; {@code null} or blank means {@link #AUTO}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static Secp256k1Backend fromPropertyValue(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        for (Secp256k1Backend backend : values()) {
            if (backend.propertyValue.equalsIgnoreCase(value.strip())) {
                return backend;
            }
        }
        throw new IllegalArgumentException(
                "unknown value of " + PROPERTY + ": '" + value + "', expected one of bc, native, auto");
    }
}
