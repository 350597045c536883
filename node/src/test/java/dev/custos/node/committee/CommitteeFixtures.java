package dev.custos.node.committee;

import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.identity.SigningKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Admins, nodes and committees for tests. */
final class CommitteeFixtures {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CommitteeFixtures() {}

    static List<SigningKey> admins(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> SigningKey.generate(RANDOM))
                .toList();
    }

    static AdminQuorum quorum(int threshold, List<SigningKey> admins) {
        return new AdminQuorum(
                threshold, admins.stream().map(SigningKey::publicKey).toList());
    }

    static List<NodeIdentity> nodes(String... names) {
        return Arrays.stream(names)
                .map(name -> NodeKeys.generate(name, RANDOM).identity())
                .toList();
    }
}
