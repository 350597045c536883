package dev.custos.node.keystore;

import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Key sources and values for keystore tests: a cheap Argon2id cost (the minimum) so that tests stay fast. */
final class KeystoreFixtures {
    static final Argon2idCost CHEAP = new Argon2idCost(Argon2idCost.MIN_MEMORY_KIB, 1, 1);

    private KeystoreFixtures() {}

    static PassphraseKeySource passphrase(String text) {
        SecretBytes secret = secret(text);
        try {
            return new PassphraseKeySource(secret, CHEAP);
        } finally {
            secret.destroy();
        }
    }

    static KeyFileKeySource keyFile(int fill) {
        byte[] bytes = new byte[KeyFileKeySource.KEY_LENGTH];
        Arrays.fill(bytes, (byte) fill);
        SecretBytes secret = SecretBytes.copyOf(bytes);
        try {
            return new KeyFileKeySource(secret);
        } finally {
            secret.destroy();
        }
    }

    static SecretBytes secret(String text) {
        return SecretBytes.copyOf(text.getBytes(StandardCharsets.UTF_8));
    }

    static String text(SecretBytes secret) {
        return new String(secret.copy(), StandardCharsets.UTF_8);
    }
}
