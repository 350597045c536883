package dev.custos.ecdsa.sign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.presign.Presign;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ThresholdSigningProperties {
    private static final SecureRandom RANDOM = new SecureRandom();

    record Setting(int threshold, int parties) {}

    @Provide
    Arbitrary<Setting> settings() {
        return Arbitraries.integers()
                .between(2, 7)
                .flatMap(n -> Combinators.combine(Arbitraries.integers().between(2, n), Arbitraries.just(n))
                        .as(Setting::new));
    }

    @Property(tries = 4)
    void everyThresholdSubset_signs_andRecoversTheGroupKey(@ForAll("settings") Setting setting) throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.keys(setting.threshold(), setting.parties());
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        for (List<Identifier> signers : subsets(KeyFixtures.ids(setting.parties()), setting.threshold())) {
            Map<Identifier, PresignatureStore> stores = new TreeMap<>();
            signers.forEach(signer -> stores.put(signer, new InMemoryPresignatureStore()));
            PresignatureInfo info = PresignCeremony.run(keys, signers, stores, SessionId.random(RANDOM), RANDOM);
            EcdsaSignature signature = SigningCeremony.sign(info, stores, hash);
            assertThat(signature.recoverPublicKey(hash))
                    .as("signers %s", signers)
                    .contains(keys.get(signers.get(0)).publicKey());
        }
    }

    @Property(tries = 4)
    void thresholdMinusOneSigners_areRefused(@ForAll("settings") Setting setting) {
        Map<Identifier, KeyShare> keys = KeyFixtures.keys(setting.threshold(), setting.parties());
        for (List<Identifier> signers : subsets(KeyFixtures.ids(setting.parties()), setting.threshold() - 1)) {
            try {
                Presign.start(keys.get(signers.get(0)), SessionId.random(RANDOM), signers, RANDOM);
                throw new AssertionError("presigning with " + signers + " was not refused");
            } catch (EcdsaException e) {
                assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
            }
        }
    }

    private static List<List<Identifier>> subsets(List<Identifier> ids, int size) {
        List<List<Identifier>> out = new ArrayList<>();
        collect(ids, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(
            List<Identifier> ids, int size, int start, List<Identifier> current, List<List<Identifier>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = start; i < ids.size(); i++) {
            current.add(ids.get(i));
            collect(ids, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
