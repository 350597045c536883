package dev.custos.watch.decode;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rpc.LogEntry;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;

/**
 * Reads ERC-20 transfers out of monitored wallets: {@code Transfer(address indexed from, address indexed to, uint256
 * value)} whose {@code from} is one of them. ERC-721 transfers share the signature with the token id indexed (four
 * topics); they are not outflows of an amount and are not reported.
 */
public final class OutflowDecoder {
    private OutflowDecoder() {}

    /** The outflow {@code log} records from one of {@code wallets}, if any. */
    public static Optional<Outflow> decode(LogEntry log, Set<Address> wallets) throws MalformedLogException {
        if (log.topics().isEmpty() || !log.topics().get(0).equals(EventTopics.TRANSFER)) {
            return Optional.empty();
        }
        if (log.topics().size() == 4) {
            return Optional.empty();
        }
        LogFields fields = new LogFields(log, "Transfer").shape(3, 1);
        Address from = fields.topicAddressValue(1, "from");
        if (!wallets.contains(from)) {
            return Optional.empty();
        }
        return Optional.of(new Outflow(
                log.address(),
                from,
                fields.topicAddressValue(2, "to"),
                Optional.of(log.address()),
                new BigInteger(1, fields.word(0))));
    }
}
