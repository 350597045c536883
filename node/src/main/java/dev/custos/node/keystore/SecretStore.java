package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Named secrets at rest: the node's identity keys now, its key shares and nonce records next. A change returns only once
 * it is on stable storage, so a caller may act on it (send a message that depends on it) as soon as it returns; if it
 * throws, the store is unchanged. Values go in and come out as copies: the store never holds a caller's object, and a
 * caller destroys what {@link #get} returns. Implementations are safe for concurrent use.
 *
 * <p>Names are 1 to 128 characters from {@code a-z 0-9 . _ / -}, starting with a letter or digit, such as {@code
 * identity/ed25519-seed} or {@code ecdsa/wallet-7/share}.
 */
public interface SecretStore {
    int MAX_NAME_LENGTH = 128;

    /** A copy of the secret stored under {@code name}, which the caller destroys; empty if there is none. */
    Optional<SecretBytes> get(String name);

    /** Whether a secret is stored under {@code name}. */
    boolean contains(String name);

    /** The names of the stored secrets, in ascending order (names are not secret). */
    SortedSet<String> names();

    /** Stores a copy of {@code value} under {@code name}, replacing any secret stored there; durable on return. */
    void put(String name, SecretBytes value) throws IOException;

    /** Stores copies of all {@code entries} in one durable change: all of them or, if it throws, none. */
    void putAll(Map<String, SecretBytes> entries) throws IOException;

    /**
     * Stores copies of {@code entries} and removes the secrets named in {@code removals}, in one durable change: all of
     * it or, if it throws, nothing. A name may not be in both. Removing a name that holds nothing is no error.
     */
    void change(Map<String, SecretBytes> entries, Set<String> removals) throws IOException;

    /**
     * Removes the secret stored under {@code name}; durable on return.
     *
     * @return whether there was one
     */
    boolean remove(String name) throws IOException;

    /**
     * Checks a secret's name against the rule above.
     *
     * @return the name
     * @throws IllegalArgumentException naming the problem
     */
    static String requireValidName(String name) {
        requireNonNull(name, "name is null");
        if (!SecretEntries.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("secret name '" + name + "' is not valid: use 1 to " + MAX_NAME_LENGTH
                    + " characters from a-z 0-9 . _ / -, starting with a letter or digit");
        }
        return name;
    }

    /** A store that keeps its secrets in memory only: for tests and for state that must not outlive the process. */
    static SecretStore inMemory() {
        return new InMemorySecretStore();
    }
}
