package dev.custos.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.policy.SignedPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies the dev admin signs reach every node, only upwards in version, and survive a restart. */
class ClusterPolicyTest {
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3");

    @TempDir
    Path root;

    @Test
    void theInitialPolicyIsVersionOneAndEachInstallationSignsTheNextVersionOnEveryNode() throws Exception {
        byte[] baseline = DevClusterSettings.baselinePolicy();
        byte[] renamed = new String(baseline, StandardCharsets.UTF_8)
                .replace("\"custos-baseline\"", "\"custos-dev\"")
                .getBytes(StandardCharsets.UTF_8);
        Path folder = root.resolve("data");
        try (DevCluster cluster =
                DevCluster.open(DevClusterTest.settings(folder).withInitialPolicy(baseline))) {
            assertThat(cluster.policyVersion()).contains(1L);
            assertInstalled(cluster, 1, baseline);

            assertThat(cluster.installPolicy(renamed)).isEqualTo(2);
            assertInstalled(cluster, 2, renamed);
            cluster.installPolicy(renamed, 2);
            assertInstalled(cluster, 2, renamed);

            assertThatThrownBy(() -> cluster.installPolicy(baseline, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("node node-1 holds policy version 2 with another document: version 2 cannot"
                            + " replace it");
            assertThatThrownBy(() -> cluster.installPolicy(baseline, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("node node-1 holds policy version 2: version 1 cannot replace it");
            assertInstalled(cluster, 2, renamed);
        }
        try (DevCluster cluster = DevCluster.open(DevClusterTest.settings(folder)
                .withInitialPolicy("ignored when loaded".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(cluster.policyVersion()).contains(2L);
            assertInstalled(cluster, 2, renamed);
            assertThat(cluster.installPolicy(baseline)).isEqualTo(3);
            assertInstalled(cluster, 3, baseline);
        }
    }

    @Test
    void aDocumentThatIsNotAPolicyIsRefusedBeforeAnyNodeGetsIt() throws Exception {
        try (DevCluster cluster = DevCluster.open(DevClusterTest.settings(root.resolve("data")))) {
            assertThat(cluster.policyVersion()).isEmpty();
            assertThatThrownBy(() -> cluster.installPolicy("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the policy document is not a valid policy: ");
            assertThatThrownBy(() -> cluster.installPolicy(new byte[] {'{', (byte) 0xff, '}'}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the policy document is not UTF-8 text");
            assertThatThrownBy(() -> cluster.installPolicy(DevClusterSettings.baselinePolicy(), 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a policy version is at least 1, got 0");
            assertThat(cluster.policyVersion()).isEmpty();
        }
        assertThatThrownBy(() -> DevCluster.open(DevClusterTest.settings(root.resolve("other"))
                        .withInitialPolicy("not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the policy document is not a valid policy: ");
        assertThat(DevCluster.exists(root.resolve("other"))).isFalse();
    }

    private static void assertInstalled(DevCluster cluster, long version, byte[] document) {
        for (String name : NODES) {
            SignedPolicy installed = cluster.node(name).policies().current().orElseThrow();
            assertThat(installed.version()).as(name).isEqualTo(version);
            assertThat(installed.document()).as(name).isEqualTo(document);
            assertThat(installed.signatures()).singleElement().satisfies(signature -> {
                assertThat(signature.admin()).isEqualTo(cluster.adminKey());
                assertThat(cluster.adminKey().verify(installed.signedMessage(), signature.signature()))
                        .isTrue();
            });
        }
    }
}
