package dev.custos.chain.ethereum;

import static dev.custos.chain.TestResources.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.TestResources;
import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

class TransactionDecoderTest {
    private static final String EIP155_SIGNED =
            "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a7"
                    + "6400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800"
                    + "ccf555c9f3dc64214b297fb1966a3b6d83";

    @Test
    void eip155Example_signingDataHashAndSignatureMatchTheEipText() throws Exception {
        EthereumTransaction transaction = TransactionDecoder.decode(hex(EIP155_SIGNED));

        assertThat(transaction).isInstanceOf(LegacyTransaction.class);
        assertThat(transaction.chainId()).contains(BigInteger.ONE);
        assertThat(Hex.encode(transaction.signingPayload()))
                .isEqualTo(
                        "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080");
        assertThat(transaction.signingHash().toHex())
                .isEqualTo("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        TransactionSignature signature = transaction.signature().orElseThrow();
        assertThat(signature.r())
                .isEqualTo(new BigInteger(
                        "18515461264373351373200002665853028612451056578545711640558177340181847433846"));
        assertThat(signature.s())
                .isEqualTo(new BigInteger(
                        "46948507304638947509940763649030358759909902576025900602547168820602576006531"));
        assertThat(signature.yParity()).isZero(); // v = 37 = 1 * 2 + 35 + 0
        assertThat(transaction.encode()).isEqualTo(hex(EIP155_SIGNED));
    }

    @Test
    void eip155Example_senderIsTheAddressOfTheExampleKey() throws Exception {
        BigInteger privateKey = new BigInteger("46".repeat(32), 16);
        byte[] publicKey = CustomNamedCurves.getByName("secp256k1")
                .getG()
                .multiply(privateKey)
                .normalize()
                .getEncoded(false);

        EthereumTransaction transaction = TransactionDecoder.decode(hex(EIP155_SIGNED));

        assertThat(transaction.sender()).contains(PublicKeyRecovery.addressOf(publicKey));
    }

    @Test
    void eip155Example_unsignedForm_decodesWithChainIdAndSameSigningHash() throws Exception {
        byte[] unsigned =
                hex("0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080");

        EthereumTransaction transaction = TransactionDecoder.decode(unsigned);

        assertThat(transaction.signature()).isEmpty();
        assertThat(transaction.chainId()).contains(BigInteger.ONE);
        assertThat(transaction.signingHash().toHex())
                .isEqualTo("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        assertThat(transaction.transactionHash()).isEmpty();
        assertThat(transaction.encode()).isEqualTo(unsigned);
    }

    @Test
    void mainnetTransactions_hashOfRawBytesIsThePublicHash_andSenderRecovers() throws Exception {
        JsonNode vectors = TestResources.json("vectors/ethereum/mainnet-transactions.json");
        for (JsonNode vector : vectors) {
            byte[] raw = Hex.decode(vector.get("raw").asText());
            String description = vector.get("description").asText();

            EthereumTransaction transaction = TransactionDecoder.decode(raw);

            assertThat(transaction.type().displayName())
                    .as(description)
                    .isEqualTo(vector.get("type").asText());
            assertThat(transaction.transactionHash().map(Hash32::toHex))
                    .as(description)
                    .contains(vector.get("hash").asText());
            assertThat(transaction.encode()).as(description).isEqualTo(raw);
            if (vector.has("sender")) {
                assertThat(transaction.sender())
                        .as(description)
                        .contains(Address.fromHex(vector.get("sender").asText()));
            } else {
                assertThat(transaction.sender()).as(description).isPresent();
            }
        }
    }

    @Test
    void mainnetLegacyUniswapSwap_fieldsDecode() throws Exception {
        JsonNode vector =
                TestResources.json("vectors/ethereum/mainnet-transactions.json").get(0);
        LegacyTransaction transaction = (LegacyTransaction)
                TransactionDecoder.decode(hex(vector.get("raw").asText()));

        assertThat(transaction.chainId()).contains(BigInteger.ONE);
        assertThat(transaction.nonce()).isEqualTo(BigInteger.valueOf(0x078b));
        assertThat(transaction.to()).contains(Address.fromHex("0x7a250d5630b4cf539739df2c5dacb4c659f2488d"));
        assertThat(Hex.encode(transaction.data())).startsWith("0x7ff36ab5");
        assertThat(transaction.signature().orElseThrow().isLowS()).isTrue();
    }

    @Test
    void mainnetPreEip2Transaction_hasHighS_andNoChainId() throws Exception {
        JsonNode vector =
                TestResources.json("vectors/ethereum/mainnet-transactions.json").get(1);
        EthereumTransaction transaction =
                TransactionDecoder.decode(hex(vector.get("raw").asText()));

        assertThat(transaction.chainId()).isEmpty();
        assertThat(transaction.signature().orElseThrow().isLowS()).isFalse();
    }

    @Test
    void ethereumTests_validTransactions_reencodeHashAndRecoverTheSender() throws Exception {
        int checked = 0;
        for (JsonNode vector : TestResources.json("vectors/ethereum/ethereum-tests-transactions.json")) {
            if (!vector.has("sender")) {
                continue;
            }
            String name = vector.get("file").asText() + " " + vector.get("name").asText();
            byte[] raw = Hex.decode(vector.get("txbytes").asText());

            EthereumTransaction transaction = TransactionDecoder.decode(raw);

            assertThat(transaction.encode()).as(name).isEqualTo(raw);
            assertThat(transaction.transactionHash().map(Hash32::toHex))
                    .as(name)
                    .contains(vector.get("hash").asText());
            assertThat(transaction.sender())
                    .as(name)
                    .contains(Address.fromHex(vector.get("sender").asText()));
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void ethereumTests_encodingErrors_throwDecodingException() throws Exception {
        int checked = 0;
        for (JsonNode vector : TestResources.json("vectors/ethereum/ethereum-tests-transactions.json")) {
            String exception = vector.path("exception").asText("");
            if (!isEncodingError(exception)) {
                continue;
            }
            String name = vector.get("file").asText() + " " + vector.get("name").asText() + " (" + exception + ")";
            byte[] raw = Hex.decode(vector.get("txbytes").asText());
            assertThatThrownBy(() -> TransactionDecoder.decode(raw)).as(name).isInstanceOf(DecodingException.class);
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void ethereumTests_semanticErrors_decodeOrFailWithDecodingExceptionOnly() throws Exception {
        for (JsonNode vector : TestResources.json("vectors/ethereum/ethereum-tests-transactions.json")) {
            String exception = vector.path("exception").asText("");
            if (exception.isEmpty() || isEncodingError(exception)) {
                continue;
            }
            byte[] raw = Hex.decode(vector.get("txbytes").asText());
            try {
                EthereumTransaction transaction = TransactionDecoder.decode(raw);
                Optional<Address> sender = transaction.sender();
                assertThat(sender).isNotNull();
            } catch (DecodingException acceptable) {
                assertThat(acceptable.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void decode_blobTransaction_isRejectedAsUnsupported() {
        assertThatThrownBy(() -> TransactionDecoder.decode(hex("0x03c0")))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("not supported");
    }

    @Test
    void decode_legacyWithBadV_isRejected() throws Exception {
        // EIP-155 example with v = 29
        byte[] raw = hex(EIP155_SIGNED);
        raw[raw.length - 67] = 0x1d;
        assertThatThrownBy(() -> TransactionDecoder.decode(raw))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("v = 29");
    }

    @Test
    void decode_typedTransactionWithWrongFieldCount_isRejected() {
        assertThatThrownBy(() -> TransactionDecoder.decode(hex("0x02c3010203")))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("EIP-1559 transaction has 9 fields");
    }

    /** Failures a decoder must catch from the bytes alone (as opposed to chain rules such as chain id or low-S). */
    private static boolean isEncodingError(String exception) {
        return exception.contains("RLP")
                || exception.contains("ADDRESS_TOO")
                || exception.contains("TYPE_NOT_SUPPORTED")
                || exception.contains("GASLIMIT_OVERFLOW")
                || exception.contains("NONCE_OVERFLOW")
                || exception.contains("LEADING_ZEROS");
    }
}
