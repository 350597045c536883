package dev.custos.chain.simulation;

import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An event a traced call emits (LOG0 to LOG4) in a frame that does not revert; under DELEGATECALL the emitter is the
 * calling contract, as on chain.
 *
 * @param emitter the contract the log is attributed to
 * @param topics the topics, as uint256 words
 * @param data the data
 */
public record EventLog(Address emitter, List<BigInteger> topics, byte[] data) {
    public EventLog {
        Objects.requireNonNull(emitter, "emitter is null");
        topics = List.copyOf(Objects.requireNonNull(topics, "topics is null"));
        data = Objects.requireNonNull(data, "data is null").clone();
        if (topics.size() > 4) {
            throw new IllegalArgumentException("a log has at most 4 topics, got " + topics.size());
        }
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventLog that
                && emitter.equals(that.emitter)
                && topics.equals(that.topics)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(emitter, topics, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "EventLog[emitter=" + emitter + ", topics=" + topics + ", data=" + Hex.encode(data) + "]";
    }
}
