package dev.custos.chain.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.abi.KnownFunction;
import dev.custos.chain.abi.KnownFunctions;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class IntentProperties {
    private static final List<KnownFunction> FUNCTIONS = KnownFunctions.all();
    private static final IntentDecoder DECODER = IntentDecoder.withWellKnownFunctions(AddressBook.empty());

    @Property(tries = 500)
    void decodeSafeTransaction_randomCalldataBehindAKnownSelector_neverThrows(
            @ForAll @IntRange(min = 0, max = 1000) int functionIndex,
            @ForAll @Size(max = 800) byte[] arguments,
            @ForAll boolean delegatecall) {
        byte[] selector =
                FUNCTIONS.get(functionIndex % FUNCTIONS.size()).function().selector();
        byte[] data = Arrays.copyOf(selector, 4 + arguments.length);
        System.arraycopy(arguments, 0, data, 4, arguments.length);

        Intent intent = DECODER.decodeSafeTransaction(
                Calls.safeTransaction(
                        Calls.TOKEN, BigInteger.ZERO, data, delegatecall ? Operation.DELEGATECALL : Operation.CALL),
                BigInteger.ONE,
                SafeVersion.DEFAULT);

        assertThat(intent.call().function().isPresent() || intent.hasFlag(Flag.UNKNOWN_CALLDATA))
                .isTrue();
        assertThat(intent.summary()).isNotBlank();
        assertThat(IntentJson.toJson(intent).get("flags").isArray()).isTrue();
        DerivedTransfers derived = TransferDerivation.of(intent, TransferContext.EMPTY);
        if (delegatecall) {
            assertThat(derived.complete()).isFalse();
        }
        assertThat(derived.transfers())
                .allSatisfy(transfer -> assertThat(transfer.amount().signum()).isNotNegative());
    }
}
