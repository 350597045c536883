package dev.custos.chain.solana;

import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Transfer;

/** SPL Token (and Token-2022, whose first instructions share the layout): a 1-byte tag, then the arguments. */
final class TokenInstructions {
    private static final int TRANSFER = 3;
    private static final int APPROVE = 4;
    private static final int SET_AUTHORITY = 6;
    private static final int CLOSE_ACCOUNT = 9;
    private static final int TRANSFER_CHECKED = 12;
    private static final int APPROVE_CHECKED = 13;
    private static final String[] AUTHORITY_TYPES = {"mint tokens", "freeze account", "account owner", "close account"};

    private TokenInstructions() {}

    static void decode(InstructionView view, SolanaDecoder.Decoding decoding) {
        if (view.dataLength() < 1) {
            decoding.undecoded(view, "SPL Token");
            return;
        }
        int tag = view.u8(0);
        int accounts = view.accountCount();
        int length = view.dataLength();
        if (tag == TRANSFER && length == 9 && accounts >= 3) {
            decoding.flags.add(Flag.TOKEN_TRANSFER);
            decoding.transfer(Transfer.Kind.TOKEN, tokenOf(view.account(0)), view.account(1), view.u64(1));
        } else if (tag == TRANSFER_CHECKED && length == 10 && accounts >= 4) {
            decoding.flags.add(Flag.TOKEN_TRANSFER);
            decoding.transfer(Transfer.Kind.TOKEN, mint(view.account(1)), view.account(2), view.u64(1));
        } else if (tag == APPROVE && length == 9 && accounts >= 3) {
            decoding.transfer(Transfer.Kind.APPROVAL, tokenOf(view.account(0)), view.account(1), view.u64(1));
        } else if (tag == APPROVE_CHECKED && length == 10 && accounts >= 4) {
            decoding.transfer(Transfer.Kind.APPROVAL, mint(view.account(1)), view.account(2), view.u64(1));
        } else if (tag == SET_AUTHORITY && accounts >= 2 && setAuthorityLength(view)) {
            int type = view.u8(1);
            String authority = type < AUTHORITY_TYPES.length ? AUTHORITY_TYPES[type] : "type " + type;
            String next = view.u8(2) == 1 ? view.address(3).toBase58() : "nobody";
            decoding.flags.add(Flag.OWNERSHIP_TRANSFER);
            decoding.warnings.add("instruction " + view.position() + " gives the " + authority + " authority of "
                    + view.account(0) + " to " + next);
        } else if (tag == CLOSE_ACCOUNT && length == 1 && accounts >= 3) {
            decoding.warnings.add("instruction " + view.position() + " closes token account " + view.account(0)
                    + "; its lamports go to " + view.account(1));
        } else {
            decoding.undecoded(view, "SPL Token");
        }
    }

    private static boolean setAuthorityLength(InstructionView view) {
        int length = view.dataLength();
        return (length == 3 && view.u8(2) == 0) || (length == 35 && view.u8(2) == 1);
    }

    private static String tokenOf(String account) {
        return "SPL token of account " + account;
    }

    private static String mint(String mint) {
        return "SPL token " + mint;
    }
}
