/**
 * Decoders from logs to observations: governance events of Safes (1.1.1 to 1.4.1 shapes), EIP-1967 proxies,
 * Ownable, AccessControl, TimelockController and Governor contracts, and ERC-20 transfers out of monitored wallets.
 * Pure functions of a log; what they cannot read from it (a previous value) they name as a storage slot the follower
 * reads at the block before.
 */
@NullMarked
package dev.custos.watch.decode;

import org.jspecify.annotations.NullMarked;
