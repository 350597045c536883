package dev.custos.cli.node;

import dev.custos.node.link.LinkListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code node run} does with the coordinator's messages until the job engine handles them: it logs their sizes at
 * debug level. Connection changes are logged by the link itself.
 */
final class MessageSizeLogger implements LinkListener {
    private static final Logger LOG = LoggerFactory.getLogger(MessageSizeLogger.class);

    @Override
    public void onMessage(byte[] message) {
        LOG.debug("received a message of {} bytes from the coordinator", message.length);
    }
}
