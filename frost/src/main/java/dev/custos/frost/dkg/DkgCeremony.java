package dev.custos.frost.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import dev.custos.frost.lifecycle.LifecycleOutput;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs a whole DKG for all participants in one process (demos, tests, single-host setups). Every message goes through
 * its binary encoding and strict decoding, as it would between signer nodes, and the participants compare their round
 * 1 digests and public key packages at the end.
 */
public final class DkgCeremony {
    private DkgCeremony() {}

    /**
     * A DKG among participants {@code 1..maxSigners} with threshold {@code minSigners}, a fresh random session id and
     * {@link ProofBinding#CUSTOS_SESSION}.
     *
     * @throws IllegalArgumentException if {@code 2 <= minSigners <= maxSigners <= 65535} does not hold
     */
    public static CeremonyResult run(Ciphersuite suite, int minSigners, int maxSigners, SecureRandom random)
            throws FrostException {
        requireNonNull(random, "random is null");
        return run(DkgParameters.of(suite, SessionId.random(random), minSigners, maxSigners), random);
    }

    /** A DKG with the given parameters. */
    public static CeremonyResult run(DkgParameters parameters, SecureRandom random) throws FrostException {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(random, "random is null");
        Ciphersuite suite = parameters.suite();
        List<Identifier> participants = parameters.participants();
        SortedMap<Identifier, DkgRound1> round1 = new TreeMap<>();
        SortedMap<Identifier, byte[]> broadcasts = new TreeMap<>();
        for (Identifier participant : participants) {
            DkgRound1 state = Dkg.part1(parameters, participant, random);
            round1.put(participant, state);
            broadcasts.put(participant, state.round1Package().encode());
        }
        // Every receiver gets the same broadcast bytes; decoding is deterministic, so decode each broadcast once.
        SortedMap<Identifier, Round1Package> decoded = new TreeMap<>();
        for (Map.Entry<Identifier, byte[]> broadcast : broadcasts.entrySet()) {
            decoded.put(broadcast.getKey(), Round1Package.decode(suite, broadcast.getKey(), broadcast.getValue()));
        }
        SortedMap<Identifier, DkgRound2> round2 = new TreeMap<>();
        for (Identifier participant : participants) {
            List<Round1Package> received = new ArrayList<>(decoded.values());
            received.remove(decoded.get(participant));
            round2.put(participant, round1.get(participant).part2(received));
        }
        requireSameRound1Digest(round2);
        SortedMap<Identifier, List<Round2Package>> inboxes = new TreeMap<>();
        for (DkgRound2 state : round2.values()) {
            for (Round2Package outgoing : state.round2Packages().values()) {
                byte[] wire = outgoing.encode();
                inboxes.computeIfAbsent(outgoing.recipient(), recipient -> new ArrayList<>())
                        .add(Round2Package.decode(suite, outgoing.sender(), wire));
                Arrays.fill(wire, (byte) 0);
                outgoing.destroy();
            }
        }
        SortedMap<Identifier, KeyPackage> keyPackages = new TreeMap<>();
        PublicKeyPackage publicKeyPackage = null;
        for (Identifier participant : participants) {
            LifecycleOutput output = round2.get(participant).part3(inboxes.getOrDefault(participant, List.of()));
            keyPackages.put(participant, output.keyPackage());
            publicKeyPackage = requireSame(publicKeyPackage, output.publicKeyPackage());
        }
        return new CeremonyResult(keyPackages, publicKeyPackage);
    }

    private static void requireSameRound1Digest(Map<Identifier, DkgRound2> states) throws FrostException {
        byte[] first = null;
        for (DkgRound2 state : states.values()) {
            byte[] digest = state.round1Digest();
            if (first == null) {
                first = digest;
            } else if (!MessageDigest.isEqual(first, digest)) {
                throw new FrostException(
                        FrostErrorCode.INCONSISTENT_PUBLIC_KEY_PACKAGE,
                        "participants accepted different round 1 packages (equivocation)");
            }
        }
    }

    /** Requires every participant to have derived the same public key package. */
    static PublicKeyPackage requireSame(PublicKeyPackage previous, PublicKeyPackage next) throws FrostException {
        if (previous != null && !previous.equals(next)) {
            throw new FrostException(
                    FrostErrorCode.INCONSISTENT_PUBLIC_KEY_PACKAGE,
                    "participants derived different public key packages");
        }
        return next;
    }
}
