package dev.custos.ecdsa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.OtVerificationCeremony;
import dev.custos.ecdsa.keys.PairState;
import dev.custos.ecdsa.presign.Presign;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKeyShareStoreTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier P1 = Identifier.of(1);
    private static final Identifier P2 = Identifier.of(2);

    @TempDir
    Path directory;

    @Test
    void reopen_afterVerificationAndPresigning_keepsStatesAndUsedSessions() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        SessionId used = SessionId.random(RANDOM);
        try (FileKeyShareStore store = FileKeyShareStore.create(directory, keys.get(P1))) {
            assertThat(store.share()).isSameAs(keys.get(P1));
            OtVerificationCeremony.run(keys, SessionId.random(RANDOM));
            Presign.start(keys.get(P1), used, List.of(P1, P2), RANDOM);
        }

        try (FileKeyShareStore reopened = FileKeyShareStore.open(directory)) {
            KeyShare share = reopened.share();
            assertThat(share.publicKey()).isEqualTo(keys.get(P1).publicKey());
            assertThat(share.pairStates().values()).containsOnly(PairState.VERIFIED);
            assertThatThrownBy(() -> Presign.start(share, used, List.of(P1, P2), RANDOM))
                    .isInstanceOfSatisfying(
                            EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.SESSION_REUSED));
            assertThat(Presign.start(share, SessionId.random(RANDOM), List.of(P1, P2), RANDOM))
                    .isNotNull();
        }
    }

    @Test
    void open_whileOpen_isRefused() throws Exception {
        try (FileKeyShareStore store =
                FileKeyShareStore.create(directory, KeyFixtures.fresh(2, 3).get(P1))) {
            assertThatThrownBy(() -> FileKeyShareStore.open(directory))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("already open");
            assertThat(store.share()).isNotNull();
        }
    }

    @Test
    void create_whereAShareIsStored_isRefused() throws Exception {
        FileKeyShareStore.create(directory, KeyFixtures.fresh(2, 3).get(P1)).close();
        assertThatThrownBy(() -> FileKeyShareStore.create(
                        directory, KeyFixtures.fresh(2, 3).get(P1)))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void save_afterClose_failsSoNothingDependsOnIt() throws Exception {
        FileKeyShareStore store =
                FileKeyShareStore.create(directory, KeyFixtures.fresh(2, 3).get(P1));
        store.close();
        assertThatThrownBy(() -> store.claimSession(SessionId.random(RANDOM)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void shareFile_isOwnerOnly() throws Exception {
        try (FileKeyShareStore store =
                FileKeyShareStore.create(directory, KeyFixtures.fresh(2, 3).get(P1))) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory.resolve("share.bin"));
            assertThat(permissions).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(store.toString()).doesNotContain("<redacted>").contains(directory.toString());
        }
    }
}
