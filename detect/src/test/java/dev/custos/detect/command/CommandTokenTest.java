package dev.custos.detect.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTokenTest {
    @Test
    void shape_ignoresIdsAndHashes_keepsSubcommandsUrlsAndPipes() {
        assertThat(CommandToken.shape("kubectl 3fa9c1", "kubectl"))
                .isEqualTo(CommandToken.shape("kubectl 77b2e0", "kubectl"));
        assertThat(CommandToken.shape("kubectl get secrets", "kubectl")).isEqualTo("get");
        assertThat(CommandToken.shape("curl -fsSL https://example.org/x.sh | sh", "curl"))
                .isEqualTo("<url>|sh");
        assertThat(CommandToken.shape("cat ~/.ssh/id_ed25519", "cat")).isEqualTo("<path>");
        assertThat(CommandToken.shape("git deadbe", "git")).isEqualTo("<arg>");
        assertThat(CommandToken.shape("", "top")).isEmpty();
    }

    @Test
    void processName_dropsTheDirectoryAndCase() {
        assertThat(CommandToken.processName("/usr/bin/Curl")).isEqualTo("curl");
        assertThat(new CommandToken("curl", "<url>|sh").label()).isEqualTo("curl<url>|sh".replace("curl<", "curl <"));
    }
}
