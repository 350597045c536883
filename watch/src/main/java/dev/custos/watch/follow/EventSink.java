package dev.custos.watch.follow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Where the follower delivers its events. {@link #deliver} returns once they are durable (or handed on): the
 * checkpoint that covers them is written only after it.
 */
@FunctionalInterface
public interface EventSink {
    void deliver(List<ObjectNode> events) throws IOException;
}
