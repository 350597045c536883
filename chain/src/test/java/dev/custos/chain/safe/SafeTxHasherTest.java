package dev.custos.chain.safe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.TestResources;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTxHasherTest {
    private static final BigInteger MAINNET = BigInteger.ONE;

    @Test
    void typeHashes_matchTheConstantsInTheSafeSources() throws Exception {
        // DOMAIN_SEPARATOR_TYPEHASH and SAFE_TX_TYPEHASH as written in GnosisSafe.sol / Safe.sol at the version tags
        assertThat(SafeTxHasher.domainTypeHash(SafeVersion.parse("1.1.1")).toHex())
                .isEqualTo("0x035aff83d86937d35b32e04f0ddc6ff469290eef2f1b692d8a815c89404d4749");
        assertThat(SafeTxHasher.domainTypeHash(SafeVersion.parse("1.3.0")).toHex())
                .isEqualTo("0x47e79534a245952e8b16893a336b85a3d9ea9fa8c573f3d803afb92a79469218");
        assertThat(SafeTxHasher.safeTxTypeHash(SafeVersion.parse("1.0.0")).toHex())
                .isEqualTo("0xbb8310d486368db6bd6f849402fdd73ad53d316b5a4b2644ad6efe0f941286d8");
        assertThat(SafeTxHasher.safeTxTypeHash(SafeVersion.parse("1.4.1")).toHex())
                .isEqualTo("0xbb8310d486368db6bd6f849402fdd73ad53d316b5a4b2644ad6efe0f941286d8");
        assertThat(SafeTxHasher.safeTxTypeHash(SafeVersion.parse("0.1.0")).toHex())
                .isEqualTo("0x14d461bc7412367e924637b363c7bf29b8f47e2f84869f4426e5633d8af47b20");
    }

    @Test
    void bybitNonce71_bothSafeTxHashesAreReproducedForSafe111OnMainnet() throws Exception {
        List<SafeTransaction> transactions =
                SafeTransactionParser.parse(TestResources.text("vectors/safe/bybit-safe-tx-71.json"));
        SafeVersion version = SafeVersion.parse("1.1.1");

        assertThat(transactions).hasSize(2);
        for (SafeTransaction transaction : transactions) {
            assertThat(SafeTxHasher.safeTxHash(transaction, MAINNET, version))
                    .isEqualTo(transaction.claimedSafeTxHash().orElseThrow());
        }
        assertThat(transactions.get(0).claimedSafeTxHash().orElseThrow().toHex())
                .isEqualTo("0xb3476d061aeb8fc1d605a873c483a2402d88a68a9cdd1a8b47655dd55ba004f8");
        assertThat(transactions.get(1).claimedSafeTxHash().orElseThrow().toHex())
                .isEqualTo("0x9d89e67333f99c136537be74029c44592985a4855172f4c2d0d942029868f98e");
    }

    @Test
    void bybitNonce71_hashDependsOnTheVersionRules() throws Exception {
        SafeTransaction malicious = SafeTransactionParser.parse(
                        TestResources.text("vectors/safe/bybit-safe-tx-71.json"))
                .get(0);

        // before 1.3.0 the chain id is not part of the domain
        assertThat(SafeTxHasher.safeTxHash(malicious, BigInteger.TEN, SafeVersion.parse("1.1.1")))
                .isEqualTo(malicious.claimedSafeTxHash().orElseThrow());
        // from 1.3.0 it is, so the same fields hash differently
        assertThat(SafeTxHasher.safeTxHash(malicious, MAINNET, SafeVersion.parse("1.3.0")))
                .isNotEqualTo(malicious.claimedSafeTxHash().orElseThrow());
        // 0.1.0 names the gas field dataGas
        assertThat(SafeTxHasher.safeTxHash(malicious, MAINNET, SafeVersion.parse("0.1.0")))
                .isNotEqualTo(malicious.claimedSafeTxHash().orElseThrow());
    }
}
