/**
 * The on-chain governance watcher (docs/CHAINS.md, "On-chain governance watcher"): the contracts a user registers
 * ({@link dev.custos.watch.WatchList}), decoders of their governance events and of outflows from monitored wallets
 * ({@code decode}), and a reorganisation-safe, checkpointed follower of the user's node ({@code follow}) that turns
 * them into ECS events (docs/EVENTS.md).
 */
@NullMarked
package dev.custos.watch;

import org.jspecify.annotations.NullMarked;
