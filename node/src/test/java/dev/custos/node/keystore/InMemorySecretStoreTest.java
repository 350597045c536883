package dev.custos.node.keystore;

import static dev.custos.node.keystore.KeystoreFixtures.secret;
import static dev.custos.node.keystore.KeystoreFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.types.SecretBytes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemorySecretStoreTest {
    @Test
    void putGetRemove_behaveLikeTheFileStore() throws Exception {
        SecretStore store = SecretStore.inMemory();
        SecretBytes value = secret("v1");
        store.put("a/b", value);
        value.destroy();
        store.putAll(Map.of("c", secret("v2")));
        assertThat(store.names()).containsExactly("a/b", "c");
        assertThat(text(store.get("a/b").orElseThrow())).isEqualTo("v1");
        assertThat(store.remove("a/b")).isTrue();
        assertThat(store.contains("a/b")).isFalse();
    }

    @Test
    void replace_destroysTheValueItReplaces_notTheOnesHandedOut() throws Exception {
        SecretStore store = SecretStore.inMemory();
        store.put("k", secret("old"));
        SecretBytes handedOut = store.get("k").orElseThrow();
        store.put("k", secret("new"));
        assertThat(text(handedOut)).isEqualTo("old");
        assertThat(text(store.get("k").orElseThrow())).isEqualTo("new");
    }

    @Test
    void names_ruleIsEnforcedOnEveryOperation() {
        SecretStore store = SecretStore.inMemory();
        assertThatThrownBy(() -> store.get("../etc")).hasMessageContaining("secret name '../etc' is not valid");
        assertThatThrownBy(() -> store.put("", secret("v"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put("k", null)).hasMessage("value is null");
        assertThat(SecretStore.requireValidName("ecdsa/wallet-7/share")).isEqualTo("ecdsa/wallet-7/share");
    }
}
