/**
 * Simulation before approval, independent of any RPC client: reading a traced call's storage writes
 * ({@link dev.custos.chain.simulation.StructLogTrace}) and deriving what it would do to the wallet itself
 * ({@link dev.custos.chain.simulation.WalletSimulation}, with the Safe storage layout in
 * {@link dev.custos.chain.simulation.SafeSlot}).
 */
@NullMarked
package dev.custos.chain.simulation;

import org.jspecify.annotations.NullMarked;
