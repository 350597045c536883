package dev.custos.chain.abi;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link FunctionRegistry#decode} with the well-known functions (calldata from a transaction or a Safe batch):
 * arguments whose re-encoding decodes to the same arguments, or a {@link dev.custos.chain.DecodingException}.
 */
class FunctionRegistryFuzzTest {
    private static final FunctionRegistry REGISTRY = FunctionRegistry.wellKnown();

    @FuzzTest
    void decode_anyCalldata_stableArgumentsOrDecodingException(byte[] input) {
        decodeOrReject(() -> REGISTRY.decode(input))
                .flatMap(call -> call)
                .ifPresent(call -> AbiFuzzing.assertStableEncoding(
                        call.function().function().parameters(), call.arguments()));
    }
}
