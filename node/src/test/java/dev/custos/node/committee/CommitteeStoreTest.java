package dev.custos.node.committee;

import static dev.custos.node.committee.CommitteeFixtures.admins;
import static dev.custos.node.committee.CommitteeFixtures.nodes;
import static dev.custos.node.committee.CommitteeFixtures.quorum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.identity.SigningKey;
import dev.custos.node.keystore.FileSecretStore;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitteeStoreTest {
    private final List<SigningKey> admins = admins(3);
    private final AdminQuorum anchor = quorum(2, admins);
    private final SignedCommittee first = SignedCommittee.sign(new Committee(1, anchor, nodes("a", "b")), admins);
    private final SignedCommittee second =
            SignedCommittee.sign(new Committee(2, anchor, nodes("a", "b", "c")), admins.subList(0, 2));

    @TempDir
    Path folder;

    @Test
    void install_firstThenNewer_keepsTheNewestAcrossReopening() throws Exception {
        Path file = folder.resolve("keystore.bin");
        try (FileSecretStore secrets = FileSecretStore.create(file, keyFile(), Map.of())) {
            CommitteeStore store = CommitteeStore.open(secrets);
            assertThat(store.current()).isEmpty();
            assertThat(store.install(first, anchor)).isTrue();
            assertThat(store.install(second, null)).isTrue();
        }
        try (FileSecretStore secrets = FileSecretStore.open(file, keyFile())) {
            CommitteeStore store = CommitteeStore.open(secrets);
            assertThat(store.current().orElseThrow().committee()).isEqualTo(second.committee());
        }
    }

    @Test
    void install_olderAfterNewer_isRefusedAndKeepsTheNewer() throws Exception {
        CommitteeStore store = CommitteeStore.open(SecretStore.inMemory());
        store.install(second, anchor);
        assertThatThrownBy(() -> store.install(first, anchor))
                .isInstanceOfSatisfying(
                        CommitteeException.class, e -> assertThat(e.error()).isEqualTo(CommitteeError.NOT_NEWER));
        assertThat(store.current().orElseThrow().committee().version()).isEqualTo(2);
    }

    @Test
    void install_theInstalledCommitteeAgain_changesNothing() throws Exception {
        CommitteeStore store = CommitteeStore.open(SecretStore.inMemory());
        store.install(first, anchor);
        SignedCommittee resigned = SignedCommittee.sign(first.committee(), admins.subList(1, 3));
        assertThat(store.install(resigned, anchor)).isFalse();
        assertThat(store.current()).contains(first);
    }

    @Test
    void install_firstWithoutAQuorum_isRefusedAndStoresNothing() throws Exception {
        SecretStore secrets = SecretStore.inMemory();
        CommitteeStore store = CommitteeStore.open(secrets);
        SignedCommittee weak = SignedCommittee.sign(first.committee(), admins.subList(0, 1));
        assertThatThrownBy(() -> store.install(weak, anchor)).isInstanceOf(CommitteeException.class);
        assertThat(secrets.contains(CommitteeStore.ENTRY)).isFalse();
        assertThat(store.current()).isEmpty();
    }

    @Test
    void open_storedEntryDamaged_isMalformed() throws Exception {
        SecretStore secrets = SecretStore.inMemory();
        secrets.put(CommitteeStore.ENTRY, SecretBytes.copyOf(new byte[] {'C', 'N', 'S', 'C', 1}));
        assertThatThrownBy(() -> CommitteeStore.open(secrets))
                .isInstanceOfSatisfying(
                        CommitteeException.class, e -> assertThat(e.error()).isEqualTo(CommitteeError.MALFORMED))
                .hasMessageContaining("the stored committee: signed committee: field 'committee length': truncated");
    }

    private static KeyFileKeySource keyFile() {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) 3);
        return new KeyFileKeySource(SecretBytes.copyOf(bytes));
    }
}
