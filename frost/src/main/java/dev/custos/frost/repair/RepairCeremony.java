package dev.custos.frost.repair;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.dkg.SessionId;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs a whole repair in one process (tests, demos, single-host setups), through the binary encodings: the holders of
 * {@code helperKeys} help {@code lostParticipant} recover its key package.
 */
public final class RepairCeremony {
    private RepairCeremony() {}

    /**
     * Repairs the key package of {@code lostParticipant} with the help of the holders of {@code helperKeys} (at least
     * {@code minSigners} of them).
     */
    public static KeyPackage run(
            PublicKeyPackage publicKeyPackage,
            Map<Identifier, KeyPackage> helperKeys,
            Identifier lostParticipant,
            SecureRandom random)
            throws FrostException {
        requireNonNull(helperKeys, "helperKeys is null");
        requireNonNull(random, "random is null");
        RepairParameters parameters = new RepairParameters(
                SessionId.random(random), publicKeyPackage, List.copyOf(helperKeys.keySet()), lostParticipant);
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
