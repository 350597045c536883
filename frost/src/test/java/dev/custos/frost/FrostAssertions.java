package dev.custos.frost;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on {@link FrostException} codes and culprits. */
public final class FrostAssertions {
    private FrostAssertions() {}

    public static FrostException assertFrostFailure(
            ThrowingCallable call, FrostErrorCode code, Identifier... culprits) {
        FrostException[] caught = new FrostException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(FrostException.class, e -> {
            Assertions.assertThat(e.code())
                    .as("error code of: " + e.getMessage())
                    .isEqualTo(code);
            Assertions.assertThat(e.culprits())
                    .as("culprits of: " + e.getMessage())
                    .containsExactly(culprits);
            caught[0] = e;
        });
        return caught[0];
    }
}
