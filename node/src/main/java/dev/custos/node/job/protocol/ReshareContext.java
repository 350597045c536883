package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;

/**
 * What one node's part in a refresh or resharing run needs: the wallet and its group key (from the node's record or,
 * for a new member, from the admins' order), the old holders (their protocol identifiers), the dealers among them, the
 * new holders with their threshold, the run's session, and what to do once every new holder confirmed.
 *
 * @param self this node's name
 * @param wallet the wallet
 * @param scheme its scheme
 * @param publicKey the group public key the result must keep, as the nodes record it
 * @param oldHolders the holders now (identifiers of the dealers)
 * @param dealers the old holders that deal in this run, sorted, at least the old threshold
 * @param newHolders the holders afterwards (identifiers of the receivers)
 * @param newThreshold the threshold afterwards
 * @param session the run's protocol session
 * @param random randomness
 * @param onConfirmed the switch to the new shares (or, for a node that leaves, the deletion of its share), run once
 *     every new holder confirmed the same result
 */
public record ReshareContext(
        String self,
        WalletId wallet,
        Scheme scheme,
        byte[] publicKey,
        Parties oldHolders,
        List<String> dealers,
        Parties newHolders,
        int newThreshold,
        SessionId session,
        SecureRandom random,
        Switch onConfirmed) {
    public ReshareContext {
        requireNonNull(self, "self is null");
        requireNonNull(wallet, "wallet is null");
        requireNonNull(scheme, "scheme is null");
        publicKey = requireNonNull(publicKey, "publicKey is null").clone();
        requireNonNull(oldHolders, "oldHolders is null");
        dealers = List.copyOf(dealers);
        requireNonNull(newHolders, "newHolders is null");
        requireNonNull(session, "session is null");
        requireNonNull(random, "random is null");
        requireNonNull(onConfirmed, "onConfirmed is null");
        if (!oldHolders.holders().containsAll(dealers)) {
            throw new IllegalArgumentException("every dealer is an old holder: " + dealers);
        }
        if (!dealers.contains(self) && !newHolders.contains(self)) {
            throw new IllegalArgumentException(self + " neither deals nor receives");
        }
    }

    /** What a node does once every new holder confirmed: switch to its new share, or delete the one it leaves. */
    @FunctionalInterface
    public interface Switch {
        void apply() throws IOException;
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The session as the ECDSA module names it. */
    public dev.custos.ecdsa.SessionId ecdsaSession() {
        return dev.custos.ecdsa.SessionId.of(session.bytes());
    }

    /** Whether this node deals (holds an old share and takes part). */
    public boolean deals() {
        return dealers.contains(self);
    }

    /** Whether this node holds a share afterwards. */
    public boolean receives() {
        return newHolders.contains(self);
    }

    /** Whether {@code node} deals. */
    public boolean deals(String node) {
        return dealers.contains(node);
    }

    /** Whether {@code node} holds a share afterwards. */
    public boolean receives(String node) {
        return newHolders.contains(node);
    }

    /** The record this node keeps once it switched. */
    public WalletRecord newRecord() {
        return new WalletRecord(wallet, scheme, newHolders.holders(), newThreshold, publicKey);
    }

    @Override
    public String toString() {
        return "ReshareContext[" + self + ", " + wallet + ", " + dealers + " -> " + newThreshold + " of "
                + newHolders.holders() + "]";
    }
}
