package dev.custos.frost.refresh;

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
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs a whole refresh for all given holders in one process (tests, demos, single-host setups), through the binary
 * encodings. The holders of {@code keyPackages} refresh; any other holder of the public key package is removed.
 */
public final class RefreshCeremony {
    private RefreshCeremony() {}

    /**
     * Refreshes the shares of the holders of {@code keyPackages} (at least {@code minSigners} of them). The old key
     * packages are left intact; destroy them once the result is stored.
     */
    public static CeremonyResult run(
            Map<Identifier, KeyPackage> keyPackages, PublicKeyPackage publicKeyPackage, SecureRandom random)
            throws FrostException {
        requireNonNull(keyPackages, "keyPackages is null");
        requireNonNull(random, "random is null");
        RefreshParameters parameters =
                new RefreshParameters(SessionId.random(random), publicKeyPackage, List.copyOf(keyPackages.keySet()));
        Ciphersuite suite = parameters.suite();
        SortedMap<Identifier, RefreshRound1> round1 = new TreeMap<>();
        SortedMap<Identifier, byte[]> broadcasts = new TreeMap<>();
        for (Identifier participant : parameters.participants()) {
            RefreshRound1 state = Refresh.part1(parameters, keyPackages.get(participant), random);
            round1.put(participant, state);
            broadcasts.put(participant, state.round1Package().encode());
        }
        // Every receiver gets the same broadcast bytes; decoding is deterministic, so decode each broadcast once.
        SortedMap<Identifier, RefreshRound1Package> decoded = new TreeMap<>();
        for (Map.Entry<Identifier, byte[]> broadcast : broadcasts.entrySet()) {
            decoded.put(
                    broadcast.getKey(), RefreshRound1Package.decode(suite, broadcast.getKey(), broadcast.getValue()));
        }
        SortedMap<Identifier, RefreshRound2> round2 = new TreeMap<>();
        for (Identifier participant : parameters.participants()) {
            List<RefreshRound1Package> received = new ArrayList<>(decoded.values());
            received.remove(decoded.get(participant));
            round2.put(participant, round1.get(participant).part2(received));
        }
        SortedMap<Identifier, List<RefreshRound2Package>> inboxes = new TreeMap<>();
        for (RefreshRound2 state : round2.values()) {
            for (RefreshRound2Package outgoing : state.round2Packages().values()) {
                byte[] wire = outgoing.encode();
                inboxes.computeIfAbsent(outgoing.recipient(), recipient -> new ArrayList<>())
                        .add(RefreshRound2Package.decode(suite, outgoing.sender(), wire));
                Arrays.fill(wire, (byte) 0);
                outgoing.destroy();
            }
        }
        SortedMap<Identifier, KeyPackage> refreshed = new TreeMap<>();
        PublicKeyPackage result = null;
        for (Identifier participant : parameters.participants()) {
            LifecycleOutput output = round2.get(participant).part3(inboxes.getOrDefault(participant, List.of()));
            refreshed.put(participant, output.keyPackage());
            if (result != null && !result.equals(output.publicKeyPackage())) {
                throw new FrostException(
                        FrostErrorCode.INCONSISTENT_PUBLIC_KEY_PACKAGE,
                        "participants derived different public key packages");
            }
            result = output.publicKeyPackage();
        }
        return new CeremonyResult(refreshed, result);
    }
}
