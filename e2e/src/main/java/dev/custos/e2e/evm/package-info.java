/**
 * A local EVM node for the end-to-end tests: {@link dev.custos.e2e.evm.HardhatProcess} runs hardhat from the
 * committed npm folder, {@link dev.custos.e2e.evm.EvmNode} makes the JSON-RPC calls the tests need over a minimal
 * HTTP/1.1 {@link dev.custos.e2e.evm.JsonRpcClient}.
 */
@NullMarked
package dev.custos.e2e.evm;

import org.jspecify.annotations.NullMarked;
