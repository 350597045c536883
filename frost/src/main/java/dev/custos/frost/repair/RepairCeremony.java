package dev.custos.frost.repair;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs a whole repair in one process (tests, demos, single-host setups), through the binary encodings: the holders of
 * {@code helperKeys} help the participant named by an authorization recover its key package.
 */
public final class RepairCeremony {
    private RepairCeremony() {}

    /**
     * Repairs the key package of {@code authorization.lostParticipant()} with the help of the holders of {@code
     * helperKeys}, who must be exactly the helpers the authorization names (at least {@code minSigners} of them). The
     * caller must have verified the request behind {@code authorization} (see {@link RepairAuthorization}).
     */
    public static KeyPackage run(
            PublicKeyPackage publicKeyPackage,
            RepairAuthorization authorization,
            Map<Identifier, KeyPackage> helperKeys,
            SecureRandom random)
            throws FrostException {
        requireNonNull(authorization, "authorization is null");
        requireNonNull(helperKeys, "helperKeys is null");
        requireNonNull(random, "random is null");
        if (!new TreeSet<>(helperKeys.keySet()).equals(new TreeSet<>(authorization.helpers()))) {
            throw new IllegalArgumentException("helper keys are for " + new TreeSet<>(helperKeys.keySet())
                    + ", but the authorization names " + authorization.helpers());
        }
        RepairParameters parameters = new RepairParameters(SessionId.random(random), publicKeyPackage, authorization);
        Ciphersuite suite = parameters.suite();
        List<RepairDeltaCommitments> broadcasts = new ArrayList<>();
        SortedMap<Identifier, List<RepairDelta>> inboxes = new TreeMap<>();
        for (Identifier helper : parameters.helpers()) {
            RepairDeltas deltas = Repair.part1(parameters, helperKeys.get(helper), random);
            broadcasts.add(RepairDeltaCommitments.decode(
                    suite, helper, deltas.commitments().encode()));
            for (RepairDelta delta : deltas.deltas().values()) {
                byte[] wire = delta.encode();
                inboxes.computeIfAbsent(delta.recipient(), recipient -> new ArrayList<>())
                        .add(RepairDelta.decode(suite, helper, wire));
                Arrays.fill(wire, (byte) 0);
            }
            deltas.destroy();
        }
        List<RepairSigma> sigmas = new ArrayList<>();
        for (Identifier helper : parameters.helpers()) {
            RepairSigma sigma = Repair.part2(parameters, helper, broadcasts, inboxes.get(helper));
            byte[] wire = sigma.encode();
            sigmas.add(RepairSigma.decode(suite, helper, wire));
            Arrays.fill(wire, (byte) 0);
            sigma.destroy();
        }
        return Repair.part3(parameters, broadcasts, sigmas);
    }
}
