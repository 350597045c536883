package dev.custos.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void wireName_everyVerdict_isTheLowerCaseName() {
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::wireName)).containsExactly("allow", "escalate", "deny");
    }
}
