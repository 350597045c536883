package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.CheckFailedException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The OT setup of a key share with every peer, the {@link PairState} of each pair, and the store that keeps both: one
 * object per DKG or resharing output, shared by the share and its BIP32 tweaks (they reuse the same seeds, so they share
 * the states and the presigning-session registry). Every state change is saved to the store before the method returns,
 * so the caller can let the message that depends on it leave afterwards. A change that restricts use (to
 * {@link PairState#CHALLENGED} or {@link PairState#BURNED}) takes effect in memory even when saving fails; a change that
 * allows use ({@link PairState#VERIFIED}) only once saved.
 */
final class OtPairs {
    private final Map<Identifier, PairwiseSetup> setups;
    private final Map<Identifier, ReentrantLock> locks = new TreeMap<>();
    private final Map<Identifier, PairState> states;
    private Function<Map<Identifier, PairState>, byte[]> encoder = states -> new byte[0];
    private KeyShareStore store = KeyShareStore.inMemory();
    private boolean bound;

    OtPairs(Map<Identifier, PairwiseSetup> setups, Map<Identifier, PairState> states) {
        this.setups = Map.copyOf(setups);
        this.states = new TreeMap<>(states);
        if (!this.states.keySet().equals(this.setups.keySet())) {
            throw new IllegalArgumentException(
                    "pair states " + this.states.keySet() + " do not match the OT setups " + this.setups.keySet());
        }
        setups.keySet().forEach(peer -> locks.put(peer, new ReentrantLock()));
    }

    /** Called once by the root key share: how to encode it with given pair states. */
    synchronized void encodeWith(Function<Map<Identifier, PairState>, byte[]> rootEncoder) {
        this.encoder = requireNonNull(rootEncoder, "rootEncoder is null");
    }

    PairwiseSetup setup(Identifier peer) {
        PairwiseSetup setup = setups.get(peer);
        if (setup == null) {
            throw new IllegalArgumentException("no OT setup with " + peer);
        }
        return setup;
    }

    Collection<PairwiseSetup> setups() {
        return setups.values();
    }

    synchronized PairState state(Identifier peer) {
        setup(peer);
        return states.get(peer);
    }

    synchronized Map<Identifier, PairState> states() {
        return Map.copyOf(states);
    }

    /** Refuses, naming the first pair and why, unless every pair in {@code peers} is in state {@code expected}. */
    synchronized void require(Collection<Identifier> peers, PairState expected, String use) throws EcdsaException {
        for (Identifier peer : peers) {
            PairState current = state(peer);
            if (current != expected) {
                throw refusal(peer, current, use);
            }
        }
    }

    /**
     * Moves every pair in {@code peers} from {@code from} to {@code to} as one change, saved before returning.
     *
     * @throws EcdsaException if a pair is not in state {@code from} (nothing changes), or saving failed
     */
    synchronized void transition(Collection<Identifier> peers, PairState from, PairState to) throws EcdsaException {
        require(peers, from, "mark it " + to);
        Map<Identifier, PairState> next = new TreeMap<>(states);
        peers.forEach(peer -> next.put(peer, to));
        change(next, to != PairState.VERIFIED, "mark the OT pairs with " + peers + " " + to);
    }

    /** Retires the pair with {@code peer} for good, saved before returning (in memory even if saving fails). */
    synchronized void burn(Identifier peer) throws EcdsaException {
        setup(peer);
        if (states.get(peer) != PairState.BURNED) {
            Map<Identifier, PairState> next = new TreeMap<>(states);
            next.put(peer, PairState.BURNED);
            change(next, true, "retire the OT pair with " + peer);
        }
    }

    /**
     * Runs {@code step} on the verified pair with {@code peer}, under that pair's lock, so that a failed check in one
     * session retires the pair before any other session can use it. A {@link CheckFailedException} from the step
     * retires the pair and is reported as {@link EcdsaErrorCode#OT_EXTENSION_CHECK_FAILED} naming the peer.
     */
    <T> T withVerified(Identifier peer, PairStep<T> step) throws EcdsaException {
        ReentrantLock lock = locks.get(peer);
        if (lock == null) {
            throw new EcdsaException(EcdsaErrorCode.INVALID_STATE, "no OT setup with " + peer);
        }
        lock.lock();
        try {
            PairState current = state(peer);
            if (current != PairState.VERIFIED) {
                throw refusal(peer, current, "presign with it");
            }
            try {
                return step.run(new VerifiedPair(setup(peer)));
            } catch (CheckFailedException e) {
                burn(peer);
                throw EcdsaException.blame(
                        EcdsaErrorCode.OT_EXTENSION_CHECK_FAILED,
                        peer,
                        e.getMessage() + "; the OT pair with " + peer + " is retired until the key is refreshed");
            }
        } finally {
            lock.unlock();
        }
    }

    /** Records presigning session {@code session} as started, durably. */
    void claimSession(SessionId session) throws EcdsaException {
        KeyShareStore current;
        synchronized (this) {
            current = store;
        }
        boolean fresh;
        try {
            fresh = current.claimSession(session);
        } catch (IOException e) {
            throw new EcdsaException(
                    EcdsaErrorCode.STORAGE_FAILED, "cannot record presigning session " + session + ": " + e);
        }
        if (!fresh) {
            throw new EcdsaException(
                    EcdsaErrorCode.SESSION_REUSED,
                    "presigning session " + session + " was already used with this key share; every run needs a"
                            + " new session id (a retry too)");
        }
    }

    /** Moves this setup's state to {@code target}: saves the share there, copies the claimed sessions, and keeps it. */
    synchronized void bind(KeyShareStore target) throws IOException {
        requireNonNull(target, "target is null");
        if (bound) {
            throw new IllegalStateException("this key share is already kept in " + store);
        }
        byte[] encoding = encoder.apply(states);
        try {
            target.save(encoding);
        } finally {
            Arrays.fill(encoding, (byte) 0);
        }
        if (store instanceof InMemoryKeyShareStore memory) {
            for (SessionId session : memory.sessions()) {
                target.claimSession(session);
            }
        }
        store = target;
        bound = true;
    }

    void destroy() {
        setups.values().forEach(PairwiseSetup::destroy);
    }

    private void change(Map<Identifier, PairState> next, boolean applyOnFailure, String what) throws EcdsaException {
        byte[] encoding = encoder.apply(next);
        try {
            store.save(encoding);
        } catch (IOException e) {
            if (applyOnFailure) {
                states.putAll(next);
            }
            throw new EcdsaException(EcdsaErrorCode.STORAGE_FAILED, "cannot " + what + " durably: " + e);
        } finally {
            Arrays.fill(encoding, (byte) 0);
        }
        states.putAll(next);
    }

    private static EcdsaException refusal(Identifier peer, PairState state, String use) {
        return switch (state) {
            case UNVERIFIED ->
                new EcdsaException(
                        EcdsaErrorCode.UNVERIFIED_KEY_SHARE,
                        "the OT pair with " + peer + " is not verified yet; run OtVerification with the whole"
                                + " committee before trying to " + use);
            case CHALLENGED ->
                new EcdsaException(
                        EcdsaErrorCode.OT_PAIR_RETIRED,
                        "the OT pair with " + peer + " answered a verification that did not complete (abort, timeout"
                                + " or crash) and is retired: refresh the key to replace it; cannot " + use);
            case BURNED ->
                new EcdsaException(
                        EcdsaErrorCode.OT_PAIR_RETIRED,
                        "the OT pair with " + peer + " failed a check and is retired: refresh the key to replace it;"
                                + " cannot " + use);
            case VERIFIED ->
                new EcdsaException(
                        EcdsaErrorCode.INVALID_STATE,
                        "the OT pair with " + peer + " is already verified; verification runs once per pair, so"
                                + " cannot " + use);
        };
    }

    @Override
    public synchronized String toString() {
        return "OtPairs" + states;
    }
}
