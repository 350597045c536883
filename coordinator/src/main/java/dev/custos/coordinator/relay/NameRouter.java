package dev.custos.coordinator.relay;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.link.NodeLinkListener;
import dev.custos.coordinator.link.NodeLinks;
import dev.custos.node.link.LinkException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A diagnostic relay listener (for {@code custos coordinator relay --route-by-name} and the multi-process tests): a
 * message that starts with ASCII {@code route:NAME} and a line feed is forwarded to node NAME with that line replaced
 * by {@code from:SENDER} and a line feed; anything else is logged at debug level and dropped. The job engine replaces
 * it in production.
 */
public final class NameRouter implements NodeLinkListener {
    private static final Logger LOG = LoggerFactory.getLogger(NameRouter.class);
    private static final byte[] ROUTE = "route:".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NAME_LENGTH = 63;

    private final NodeLinks links;

    public NameRouter(NodeLinks links) {
        this.links = requireNonNull(links, "links is null");
    }

    @Override
    public void onMessage(String node, byte[] message) {
        int newline = indexOf(message, (byte) '\n', ROUTE.length + MAX_NAME_LENGTH + 1);
        if (!startsWith(message, ROUTE) || newline < 0) {
            LOG.debug("received a message of {} bytes from node '{}' (not routed)", message.length, node);
            return;
        }
        String target = new String(message, ROUTE.length, newline - ROUTE.length, StandardCharsets.US_ASCII);
        byte[] header = ("from:" + node + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOfRange(message, newline + 1, message.length);
        byte[] forwarded = new byte[header.length + body.length];
        System.arraycopy(header, 0, forwarded, 0, header.length);
        System.arraycopy(body, 0, forwarded, header.length, body.length);
        try {
            links.send(target, forwarded);
            LOG.info("routed {} bytes from node '{}' to node '{}'", body.length, node, target);
        } catch (LinkException e) {
            LOG.warn(
                    "cannot route {} bytes from node '{}' to node '{}': {}", body.length, node, target, e.getMessage());
        }
    }

    private static boolean startsWith(byte[] message, byte[] prefix) {
        return message.length >= prefix.length && Arrays.equals(message, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] message, byte value, int limit) {
        for (int i = 0; i < Math.min(message.length, limit); i++) {
            if (message[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
