/**
 * A local EVM node for the end-to-end tests: {@link dev.custos.localevm.HardhatProcess} runs hardhat from the
 * committed npm folder, {@link dev.custos.localevm.EvmNode} adds hardhat's development calls to the production client
 * ({@code chain-rpc}).
 */
@NullMarked
package dev.custos.localevm;

import org.jspecify.annotations.NullMarked;
