package dev.custos.node.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoordinatorAddressTest {
    @Test
    void parsesHostsAndBracketedIpv6() {
        assertThat(CoordinatorAddress.parse("coordinator.example:7443"))
                .isEqualTo(new CoordinatorAddress("coordinator.example", 7443));
        assertThat(CoordinatorAddress.parse("[::1]:7443")).isEqualTo(new CoordinatorAddress("::1", 7443));
        assertThat(new CoordinatorAddress("::1", 7443).toString()).isEqualTo("[::1]:7443");
    }

    @Test
    void refusesWhatIsNotHostColonPort() {
        assertThatThrownBy(() -> CoordinatorAddress.parse("coordinator")).hasMessage("'coordinator' is not HOST:PORT");
        assertThatThrownBy(() -> CoordinatorAddress.parse("host:http"))
                .hasMessage("'host:http': the port is not a number");
        assertThatThrownBy(() -> CoordinatorAddress.parse("host:0"))
                .hasMessage("the coordinator's port must be 1 to 65535, got 0");
        assertThatThrownBy(() -> CoordinatorAddress.parse("::1:80"))
                .hasMessageContaining("write an IPv6 address in brackets");
    }
}
