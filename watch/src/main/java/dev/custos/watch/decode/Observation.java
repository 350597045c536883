package dev.custos.watch.decode;

import dev.custos.chain.ethereum.Address;

/** What a decoder read from a log: a governance change or a transfer out of a monitored wallet. */
public sealed interface Observation permits GovernanceChange, Outflow {
    /** The contract that emitted the log. */
    Address contract();
}
