package dev.custos.coordinator.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.IdentityMismatchException;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.keystore.KeystoreError;
import dev.custos.node.keystore.KeystoreException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatorIdentityStoreTest {
    @TempDir
    Path folder;

    @Test
    void initStoresAKeyThatOpenRestoresAndThePublicFileDescribes() throws Exception {
        Path data = folder.resolve("coordinator");
        Path keyFile = keyFile((byte) 1);
        CoordinatorIdentity identity = CoordinatorIdentityStore.init(data, KeyFileKeySource.readFile(keyFile));
        assertThat(CoordinatorIdentityStore.readPublic(data)).isEqualTo(identity);
        SigningKey key = CoordinatorIdentityStore.open(data, KeyFileKeySource.readFile(keyFile));
        assertThat(key.publicKey()).isEqualTo(identity.key());
        assertThat(CoordinatorIdentity.decode(identity.encode())).isEqualTo(identity);
        assertThat(identity.fingerprint()).hasSize(32);

        assertThatThrownBy(() -> CoordinatorIdentityStore.init(data, KeyFileKeySource.readFile(keyFile)))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> CoordinatorIdentityStore.open(data, KeyFileKeySource.readFile(keyFile((byte) 2))))
                .isInstanceOf(KeystoreException.class)
                .satisfies(e -> assertThat(((KeystoreException) e).error()).isEqualTo(KeystoreError.WRONG_KEY));
    }

    @Test
    void aSwappedPublicFileIsDetected() throws Exception {
        Path data = folder.resolve("coordinator");
        Path keyFile = keyFile((byte) 1);
        CoordinatorIdentityStore.init(data, KeyFileKeySource.readFile(keyFile));
        CoordinatorIdentity other =
                new CoordinatorIdentity(SigningKey.generate(new SecureRandom()).publicKey());
        Files.write(data.resolve(CoordinatorIdentityStore.IDENTITY_FILE), other.encode());
        assertThatThrownBy(() -> CoordinatorIdentityStore.open(data, KeyFileKeySource.readFile(keyFile)))
                .isInstanceOf(IdentityMismatchException.class)
                .hasMessageContaining("describes another key");
        Files.write(data.resolve(CoordinatorIdentityStore.IDENTITY_FILE), new byte[] {'C', 'N', 'I', 'D', 1});
        assertThatThrownBy(() -> CoordinatorIdentityStore.readPublic(data))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("not a coordinator identity (expected ASCII CCID)");
    }

    private Path keyFile(byte fill) throws Exception {
        Path file = folder.resolve("key-" + fill);
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        Files.write(file, key);
        return file;
    }
}
