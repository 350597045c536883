package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.Outcome;
import java.util.List;

/** What a protocol does after a round. */
public sealed interface Step {
    /**
     * Send the next round's messages and wait for the peers'.
     *
     * @param messages the next round's messages
     */
    record Next(List<Outgoing> messages) implements Step {
        public Next {
            messages = List.copyOf(requireNonNull(messages, "messages is null"));
        }
    }

    /**
     * The protocol is done; report {@code outcome}.
     *
     * @param outcome the result (durable state is written before this step is returned)
     */
    record Finished(Outcome outcome) implements Step {
        public Finished {
            requireNonNull(outcome, "outcome is null");
        }
    }
}
