package dev.custos.ecdsa.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.derivation.ExtendedPublicKey;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing is bound to the key the caller approved: parent and BIP32 child presignatures share one store per party. */
class SignerTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier P1 = Identifier.of(1);
    private static final Identifier P3 = Identifier.of(3);
    private static final List<Identifier> SIGNERS = List.of(P1, P3);

    private final Map<Identifier, PresignatureStore> stores = new TreeMap<>();
    private final Map<Identifier, KeyShare> children = new TreeMap<>();
    private Map<Identifier, KeyShare> parents;
    private PresignatureInfo parent;
    private PresignatureInfo child;
    private final byte[] hash = new byte[32];

    @BeforeEach
    void presignForParentAndChild() throws EcdsaException {
        parents = KeyFixtures.keys(2, 3);
        KeyShare any = parents.get(P1);
        ExtendedPublicKey.Child derived =
                ExtendedPublicKey.master(any.publicKey(), any.chainCode()).derivePath(44, 0, 7);
        parents.forEach((id, key) -> children.put(id, key.tweak(derived.tweak())));
        SIGNERS.forEach(signer -> stores.put(signer, new InMemoryPresignatureStore()));
        parent = PresignCeremony.run(parents, SIGNERS, stores, SessionId.random(RANDOM), RANDOM);
        child = PresignCeremony.run(children, SIGNERS, stores, SessionId.random(RANDOM), RANDOM);
        assertThat(child.publicKey()).isEqualTo(derived.key().key()).isNotEqualTo(parent.publicKey());
        RANDOM.nextBytes(hash);
    }

    @AfterEach
    void destroyChildShares() {
        children.values().forEach(KeyShare::destroy);
    }

    @Test
    void sign_childSessionWhileExpectingParentKey_isRefusedAndConsumesNothing() {
        assertThatThrownBy(() -> Signer.sign(stores.get(P1), child.session(), parent.publicKey(), hash))
                .isInstanceOfSatisfying(
                        EcdsaException.class,
                        e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_KEY_MISMATCH));
        assertThat(stores.get(P1).isAvailable(child.session())).isTrue();
        assertThat(stores.get(P1).isAvailable(parent.session())).isTrue();
    }

    @Test
    void sign_parentSessionWhileExpectingChildKey_isRefusedAndConsumesNothing() {
        assertThatThrownBy(() -> Signer.sign(stores.get(P1), parent.session(), child.publicKey(), hash))
                .isInstanceOfSatisfying(
                        EcdsaException.class,
                        e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_KEY_MISMATCH));
        assertThat(stores.get(P1).isAvailable(parent.session())).isTrue();
    }

    @Test
    void sign_afterRefusedMismatch_theRightKeySignsBothSessions() throws EcdsaException {
        assertThatThrownBy(() -> Signer.sign(stores.get(P1), child.session(), parent.publicKey(), hash))
                .isInstanceOf(EcdsaException.class);

        assertThat(signAll(child, child.publicKey()).recoverPublicKey(hash)).contains(child.publicKey());
        assertThat(signAll(parent, parent.publicKey()).recoverPublicKey(hash)).contains(parent.publicKey());
    }

    @Test
    void sign_storeThatIgnoresTheExpectedKey_stillReleasesNoShare() throws EcdsaException {
        PresignatureStore careless = new KeyIgnoringStore(stores.get(P1).consume(child.session(), child.publicKey()));
        assertThatThrownBy(() -> Signer.sign(careless, child.session(), parent.publicKey(), hash))
                .isInstanceOfSatisfying(
                        EcdsaException.class,
                        e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_KEY_MISMATCH));
    }

    private EcdsaSignature signAll(PresignatureInfo info, Element expectedKey) throws EcdsaException {
        List<SignatureShare> shares = new ArrayList<>();
        for (Identifier signer : info.signers()) {
            shares.add(Signer.sign(stores.get(signer), info.session(), expectedKey, hash));
        }
        return SignatureCombiner.combine(info, hash, shares);
    }

    /** A faulty store that hands out whatever presignature it holds, whichever key the caller expects. */
    private static final class KeyIgnoringStore implements PresignatureStore {
        private Presignature held;

        KeyIgnoringStore(Presignature held) {
            this.held = held;
        }

        @Override
        public void save(Presignature presignature) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Presignature consume(SessionId session, Element expectedPublicKey) throws EcdsaException {
            if (held == null || !held.session().equals(session)) {
                throw new EcdsaException(EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE, "not held");
            }
            Presignature presignature = held;
            held = null;
            return presignature;
        }

        @Override
        public boolean isAvailable(SessionId session) {
            return held != null && held.session().equals(session);
        }

        @Override
        public boolean isUsed(SessionId session) {
            return false; // it keeps no record: that is its fault
        }
    }
}
