package dev.custos.crypto.group.secp256k1;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/** Loads the arithmetic backends once, lazily; the native library is touched only when a group asks for it. */
final class Backends {
    private Backends() {}

    static BouncyCastleArithmetic bouncyCastle() {
        return BouncyCastleHolder.ARITHMETIC;
    }

    /** libsecp256k1, or empty if it cannot be loaded on this platform (the reason is logged once). */
    static Optional<NativeArithmetic> libsecp256k1() {
        return Optional.ofNullable(NativeHolder.ARITHMETIC);
    }

    /** The backend named by the system property {@value Secp256k1Backend#PROPERTY}. */
    static Secp256k1Backend configured() {
        return Secp256k1Backend.fromPropertyValue(System.getProperty(Secp256k1Backend.PROPERTY));
    }

    private static final class BouncyCastleHolder {
        static final BouncyCastleArithmetic ARITHMETIC = new BouncyCastleArithmetic();
    }

    private static final class NativeHolder {
        static final @Nullable NativeArithmetic ARITHMETIC = tryLoad();

        private static @Nullable NativeArithmetic tryLoad() {
            try {
                return NativeArithmetic.load(bouncyCastle());
            } catch (LinkageError | RuntimeException failure) {
                // Looked up only when there is something to say: SLF4J without a provider prints a notice on first use.
                LoggerFactory.getLogger(Secp256k1Group.class)
                        .warn(
                                "libsecp256k1 could not be loaded ({}); secp256k1 arithmetic uses Bouncy Castle only",
                                failure.toString());
                return null;
            }
        }
    }
}
