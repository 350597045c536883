package dev.custos.policy;

import static dev.custos.policy.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.facts.DerivedFacts;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.types.Verdict;
import org.junit.jupiter.api.Test;

/** PSBT change decided by the wallet's declaration in the policy, never by what the PSBT says is its own. */
class PsbtFactsTest {
    /**
     * BIP174's "PSBT with PSBT_GLOBAL_XPUB": inputs of 2 BTC; output 0 pays 1 BTC to 1HfDQLiop9zLpiFN25sJZv8msg8VKiySiL,
     * output 1 pays 0.999 BTC to a P2WPKH key derived from master fingerprint 27569c50, which the PSBT also lists as
     * its own global xpub.
     */
    private static final String PSBT =
            "cHNidP8BAJ0BAAAAAnEOp2q0XFy2Q45gflnMA3YmmBgFrp4N/ZCJASq7C+U1AQAAAAD/////GQmU1qizyMgs"
                    + "y8+y+6QQaqBmObhyqNRHRlwNQliNbWcAAAAAAP////8CAOH1BQAAAAAZdqkUtrwsDuVlWoQ9ea/t0MzD991kNAmIrGBa9AUAAAAAFgAU"
                    + "EYjvjkzgRJ6qyPsUHL9aEXbmoIgAAAAATwEEiLIeA55TDKyAAAAAPbyKXJdp8DGxfnf+oVGGAyIaGP0Y8rmlTGyMGsdcvDUC8jBYSxVd"
                    + "HH8c1FEgplPEjWULQxtnxbLBPyfXFCA3wWkQJ1acUDEAAIAAAACAAAAAgAABAR8A4fUFAAAAABYAFDO5gvkbKPFgySC0q5XljOUN2jpK"
                    + "IgIDMJaA8zx9446mpHzU7NZvH1pJdHxv+4gI7QkDkkPjrVxHMEQCIC1wTO2DDFapCTRL10K2hS3M0QPpY7rpLTjnUlTSu0JFAiAthsQ3"
                    + "GV30bAztoITyopHD2i1kBw92v5uQsZXn7yj3cgEiBgMwloDzPH3jjqakfNTs1m8fWkl0fG/7iAjtCQOSQ+OtXBgnVpxQMQAAgAAAAIAA"
                    + "AACAAAAAAAEAAAAAAQEfAOH1BQAAAAAWABQ4j7lEMH63fvRRl9CwskXgefAR3iICAsd3Fh9z0LfHK57nveZQKT0T8JW8dlatH1Jdpf0u"
                    + "ELEQRzBEAiBMsftfhpyULg4mEAV2ElQ5F5rojcqKncO6CPeVOYj6pgIgUh9JynkcJ9cOJzybFGFphZCTYeJb4nTqIA1+CIJ+UU0BIgYC"
                    + "x3cWH3PQt8crnue95lApPRPwlbx2Vq0fUl2l/S4QsRAYJ1acUDEAAIAAAACAAAAAgAAAAAAAAAAAAAAiAgLSDKUC7iiWhtIYFb1DqAY3"
                    + "sGmOH7zb5MrtRF9sGgqQ7xgnVpxQMQAAgAAAAIAAAACAAAAAAAQAAAAA";

    private static final String EXTERNAL = "1HfDQLiop9zLpiFN25sJZv8msg8VKiySiL";

    private final Fixtures fixtures = new Fixtures();

    private Policy policy(boolean declareFingerprint) {
        ObjectNode document = fixtures.document(
                1, "[{\"id\":\"allow-active\",\"effect\":\"allow\",\"condition\":\"destination.active\"}]");
        ObjectNode wallet = ((ArrayNode) document.get("wallets")).addObject();
        wallet.put("id", "btc-1").put("tier", "cold").put("chain", "bitcoin");
        ArrayNode fingerprints = wallet.putArray("bip32_fingerprints");
        if (declareFingerprint) {
            fingerprints.add("27569c50");
        }
        ((ArrayNode) document.get("prices").get("assets"))
                .addObject()
                .put("chain", "bitcoin")
                .put("asset", "btc")
                .put("usd", "60000")
                .put("decimals", 8);
        ((ArrayNode) document.get("destinations"))
                .addObject()
                .put("address", EXTERNAL)
                .put("label", "cold storage partner")
                .put("added_at", "2026-01-01T00:00:00Z");
        return PolicyParser.parse(document);
    }

    private static ObjectNode event() {
        ObjectNode event = Fixtures.event();
        event.remove("custos");
        event.remove("custos.tx.raw");
        event.remove("custos.tx.to");
        event.remove("custos.tx.amount_usd");
        event.put("custos.tx.chain", "bitcoin");
        event.put("custos.wallet.id", "btc-1");
        event.put("custos.tx.psbt", PSBT);
        return event;
    }

    @Test
    void outputToADeclaredFingerprintsKey_isChange_andOnlyTheExternalOutputIsAnOutflow() {
        Decision decision = fixtures.decide(policy(true), event());

        DerivedFacts facts = decision.facts().orElseThrow();
        assertThat(facts.recipients()).containsExactly(EXTERNAL);
        assertThat(facts.amountUsd()).isEqualByComparingTo("60000");
        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void withoutTheDeclaration_thePsbtsOwnClaimOfChangeDoesNotCount_bothOutputsAreOutflows() {
        Decision decision =
                fixtures.decide(policy(false), event(), new dev.custos.policy.velocity.VelocityTracker(), NOW);

        DerivedFacts facts = decision.facts().orElseThrow();
        assertThat(facts.recipients()).hasSize(2).contains(EXTERNAL);
        assertThat(facts.amountUsd()).isEqualByComparingTo("119940");
        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
    }
}
