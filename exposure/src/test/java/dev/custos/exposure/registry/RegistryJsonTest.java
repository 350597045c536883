package dev.custos.exposure.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.exposure.ExposureInputException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryJsonTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void parse_fullPerson_andNodesThroughNestedResources() throws Exception {
        Registry registry = RegistryJson.parse(json("""
                {'people': [{'name': 'olga', 'roles': ['operator', 'approver'], 'employment': 'leaving',
                             'vetting': {'level': 'enhanced', 'valid_until': '2027-01-31T00:00:00Z',
                                         'reference': 'case-17'},
                             'operates': ['n9'], 'access': ['aws']}],
                 'resources': [{'id': 'host-a', 'kind': 'host', 'nodes': ['n1', 'n2']},
                               {'id': 'aws', 'kind': 'cloud_account', 'contains': ['host-a', 'aws']}],
                 'committee': {'nodes': ['n1'], 'threshold': 1}}
                """));

        Person olga = registry.person("olga").orElseThrow();
        assertThat(olga.roles()).isEqualTo(Set.of(Role.OPERATOR, Role.APPROVER));
        assertThat(olga.employment()).isEqualTo(Employment.LEAVING);
        assertThat(olga.vetting().orElseThrow().validUntil()).isEqualTo(Instant.parse("2027-01-31T00:00:00Z"));
        assertThat(olga.vetting().orElseThrow().reference()).isEqualTo("case-17");
        assertThat(registry.nodesByPerson().get("olga")).containsExactly("n1", "n2", "n9");
        assertThat(registry.resources()).extracting(Resource::kind).isEqualTo(List.of("host", "cloud_account"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{'people': [{'name': 'a', 'acess': []}]} | people[0]: unknown field 'acess'",
                "{'people': [{'roles': []}]} | people[0].name is missing",
                "{'people': [{'name': 'a', 'roles': ['boss']}]} | people[0].roles: 'boss' is not a role",
                "{'people': [{'name': 'a', 'employment': 'gone'}]} | people[0].employment must be active, leaving or"
                        + " left, got 'gone'",
                "{'people': [{'name': 'a', 'vetting': {'level': 'x', 'valid_until': 'soon'}}]} | people[0].vetting"
                        + ".valid_until must be an RFC 3339 time",
                "{'people': [{'name': 'a', 'access': ['h']}]} | person 'a' has access to 'h', which is not a"
                        + " resource",
                "{'people': [{'name': 'a'}, {'name': 'a'}]} | person 'a' is listed twice",
                "{'people': [{'name': 'a', 'operates': ['n1', 'n1']}]} | people[0].operates[1]: 'n1' is listed twice",
                "{'people': [], 'resources': [{'id': 'h', 'contains': ['x']}]} | resource 'h' contains 'x', which is"
                        + " not a resource",
                "{'people': [{'name': '-a'}]} | people[0]: person name '-a' must be 1 to 100 characters",
                "{'persons': []} | registry: unknown field 'persons'",
                "{} | registry.people is missing"
            })
    void parse_malformed_namesTheField(String registry, String message) {
        assertThatThrownBy(() -> RegistryJson.parse(json(registry)))
                .isInstanceOf(ExposureInputException.class)
                .hasMessageContaining(message.strip());
    }
}
