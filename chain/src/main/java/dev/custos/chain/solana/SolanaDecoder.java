package dev.custos.chain.solana;

import dev.custos.chain.DecodingException;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Transfer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes a Solana message into a {@link SolanaIntent}. System transfers (and account creation, nonce withdrawal) are
 * native transfers; SPL Token (and Token-2022) transfer, transferChecked, approve, approveChecked, setAuthority and
 * closeAccount are decoded; a call to any other program is flagged {@code unknown_target}, an instruction of a known
 * program that is not decoded {@code unknown_calldata}. Accounts loaded from address lookup tables are not resolved
 * (flag {@code unresolved_accounts}); a first instruction that advances a nonce account marks a durable-nonce
 * transaction (flag {@code durable_nonce}).
 */
public final class SolanaDecoder {
    /** The asset name of native lamports. */
    public static final String SOL = "SOL (lamports)";

    private static final BigInteger HALF_U64 = BigInteger.ONE.shiftLeft(63);

    private SolanaDecoder() {}

    /** Parses and decodes {@code bytes}. */
    public static SolanaIntent decode(byte[] bytes) throws DecodingException {
        return decode(SolanaMessage.parse(bytes));
    }

    /** Decodes a parsed message. */
    public static SolanaIntent decode(SolanaMessage message) {
        Decoding decoding = new Decoding();
        Set<SolanaAddress> programs = new LinkedHashSet<>();
        for (int i = 0; i < message.instructions().size(); i++) {
            CompiledInstruction instruction = message.instructions().get(i);
            SolanaAddress program = message.accountKeys().get(instruction.programIndex());
            programs.add(program);
            InstructionView view = new InstructionView(message, instruction, i);
            if (program.equals(SolanaPrograms.SYSTEM)) {
                SystemInstructions.decode(view, decoding);
            } else if (program.equals(SolanaPrograms.TOKEN) || program.equals(SolanaPrograms.TOKEN_2022)) {
                TokenInstructions.decode(view, decoding);
            } else if (!SolanaPrograms.KNOWN.containsKey(program)) {
                decoding.flags.add(Flag.UNKNOWN_TARGET);
                decoding.warnings.add("instruction " + i + " calls program " + program
                        + ", which Custos does not know: what it does is not decoded");
            }
        }
        int unresolved = message.loadedAccounts();
        if (unresolved > 0) {
            decoding.flags.add(Flag.UNRESOLVED_ACCOUNTS);
            decoding.warnings.add(
                    unresolved + " accounts come from " + message.lookups().size()
                            + " address lookup tables; their addresses are not in the message and were not resolved");
        }
        decoding.durableNonce.ifPresent(nonce -> decoding.warnings.add("durable-nonce transaction (nonce account "
                + nonce + "): it does not expire and can be submitted at any time after signing"));
        return new SolanaIntent(
                message.version(),
                message.feePayer(),
                message.signers(),
                List.copyOf(programs),
                decoding.transfers,
                decoding.durableNonce,
                unresolved,
                decoding.flags,
                decoding.warnings,
                summary(message, decoding));
    }

    private static String summary(SolanaMessage message, Decoding decoding) {
        StringBuilder line = new StringBuilder(message.version().isPresent() ? "Solana v0 message" : "Solana message");
        line.append(" paid by ").append(message.feePayer()).append(": ");
        if (decoding.transfers.isEmpty()) {
            line.append("no transfer decoded");
        } else {
            List<String> parts = new ArrayList<>();
            for (Transfer transfer : decoding.transfers) {
                parts.add(
                        switch (transfer.kind()) {
                            case APPROVAL ->
                                "approve " + transfer.recipient() + " for " + transfer.amount() + " of "
                                        + transfer.asset();
                            default -> transfer.amount() + " " + transfer.asset() + " to " + transfer.recipient();
                        });
            }
            line.append(String.join("; ", parts));
        }
        if (!decoding.flags.isEmpty()) {
            List<String> names = decoding.flags.stream().map(Flag::wireName).toList();
            line.append(" [").append(String.join(", ", names)).append(']');
        }
        return line.toString();
    }

    /** What the instructions decoded to so far. */
    static final class Decoding {
        final List<Transfer> transfers = new ArrayList<>();
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        final List<String> warnings = new ArrayList<>();
        Optional<String> durableNonce = Optional.empty();

        void transfer(Transfer.Kind kind, String asset, String recipient, BigInteger amount) {
            transfers.add(new Transfer(kind, asset, recipient, amount));
            if (kind == Transfer.Kind.APPROVAL && amount.compareTo(HALF_U64) >= 0) {
                flags.add(Flag.UNLIMITED_APPROVAL);
            }
        }

        void undecoded(InstructionView view, String program) {
            flags.add(Flag.UNKNOWN_CALLDATA);
            warnings.add("instruction " + view.position() + " of the " + program + " program is not decoded");
        }
    }
}
