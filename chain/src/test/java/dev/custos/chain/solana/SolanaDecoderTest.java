package dev.custos.chain.solana;

import static dev.custos.chain.solana.MessageBuilder.data;
import static dev.custos.chain.solana.MessageBuilder.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Transfer;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SolanaDecoderTest {
    private static final byte[] PAYER = filled(32, 5);
    private static final byte[] RECIPIENT = filled(32, 6);
    private static final byte[] SYSTEM = new byte[32];
    private static final byte[] TOKEN = SolanaPrograms.TOKEN.bytes();
    private static final byte[] OWNER = filled(32, 7);
    private static final byte[] MINT = filled(32, 8);

    @Test
    void aLegacySystemTransferIsANativeTransferToItsRecipient() throws DecodingException {
        byte[] message = MessageBuilder.legacy(1, 0, 1)
                .key(PAYER)
                .key(RECIPIENT)
                .key(SYSTEM)
                .instruction(2, new int[] {0, 1}, data(new byte[] {2, 0, 0, 0}, 1_500_000, 8))
                .build();

        SolanaIntent intent = SolanaDecoder.decode(message);

        assertThat(intent.version()).isEmpty();
        assertThat(intent.feePayer()).isEqualTo(SolanaAddress.of(PAYER));
        assertThat(intent.transfers())
                .containsExactly(new Transfer(
                        Transfer.Kind.NATIVE,
                        SolanaDecoder.SOL,
                        SolanaAddress.of(RECIPIENT).toBase58(),
                        BigInteger.valueOf(1_500_000)));
        assertThat(intent.flags()).containsExactly(Flag.NATIVE_TRANSFER);
        assertThat(intent.summary()).contains("1500000 SOL (lamports) to " + SolanaAddress.of(RECIPIENT));
    }

    @Test
    void splTokenInstructionsAreDecodedWithUnlimitedApprovalsAndAuthorityChangesFlagged() throws DecodingException {
        byte[] delegate = filled(32, 10);
        byte[] newOwner = filled(32, 11);
        byte[] setAuthority = new byte[35];
        setAuthority[0] = 6;
        setAuthority[1] = 2;
        setAuthority[2] = 1;
        System.arraycopy(newOwner, 0, setAuthority, 3, 32);
        // keys: 0 owner (signer), 1 source, 2 destination, 3 mint, 4 delegate, 5 token program
        byte[] message = MessageBuilder.legacy(1, 0, 2)
                .key(OWNER)
                .key(PAYER)
                .key(RECIPIENT)
                .key(MINT)
                .key(delegate)
                .key(TOKEN)
                .instruction(5, new int[] {1, 3, 2, 0}, data(data(new byte[] {12}, 250, 8), 6, 1))
                .instruction(5, new int[] {1, 2, 0}, data(new byte[] {3}, 40, 8))
                .instruction(5, new int[] {1, 4, 0}, data(new byte[] {4}, -1L, 8))
                .instruction(5, new int[] {1, 0}, setAuthority)
                .instruction(5, new int[] {1, 2, 0}, new byte[] {9})
                .build();

        SolanaIntent intent = SolanaDecoder.decode(message);

        String source = SolanaAddress.of(PAYER).toBase58();
        assertThat(intent.transfers())
                .containsExactly(
                        new Transfer(
                                Transfer.Kind.TOKEN,
                                "SPL token " + SolanaAddress.of(MINT),
                                SolanaAddress.of(RECIPIENT).toBase58(),
                                BigInteger.valueOf(250)),
                        new Transfer(
                                Transfer.Kind.TOKEN,
                                "SPL token of account " + source,
                                SolanaAddress.of(RECIPIENT).toBase58(),
                                BigInteger.valueOf(40)),
                        new Transfer(
                                Transfer.Kind.APPROVAL,
                                "SPL token of account " + source,
                                SolanaAddress.of(delegate).toBase58(),
                                BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
        assertThat(intent.flags())
                .containsExactlyInAnyOrder(Flag.TOKEN_TRANSFER, Flag.UNLIMITED_APPROVAL, Flag.OWNERSHIP_TRANSFER);
        assertThat(intent.warnings())
                .anySatisfy(warning -> assertThat(warning)
                        .contains("account owner authority of " + source + " to " + SolanaAddress.of(newOwner)))
                .anySatisfy(warning -> assertThat(warning).contains("closes token account " + source));
    }

    @Test
    void aV0MessageWithLookupTablesAnUnknownProgramAndADurableNonceIsFlagged() throws DecodingException {
        byte[] nonce = filled(32, 12);
        byte[] sysvar = filled(32, 13);
        byte[] unknownProgram = filled(32, 14);
        // keys: 0 payer, 1 nonce account, 2 system, 3 recent-blockhashes sysvar, 4 unknown program; 5.. loaded
        byte[] message = MessageBuilder.v0(1, 0, 3)
                .key(PAYER)
                .key(nonce)
                .key(SYSTEM)
                .key(sysvar)
                .key(unknownProgram)
                .instruction(2, new int[] {1, 3, 0}, new byte[] {4, 0, 0, 0})
                .instruction(2, new int[] {0, 5}, data(new byte[] {2, 0, 0, 0}, 77, 8))
                .instruction(4, new int[] {0, 6}, new byte[] {1, 2, 3})
                .lookup(filled(32, 15), new byte[] {3}, new byte[] {9})
                .build();

        SolanaIntent intent = SolanaDecoder.decode(message);

        assertThat(intent.version()).contains(0);
        assertThat(intent.durableNonce()).contains(SolanaAddress.of(nonce).toBase58());
        assertThat(intent.unresolvedAccounts()).isEqualTo(2);
        assertThat(intent.transfers())
                .containsExactly(new Transfer(
                        Transfer.Kind.NATIVE, SolanaDecoder.SOL, "lookup-table account #0", BigInteger.valueOf(77)));
        assertThat(intent.flags())
                .containsExactlyInAnyOrder(
                        Flag.DURABLE_NONCE, Flag.NATIVE_TRANSFER, Flag.UNKNOWN_TARGET, Flag.UNRESOLVED_ACCOUNTS);
        assertThat(intent.programs()).containsExactly(SolanaAddress.of(SYSTEM), SolanaAddress.of(unknownProgram));
    }

    @Test
    void anUndecodedInstructionOfAKnownProgramIsUnknownCalldata() throws DecodingException {
        byte[] message = MessageBuilder.legacy(1, 0, 1)
                .key(PAYER)
                .key(TOKEN)
                .instruction(1, new int[] {0}, new byte[] {20, 1})
                .build();
        assertThat(SolanaDecoder.decode(message).flags()).containsExactly(Flag.UNKNOWN_CALLDATA);
    }

    @Test
    void malformedMessagesAreRefusedNamingTheField() {
        byte[] good = MessageBuilder.legacy(1, 0, 1)
                .key(PAYER)
                .key(RECIPIENT)
                .key(SYSTEM)
                .instruction(2, new int[] {0, 1}, data(new byte[] {2, 0, 0, 0}, 1, 8))
                .build();
        assertThatThrownBy(() -> SolanaMessage.parse(Arrays.copyOf(good, good.length + 1)))
                .hasMessageContaining("1 trailing bytes");
        assertThatThrownBy(() -> SolanaMessage.parse(Arrays.copyOf(good, 40))).hasMessageContaining("truncated");
        byte[] badProgram = good.clone();
        badProgram[4 + 96 + 32 + 1] = 7;
        assertThatThrownBy(() -> SolanaMessage.parse(badProgram)).hasMessageContaining("program id index 7");
        byte[] badAccount = good.clone();
        badAccount[4 + 96 + 32 + 1 + 2] = 3;
        assertThatThrownBy(() -> SolanaMessage.parse(badAccount)).hasMessageContaining("names account 3 of 3");
        byte[] version1 = new byte[] {(byte) 0x81, 1, 0, 0};
        assertThatThrownBy(() -> SolanaMessage.parse(version1)).hasMessageContaining("version 1 is not supported");
        byte[] twice = MessageBuilder.legacy(1, 0, 0).key(PAYER).key(PAYER).build();
        assertThatThrownBy(() -> SolanaMessage.parse(twice)).hasMessageContaining("appears twice");
        byte[] header = MessageBuilder.legacy(2, 2, 0).key(PAYER).key(RECIPIENT).build();
        assertThatThrownBy(() -> SolanaMessage.parse(header)).hasMessageContaining("inconsistent");
        byte[] longLength = {1, 0, 0, (byte) 0x81, 0};
        assertThatThrownBy(() -> SolanaMessage.parse(longLength)).hasMessageContaining("not canonically encoded");
    }
}
