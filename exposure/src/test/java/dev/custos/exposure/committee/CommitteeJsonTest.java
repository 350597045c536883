package dev.custos.exposure.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.exposure.ExposureInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitteeJsonTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void parse_defaultSetWalletOverrideAndAdmins() throws Exception {
        Committee committee = CommitteeJson.parse(json("""
                        {'nodes': ['n1', 'n2', 'n3'], 'threshold': 2,
                         'wallets': {'cold-btc': {'nodes': ['c1', 'c2', 'c3', 'c4', 'c5'], 'threshold': 3}},
                         'admins': ['ada', 'abe', 'ava'], 'admin_threshold': 2}
                        """), "committee");

        assertThat(committee.signingSet("hot-eth")).contains(new SigningSet(List.of("n1", "n2", "n3"), 2));
        assertThat(committee.signingSet("cold-btc").orElseThrow().threshold()).isEqualTo(3);
        assertThat(committee.admins()).containsExactly("ada", "abe", "ava");
        assertThat(committee.adminThreshold()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{'nodes': ['n1', 'n2'], 'threshold': 3} | committee.threshold must be a whole number from 1 to 2, got 3",
                "{'nodes': ['n1'], 'threshold': 1, 'quorum': 2} | committee: unknown field 'quorum'",
                "{'nodes': ['n1']} | committee.threshold is missing",
                "{'admins': ['a']} | committee declares no signing set",
                "{'nodes': ['n1'], 'threshold': 1, 'admins': ['a', 'b']} | committee.admin_threshold is missing",
                "{'nodes': ['n1'], 'threshold': 1, 'admin_threshold': 1} | committee.admin_threshold is given but",
                "{'wallets': {'w': {'nodes': [], 'threshold': 1}}} | committee.wallets.w.nodes must name at least one",
                "{'wallets': ['w']} | committee.wallets must be an object"
            })
    void parse_malformed_namesTheField(String committee, String message) {
        assertThatThrownBy(() -> CommitteeJson.parse(json(committee), "committee"))
                .isInstanceOf(ExposureInputException.class)
                .hasMessageContaining(message.strip());
    }
}
