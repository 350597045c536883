package dev.custos.ecdsa.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.keys.PairwiseOtSetup;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A member of the new committee in resharing or refresh (docs/ECDSA.md, "Refresh and resharing"): it runs fresh
 * pairwise base OTs with the other new members and combines the dealers' verified contributions ({@link
 * ResharingDealer}) into its new share of the same public key. One state per round:
 *
 * <ol>
 *   <li>{@link #start}: the base-OT starts, one {@link ResharingOtMessage} per peer ({@link
 *       ResharingRound1#messages()});
 *   <li>{@link ResharingRound1#round2}: with the peers' base-OT starts and every dealer's {@link ResharingShareMessage},
 *       verifies each dealer (naming it), answers the base OTs and echoes a digest of the dealers' commitments;
 *   <li>{@link ResharingRound2#finish}: checks the peers' echoes and returns the new key share, whose OT pairs must
 *       then be verified ({@link dev.custos.ecdsa.keys.OtVerification}).
 * </ol>
 *
 * Each state is one-shot ({@link ResharingState}).
 */
public final class Resharing {
    private Resharing() {}

    /**
     * Round 1 for {@code self}, a member of the new committee.
     *
     * @throws IllegalArgumentException if {@code self} is not in the new committee
     */
    public static ResharingRound1 start(ResharingParameters parameters, Identifier self, SecureRandom random) {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(self, "self is null");
        requireNonNull(random, "random is null");
        if (!parameters.newParties().contains(self)) {
            throw new IllegalArgumentException(self + " is not in the new committee");
        }
        List<Identifier> peers =
                parameters.newParties().stream().filter(p -> !p.equals(self)).toList();
        PairwiseOtSetup otSetup = PairwiseOtSetup.start("reshare", parameters.session(), self, peers, random);
        List<ResharingOtMessage> messages = new ArrayList<>();
        otSetup.firstMessages()
                .forEach((peer, message) ->
                        messages.add(new ResharingOtMessage(parameters.session(), self, peer, message)));
        return new ResharingRound1(parameters, self, peers, otSetup, messages);
    }
}
