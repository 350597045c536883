package dev.custos.frost.repair;

import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;

import dev.custos.frost.Identifier;
import java.util.List;

/** Repair authorizations for tests: a random digest stands in for the verified, quorum-signed repair request. */
final class TestAuthorizations {
    private TestAuthorizations() {}

    static RepairAuthorization of(Identifier lostParticipant, List<Identifier> helpers) {
        byte[] digest = new byte[RepairAuthorization.DIGEST_LENGTH];
        RANDOM.nextBytes(digest);
        return new RepairAuthorization(digest, lostParticipant, helpers);
    }
}
