package dev.custos.frost.reshare;

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
 * Runs a whole reshare in one process (tests, demos, single-host setups), through the binary encodings: the holders of
 * {@code dealerKeys} reshare the key to {@code newParticipants} with threshold {@code newMinSigners}.
 */
public final class ReshareCeremony {
    private ReshareCeremony() {}

    /**
     * Reshares to a new committee. The old key packages are left intact; destroy them once the result is stored.
     *
     * @throws IllegalArgumentException if fewer than the old {@code minSigners} dealers are given or the new committee
     *     parameters are invalid
     */
    public static CeremonyResult run(
            PublicKeyPackage oldPublicKeyPackage,
            Map<Identifier, KeyPackage> dealerKeys,
            List<Identifier> newParticipants,
            int newMinSigners,
            SecureRandom random)
            throws FrostException {
        requireNonNull(dealerKeys, "dealerKeys is null");
        requireNonNull(random, "random is null");
        ReshareParameters parameters = new ReshareParameters(
                SessionId.random(random),
                oldPublicKeyPackage,
                List.copyOf(dealerKeys.keySet()),
                newParticipants,
                newMinSigners);
        Ciphersuite suite = parameters.suite();
        List<ReshareCommitment> commitments = new ArrayList<>();
        SortedMap<Identifier, List<ReshareSubShare>> inboxes = new TreeMap<>();
        for (Identifier dealer : parameters.dealers()) {
            ReshareDealing dealing = Reshare.deal(parameters, dealerKeys.get(dealer), random);
            commitments.add(
                    ReshareCommitment.decode(suite, dealer, dealing.commitment().encode()));
            for (ReshareSubShare subShare : dealing.subShares().values()) {
                byte[] wire = subShare.encode();
                inboxes.computeIfAbsent(subShare.recipient(), recipient -> new ArrayList<>())
                        .add(ReshareSubShare.decode(suite, dealer, wire));
                Arrays.fill(wire, (byte) 0);
            }
            dealing.destroy();
        }
        SortedMap<Identifier, KeyPackage> keyPackages = new TreeMap<>();
        PublicKeyPackage result = null;
        for (Identifier participant : parameters.newParticipants()) {
            LifecycleOutput output = Reshare.receive(parameters, participant, commitments, inboxes.get(participant));
            keyPackages.put(participant, output.keyPackage());
            if (result != null && !result.equals(output.publicKeyPackage())) {
                throw new FrostException(
                        FrostErrorCode.INCONSISTENT_PUBLIC_KEY_PACKAGE,
                        "new participants derived different public key packages");
            }
            result = output.publicKeyPackage();
        }
        return new CeremonyResult(keyPackages, result);
    }
}
