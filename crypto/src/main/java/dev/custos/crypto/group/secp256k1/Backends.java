package dev.custos.crypto.group.secp256k1;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Loads the arithmetic backends once, lazily; the native library is touched only when a group asks for it. */
final class Backends {
    private static final Logger LOGGER = System.getLogger(Secp256k1Group.class.getName());

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
                NativeArithmetic arithmetic = NativeArithmetic.load(bouncyCastle());
                LOGGER.log(Level.DEBUG, "libsecp256k1 loaded");
                return arithmetic;
            } catch (LinkageError | RuntimeException failure) {
                LOGGER.log(
                        Level.WARNING,
                        "libsecp256k1 could not be loaded ({0}); secp256k1 arithmetic uses Bouncy Castle only",
                        failure.toString());
                return null;
            }
        }
    }
}
