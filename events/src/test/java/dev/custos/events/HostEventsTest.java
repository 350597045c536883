package dev.custos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers of network flow, DNS, e-mail and file events: what reads, and which field a refusal names. */
class HostEventsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Map<String, JsonNode> fields(String json) throws Exception {
        return EcsFlattener.flatten(MAPPER.readTree(json), Set.of(), EcsFlattener.Duplicates.SAME_VALUE_ALLOWED);
    }

    @Test
    void flow_readsEveryField_andKeysTheDomainFirst() throws Exception {
        NetworkFlowEvent flow = NetworkFlowEvent.read(fields("{\"host.name\":\"laptop-a\",\"destination\":{\"ip\":"
                + "\"203.0.113.9\",\"domain\":\"Cdn.Example.COM.\",\"port\":\"443\",\"bytes\":5120},"
                + "\"network.transport\":\"TCP\",\"source.bytes\":812,\"event.duration\":1500000000}"));

        assertThat(flow.host()).isEqualTo("laptop-a");
        assertThat(flow.destination()).isEqualTo("cdn.example.com");
        assertThat(flow.port()).hasValue(443);
        assertThat(flow.transport()).contains("tcp");
        assertThat(flow.bytesOut()).hasValue(812);
        assertThat(flow.bytesIn()).hasValue(5120);
        assertThat(flow.durationNanos()).hasValue(1_500_000_000L);
        assertThat(flow.external()).isTrue();
    }

    @Test
    void flow_withoutHostName_usesTheSourceAddress() throws Exception {
        NetworkFlowEvent flow =
                NetworkFlowEvent.read(fields("{\"source.ip\":\"10.1.2.3\",\"destination.ip\":\"192.168.4.4\"}"));

        assertThat(flow.host()).isEqualTo("10.1.2.3");
        assertThat(flow.destination()).isEqualTo("192.168.4.4");
        assertThat(flow.external()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"destination.ip\":\"198.51.100.1\"}|host.name|host.name is missing",
                "{\"host.name\":\"h\"}|destination.ip|destination.ip is missing",
                "{\"host.name\":\"h\",\"destination.ip\":\"300.1.1.1\"}|destination.ip|destination.ip is not an IP",
                "{\"host.name\":\"h\",\"destination.ip\":\"1.1.1.1\",\"destination.port\":70000}|destination.port|"
                        + "destination.port must be a whole number from 0 to 65535",
                "{\"host.name\":\"h\",\"destination.ip\":\"1.1.1.1\",\"source.bytes\":\"lots\"}|source.bytes|"
                        + "source.bytes must be a whole number",
                "{\"host.name\":\"h\",\"destination.ip\":\"1.1.1.1\",\"event.duration\":-4}|event.duration|"
                        + "event.duration must be a whole number",
                "{\"host.name\":\"h\",\"destination.domain\":\"bad domain.com\"}|destination.domain|"
                        + "destination.domain is not a domain name",
            })
    void flow_badField_isRefusedNamingIt(String json, String field, String message) {
        assertThatThrownBy(() -> NetworkFlowEvent.read(fields(json)))
                .isInstanceOfSatisfying(
                        InvalidEventException.class, e -> assertThat(e.field()).contains(field))
                .hasMessageStartingWith(message);
    }

    @Test
    void addresses_internalRanges() {
        for (String internal : new String[] {
            "10.0.0.1", "172.20.1.1", "192.168.1.1", "127.0.0.1", "100.64.0.1", "fd00::1", "fe80::1", "::1"
        }) {
            assertThat(NetworkAddresses.isInternal(internal)).as(internal).isTrue();
        }
        for (String external : new String[] {"8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:db8::1"}) {
            assertThat(NetworkAddresses.isInternal(external)).as(external).isFalse();
        }
        assertThat(NetworkAddresses.isInternalDomain("git.corp")).isTrue();
        assertThat(NetworkAddresses.isInternalDomain("intranet")).isTrue();
        assertThat(NetworkAddresses.isInternalDomain("github.com")).isFalse();
    }

    @Test
    void dns_normalisesTheName_andRequiresIt() throws Exception {
        DnsQueryEvent query = DnsQueryEvent.read(fields(
                "{\"host.name\":\"h\",\"dns\":{\"question\":{\"name\":\"A1B2.Tunnel.Example.\",\"type\":\"txt\"}}}"));

        assertThat(query.questionName()).isEqualTo("a1b2.tunnel.example");
        assertThat(query.questionType()).contains("TXT");
        assertThatThrownBy(() -> DnsQueryEvent.read(fields("{\"host.name\":\"h\"}")))
                .hasMessage("dns.question.name is missing");
        assertThatThrownBy(() -> DnsQueryEvent.read(fields("{\"host.name\":\"h\",\"dns.question.name\":\"a..b\"}")))
                .hasMessageStartingWith("dns.question.name is not a domain name");
    }

    @Test
    void email_derivesTheSenderDomain_fromAListToo() throws Exception {
        EmailEvent mail = EmailEvent.read(fields("{\"user.name\":\"ana\",\"email\":{\"from\":{\"address\":"
                + "[\"Recruiter@Talent-Hub.io\"]},\"attachments\":{\"file\":{\"name\":\"test.zip\",\"hash\":"
                + "{\"sha256\":\"" + "Ab".repeat(32) + "\"}}}},\"url.domain\":\"talent-hub.io\"}"));

        assertThat(mail.senderAddress()).isEqualTo("recruiter@talent-hub.io");
        assertThat(mail.senderDomain()).isEqualTo("talent-hub.io");
        assertThat(mail.attachmentName()).contains("test.zip");
        assertThat(mail.attachmentSha256()).contains("ab".repeat(32));
        assertThat(mail.urlDomain()).contains("talent-hub.io");
    }

    @Test
    void email_badFields_areRefusedNamingThem() {
        assertThatThrownBy(() -> EmailEvent.read(fields("{\"user.name\":\"a\",\"email.from.address\":\"nobody\"}")))
                .hasMessageStartingWith("email.from.address must be local@domain");
        assertThatThrownBy(() -> EmailEvent.read(fields("{\"email.from.address\":\"x@y.io\"}")))
                .hasMessageStartingWith("user.name is missing");
        assertThatThrownBy(() -> EmailEvent.read(fields("{\"user.name\":\"a\",\"email.from.address\":\"x@y.io\","
                        + "\"email.attachments.file.hash.sha256\":\"abc\"}")))
                .hasMessage("email.attachments.file.hash.sha256 must be 64 hexadecimal digits");
    }

    @Test
    void file_pathOrPackage_isRequiredByAction() throws Exception {
        FileEvent download = FileEvent.read(
                "download", fields("{\"host.name\":\"h\",\"file.path\":\"/Users/a/Downloads/test.zip\"}"));
        FileEvent install =
                FileEvent.read("package_install", fields("{\"host.name\":\"h\",\"package.name\":\"left-pad\"}"));

        assertThat(download.fileName()).isEqualTo("test.zip");
        assertThat(install.fileName()).isEqualTo("left-pad");
        assertThatThrownBy(() -> FileEvent.read("execution", fields("{\"host.name\":\"h\"}")))
                .hasMessage("file.path is missing");
        assertThatThrownBy(() -> FileEvent.read("package_install", fields("{\"host.name\":\"h\"}")))
                .hasMessageStartingWith("package.name is missing");
        assertThatThrownBy(() -> FileEvent.read("creation", fields("{\"file.path\":\"/tmp/x\"}")))
                .hasMessage("host.name is missing");
    }
}
