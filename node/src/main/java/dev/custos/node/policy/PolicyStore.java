package dev.custos.node.policy;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.AdminSignatures;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The policy a node enforces, kept as the entry {@value #ENTRY} of its {@link SecretStore} (authenticated at rest). A
 * policy is installed only when a quorum of the committee's admins signed it and its version is above the installed
 * one; the installed version never goes down, so a coordinator cannot replay an older, looser policy. Each
 * installation is durable before the call returns.
 */
public final class PolicyStore {
    public static final String ENTRY = "policy/current";

    private final SecretStore store;
    private SignedPolicy current;

    private PolicyStore(SecretStore store, SignedPolicy current) {
        this.store = store;
        this.current = current;
    }

    /**
     * The policy store kept in {@code store}; an entry already there is decoded and checked against {@code admins}.
     *
     * @throws PolicyInstallException if the stored entry is malformed or no longer verifies
     */
    public static PolicyStore open(SecretStore store, AdminQuorum admins) throws PolicyInstallException {
        requireNonNull(store, "store is null");
        Optional<SecretBytes> entry = store.get(ENTRY);
        if (entry.isEmpty()) {
            return new PolicyStore(store, null);
        }
        byte[] bytes = entry.get().copy();
        entry.get().destroy();
        SignedPolicy stored = decode(bytes, "the stored policy");
        verify(stored, admins);
        return new PolicyStore(store, stored);
    }

    /** The installed policy, if any. */
    public synchronized Optional<SignedPolicy> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Installs {@code candidate} if a quorum of {@code admins} signed it and it is newer than the installed policy.
     * Installing the installed policy again changes nothing.
     *
     * @return whether the installed policy changed
     * @throws PolicyInstallException if it is refused; nothing is changed then
     * @throws IOException if it could not be stored; nothing is changed then
     */
    public synchronized boolean install(SignedPolicy candidate, AdminQuorum admins)
            throws PolicyInstallException, IOException {
        requireNonNull(candidate, "candidate is null");
        if (current != null) {
            if (candidate.version() < current.version()) {
                throw new PolicyInstallException(
                        PolicyInstallException.Reason.DOWNGRADE,
                        "policy version " + candidate.version() + " is below the installed version "
                                + current.version());
            }
            if (candidate.version() == current.version()) {
                if (!Arrays.equals(candidate.document(), current.document())) {
                    throw new PolicyInstallException(
                            PolicyInstallException.Reason.CONFLICTING_VERSION,
                            "policy version " + candidate.version() + " is installed with another document");
                }
                return false;
            }
        }
        verify(candidate, admins);
        SecretBytes encoded = SecretBytes.copyOf(candidate.encode());
        try {
            store.put(ENTRY, encoded);
        } finally {
            encoded.destroy();
        }
        current = candidate;
        return true;
    }

    /** Installs from the encoded form, as it arrives from the coordinator. */
    public boolean install(byte[] encoded, AdminQuorum admins) throws PolicyInstallException, IOException {
        return install(decode(encoded, "the policy received"), admins);
    }

    private static void verify(SignedPolicy policy, AdminQuorum admins) throws PolicyInstallException {
        if (admins == null) {
            throw new PolicyInstallException(
                    PolicyInstallException.Reason.NO_COMMITTEE, "the node has no committee whose admins sign policies");
        }
        try {
            AdminSignatures.verify(
                    "policy version " + policy.version(),
                    policy.signedMessage(),
                    policy.signatures(),
                    List.of(new AdminSignatures.Named("the committee's admins", admins)));
        } catch (CommitteeException e) {
            throw new PolicyInstallException(
                    PolicyInstallException.Reason.NOT_SIGNED_BY_QUORUM, e.error() + ": " + e.getMessage(), e);
        }
    }

    private static SignedPolicy decode(byte[] bytes, String what) throws PolicyInstallException {
        try {
            return SignedPolicy.decode(bytes);
        } catch (InvalidEncodingException e) {
            throw new PolicyInstallException(PolicyInstallException.Reason.MALFORMED, what + ": " + e.getMessage(), e);
        }
    }
}
