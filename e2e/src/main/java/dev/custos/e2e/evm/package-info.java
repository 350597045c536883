/**
 * A local EVM node for the end-to-end tests: {@link dev.custos.e2e.evm.HardhatProcess} runs hardhat from the
 * committed npm folder, {@link dev.custos.e2e.evm.EvmNode} adds hardhat's development calls to the production client
 * ({@code chain-rpc}).
 */
@NullMarked
package dev.custos.e2e.evm;

import org.jspecify.annotations.NullMarked;
