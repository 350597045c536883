package dev.custos.chain.solana;

import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Transfer;
import java.util.Optional;

/** The System program's instructions: a 4-byte little-endian tag, then the arguments. */
final class SystemInstructions {
    private static final long CREATE_ACCOUNT = 0;
    private static final long ASSIGN = 1;
    private static final long TRANSFER = 2;
    private static final long ADVANCE_NONCE_ACCOUNT = 4;
    private static final long WITHDRAW_NONCE_ACCOUNT = 5;
    private static final long AUTHORIZE_NONCE_ACCOUNT = 7;
    private static final long ALLOCATE = 8;

    private SystemInstructions() {}

    static void decode(InstructionView view, SolanaDecoder.Decoding decoding) {
        if (view.dataLength() < 4) {
            decoding.undecoded(view, "System");
            return;
        }
        long tag = view.u32(0);
        int accounts = view.accountCount();
        int length = view.dataLength();
        if (tag == TRANSFER && length == 12 && accounts >= 2) {
            decoding.flags.add(Flag.NATIVE_TRANSFER);
            decoding.transfer(Transfer.Kind.NATIVE, SolanaDecoder.SOL, view.account(1), view.u64(4));
        } else if (tag == CREATE_ACCOUNT && length == 52 && accounts >= 2) {
            decoding.flags.add(Flag.NATIVE_TRANSFER);
            decoding.transfer(Transfer.Kind.NATIVE, SolanaDecoder.SOL, view.account(1), view.u64(4));
            decoding.warnings.add("instruction " + view.position() + " creates account " + view.account(1)
                    + " owned by program " + view.address(20));
        } else if (tag == WITHDRAW_NONCE_ACCOUNT && length == 12 && accounts >= 2) {
            decoding.flags.add(Flag.NATIVE_TRANSFER);
            decoding.transfer(Transfer.Kind.NATIVE, SolanaDecoder.SOL, view.account(1), view.u64(4));
        } else if (tag == ADVANCE_NONCE_ACCOUNT && length == 4 && accounts >= 1) {
            if (view.position() == 0) {
                decoding.flags.add(Flag.DURABLE_NONCE);
                decoding.durableNonce = Optional.of(view.account(0));
            } else {
                decoding.warnings.add("instruction " + view.position()
                        + " advances a nonce account but is not first: the transaction is not a durable-nonce one");
            }
        } else if (tag == ASSIGN && length == 36 && accounts >= 1) {
            decoding.flags.add(Flag.OWNERSHIP_TRANSFER);
            decoding.warnings.add("instruction " + view.position() + " assigns account " + view.account(0)
                    + " to program " + view.address(4) + ", which then controls it");
        } else if (tag == AUTHORIZE_NONCE_ACCOUNT && length == 36 && accounts >= 1) {
            decoding.flags.add(Flag.OWNERSHIP_TRANSFER);
            decoding.warnings.add("instruction " + view.position() + " makes " + view.address(4)
                    + " the authority of nonce account " + view.account(0));
        } else if (tag == ALLOCATE && length == 12 && accounts >= 1) {
            decoding.warnings.add("instruction " + view.position() + " allocates space in " + view.account(0));
        } else {
            decoding.undecoded(view, "System");
        }
    }
}
