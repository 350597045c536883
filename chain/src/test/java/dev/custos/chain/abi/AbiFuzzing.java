package dev.custos.chain.abi;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The round-trip check of the ABI fuzz targets. */
final class AbiFuzzing {
    private AbiFuzzing() {}

    /**
     * Offsets may alias, so an accepted input need not be the canonical encoding; the canonical re-encoding of what was
     * decoded must decode again and re-encode to the same bytes.
     */
    static void assertStableEncoding(List<AbiParameter> parameters, List<AbiArgument> arguments) {
        List<AbiType> types = parameters.stream().map(AbiParameter::type).toList();
        byte[] encoded = AbiEncoder.encode(types, values(arguments));
        assertThat(decodeOrReject(() -> AbiDecoder.decodeArguments(parameters, encoded, 0)))
                .hasValueSatisfying(again ->
                        assertThat(AbiEncoder.encode(types, values(again))).isEqualTo(encoded));
    }

    private static List<AbiValue> values(List<AbiArgument> arguments) {
        return arguments.stream().map(AbiArgument::value).toList();
    }
}
