package dev.custos.coordinator.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.link.CoordinatorLink;
import dev.custos.node.link.LinkException;
import dev.custos.node.link.LinkListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryLinksTest {
    @Test
    void messagesArriveInOrderEachWayOnTheLinkThreadsAndStopAtDisconnect() throws Exception {
        try (InMemoryLinks links = new InMemoryLinks()) {
            List<String> atCoordinator = new CopyOnWriteArrayList<>();
            List<String> atNode = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(200 + 1);
            links.listener(new NodeLinkListener() {
                @Override
                public void onMessage(String node, byte[] message) {
                    atCoordinator.add(node + ":" + message[0] + ":"
                            + Thread.currentThread().getName());
                    done.countDown();
                }

                @Override
                public void onDisconnected(String node, String reason) {
                    atCoordinator.add(node + " gone: " + reason);
                    done.countDown();
                }
            });
            CoordinatorLink link = links.connect("node-a", new LinkListener() {
                @Override
                public void onMessage(byte[] message) {
                    atNode.add(message[0] + ":" + Thread.currentThread().getName());
                    done.countDown();
                }
            });
            assertThat(links.connected()).containsExactly("node-a");
            for (int i = 0; i < 100; i++) {
                link.send(new byte[] {(byte) i});
                links.send("node-a", new byte[] {(byte) i});
            }
            links.disconnect("node-a", "test over");
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 100; i++) {
                assertThat(atCoordinator.get(i)).isEqualTo("node-a:" + i + ":link-from-node-a");
                assertThat(atNode.get(i)).isEqualTo(i + ":link-to-node-a");
            }
            assertThat(atCoordinator.getLast()).isEqualTo("node-a gone: test over");
            assertThat(link.connected()).isFalse();
            assertThat(links.connected()).isEmpty();
            assertThatThrownBy(() -> link.send(new byte[] {1})).isInstanceOf(LinkException.class);
            assertThatThrownBy(() -> links.send("node-a", new byte[] {1}))
                    .isInstanceOf(LinkException.class)
                    .hasMessageContaining("not connected");
        }
    }
}
