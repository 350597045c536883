package dev.custos.node.job.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.dkg.DkgCeremony;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStorePresignatureStoreTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path folder;

    @Test
    void aPresignatureIsHandedOutOnceEvenAfterTheStoreIsReopened() throws Exception {
        List<Identifier> ids = List.of(Identifier.of(1), Identifier.of(2));
        Map<Identifier, KeyShare> keys = DkgCeremony.run(2, ids, RANDOM);
        SecretStore secrets = SecretStore.inMemory();
        SecretStorePresignatureStore first =
                new SecretStorePresignatureStore(secrets, SessionRegistry.open(folder.resolve("used")));
        SecretStorePresignatureStore second =
                new SecretStorePresignatureStore(SecretStore.inMemory(), SessionRegistry.open(folder.resolve("other")));
        SessionId session = SessionId.random(RANDOM);
        PresignatureInfo info =
                PresignCeremony.run(keys, ids, Map.of(ids.get(0), first, ids.get(1), second), session, RANDOM);
        assertThat(first.isAvailable(session)).isTrue();
        assertThat(first.available()).isEqualTo(1);

        assertThatThrownBy(() ->
                        first.consume(session, keys.get(ids.get(0)).publicKey().add(info.nonce())))
                .isInstanceOfSatisfying(
                        EcdsaException.class,
                        e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_KEY_MISMATCH));
        assertThat(first.isAvailable(session)).isTrue();

        Presignature presignature = first.consume(session, info.publicKey());
        presignature.destroy();
        assertThat(first.isUsed(session)).isTrue();
        assertThat(first.available()).isZero();

        SecretStorePresignatureStore reopened =
                new SecretStorePresignatureStore(secrets, SessionRegistry.open(folder.resolve("used")));
        assertThatThrownBy(() -> reopened.consume(session, info.publicKey()))
                .isInstanceOfSatisfying(
                        EcdsaException.class,
                        e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE));
        assertThat(reopened.isUsed(session)).isTrue();
    }

    /**
     * A backup taken before a presignature was used brings it back unused, registry and all; retiring every stored
     * presignature (what a node does at each start) makes it unusable again, so no second message is ever signed with
     * it.
     */
    @Test
    void aRestoredBackupBringsBackAUsedPresignature_retiringAtStartMakesItUnusable() throws Exception {
        List<Identifier> ids = List.of(Identifier.of(1), Identifier.of(2));
        Map<Identifier, KeyShare> keys = DkgCeremony.run(2, ids, RANDOM);
        SecretStore secrets = SecretStore.inMemory();
        Path registry = Files.createDirectories(folder.resolve("live/jobs/presignatures-used"));
        SecretStorePresignatureStore live = new SecretStorePresignatureStore(secrets, SessionRegistry.open(registry));
        SecretStorePresignatureStore other =
                new SecretStorePresignatureStore(SecretStore.inMemory(), SessionRegistry.open(folder.resolve("other")));
        SessionId session = SessionId.random(RANDOM);
        PresignatureInfo info =
                PresignCeremony.run(keys, ids, Map.of(ids.get(0), live, ids.get(1), other), session, RANDOM);

        SecretStore backupSecrets = SecretStore.inMemory();
        for (String name : secrets.names()) {
            SecretBytes value = secrets.get(name).orElseThrow();
            backupSecrets.put(name, value);
            value.destroy();
        }
        Path backupRegistry = Files.createDirectories(folder.resolve("backup/jobs/presignatures-used"));
        try (Stream<Path> files = Files.list(registry)) {
            for (Path file : files.toList()) {
                Files.copy(file, backupRegistry.resolve(file.getFileName()));
            }
        }
        live.consume(session, info.publicKey()).destroy();

        SecretStorePresignatureStore restored =
                new SecretStorePresignatureStore(backupSecrets, SessionRegistry.open(backupRegistry));
        assertThat(restored.isAvailable(session))
                .as("the backup brought it back")
                .isTrue();
        assertThat(restored.retireAll()).isEqualTo(1);
        assertThat(restored.isAvailable(session)).isFalse();
        assertThat(restored.isUsed(session)).isTrue();
        assertThat(restored.available()).isZero();
        assertThatThrownBy(() -> restored.consume(session, info.publicKey()))
                .isInstanceOfSatisfying(
                        EcdsaException.class,
                        e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE));
        assertThat(new SecretStorePresignatureStore(backupSecrets, SessionRegistry.open(backupRegistry))
                        .isUsed(session))
                .as("the retirement is durable")
                .isTrue();
    }

    @Test
    void theSessionRegistryClaimsEachIdOnceAcrossReopening() throws Exception {
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        assertThat(SessionRegistry.open(folder).claim(id)).isTrue();
        assertThat(SessionRegistry.open(folder).claim(id)).isFalse();
        assertThat(SessionRegistry.open(folder).isClaimed(id)).isTrue();
        assertThatThrownBy(() -> SessionRegistry.open(folder).claim(new byte[31]))
                .hasMessageContaining("32 bytes");
    }
}
