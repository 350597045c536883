package dev.custos.cli.decode;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.bitcoin.BitcoinIntent;
import dev.custos.chain.bitcoin.BitcoinIntentJson;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.Psbt;
import dev.custos.chain.bitcoin.PsbtDecoder;
import dev.custos.chain.bitcoin.PsbtParser;
import dev.custos.chain.eip712.TypedDataDecoder;
import dev.custos.chain.eip712.TypedMessage;
import dev.custos.chain.eip712.TypedMessageJson;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.intent.IntentJson;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos decode}: shows what a Safe transaction or a raw Ethereum transaction will do, with risk flags. */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        description = {
            "Decodes a Safe transaction (Safe Transaction Service JSON: one object, or a response with 'results')"
                    + " or a raw Ethereum transaction, and prints its intent: target, value, operation, function and"
                    + " arguments (recursively through multiSend), the safeTxHash computed from the fields, the"
                    + " signer recovered from each confirmation, risk flags and a one-line summary.",
            "Also decodes EIP-712 typed data (--typed-data: digest, permits, Safe SafeTx messages) and Bitcoin PSBTs"
                    + " (--psbt: inputs, outputs with addresses, fee, change).",
            "Exit code 0 when the input decodes, whatever its flags; 2 for unreadable or malformed input."
        })
public final class DecodeCommand implements Callable<Integer> {
    private static final String PSBT_BASE64_PREFIX = "cHNidP";

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    @Option(
            names = "--chain-id",
            paramLabel = "N",
            defaultValue = "1",
            description = "Chain id bound into the safeTxHash from Safe 1.3.0 on (default: ${DEFAULT-VALUE}). With"
                    + " --raw-tx, if given, it must match the transaction's own chain id.")
    private String chainId;

    @Option(
            names = "--safe-version",
            paramLabel = "V",
            defaultValue = "1.3.0",
            description = "Safe contract version, which decides the hash rules: 0.1.0, 1.0.0, 1.1.0, 1.1.1, 1.2.0,"
                    + " 1.3.0, 1.4.0, 1.4.1, 1.5.0 (default: ${DEFAULT-VALUE}).")
    private String safeVersion;

    @Option(
            names = "--address-book",
            paramLabel = "FILE",
            description = "JSON address book: {\"entries\":[{\"address\",\"label\",\"kind\":"
                    + "\"allowlisted|known_contract|owner\"}]}. Targets not in it are flagged unknown_target.")
    private String addressBook;

    @Option(names = "--json", description = "One JSON object per intent per line on stdout.")
    private boolean json;

    static final class Input {
        @Option(
                names = "--safe-tx",
                paramLabel = "FILE",
                required = true,
                description = "Safe Transaction Service JSON ('-' for stdin).")
        String safeTransactionFile;

        @Option(
                names = "--raw-tx",
                paramLabel = "HEX",
                required = true,
                description = "Raw transaction hex: legacy (EIP-155), EIP-2930 or EIP-1559, signed or unsigned.")
        String rawTransaction;

        @Option(
                names = "--typed-data",
                paramLabel = "FILE",
                required = true,
                description = "EIP-712 typed data as eth_signTypedData_v4 signs it: {types, primaryType, domain,"
                        + " message} ('-' for stdin). Permits and Safe SafeTx messages are recognised.")
        String typedDataFile;

        @Option(
                names = "--psbt",
                paramLabel = "BASE64-or-FILE",
                required = true,
                description = "Bitcoin PSBT (BIP174 v0 or BIP370 v2): Base64 text, or a file holding Base64, hex or the"
                        + " binary PSBT ('-' for stdin).")
        String psbt;
    }

    @Option(
            names = "--network",
            paramLabel = "NET",
            description = "With --psbt: mainnet, testnet or regtest, for the addresses shown (default: the network"
                    + " of the PSBT's global xpubs, else mainnet).")
    private String network;

    @Override
    public Integer call() {
        IntentDecoder decoder = IntentDecoder.withWellKnownFunctions(readAddressBook());
        if (input.psbt != null) {
            return printPsbt(psbtIntent());
        }
        if (network != null) {
            throw new BadInputException("--network applies to --psbt only");
        }
        if (input.typedDataFile != null) {
            return printTypedData(typedData(decoder));
        }
        List<Intent> intents = new ArrayList<>();
        if (input.rawTransaction != null) {
            EthereumTransaction transaction = rawTransaction();
            checkChain(transaction);
            intents.add(decoder.decodeRawTransaction(transaction));
        } else {
            BigInteger chain = chainId();
            SafeVersion version = version();
            for (SafeTransaction transaction : safeTransactions()) {
                intents.add(decoder.decodeSafeTransaction(transaction, chain, version));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < intents.size(); i++) {
            if (json) {
                JsonLines.write(out, IntentJson.toJson(intents.get(i)));
            } else {
                if (i > 0) {
                    out.println();
                }
                out.print(IntentText.render(intents.get(i), i + 1, intents.size()));
                out.flush();
            }
        }
        return 0;
    }

    private TypedMessage typedData(IntentDecoder decoder) {
        String text = InputFiles.read(input.typedDataFile, "--typed-data");
        try {
            return new TypedDataDecoder(decoder).decode(text);
        } catch (DecodingException e) {
            throw new BadInputException("--typed-data " + input.typedDataFile + ": " + e.getMessage());
        }
    }

    private int printTypedData(TypedMessage message) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonLines.write(out, TypedMessageJson.toJson(message));
        } else {
            out.print(TypedMessageText.render(message));
            out.flush();
        }
        return 0;
    }

    private BitcoinIntent psbtIntent() {
        Network shown = null;
        if (network != null) {
            try {
                shown = Network.valueOf(network.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--network must be mainnet, testnet or regtest, got '" + network + "'");
            }
        }
        try {
            return PsbtDecoder.decode(psbt(), shown);
        } catch (DecodingException e) {
            throw new BadInputException("--psbt: " + e.getMessage());
        }
    }

    private Psbt psbt() throws DecodingException {
        String argument = input.psbt.strip();
        if (argument.startsWith(PSBT_BASE64_PREFIX)) {
            return PsbtParser.parseBase64(argument);
        }
        byte[] bytes = InputFiles.readBytes(input.psbt, "--psbt");
        if (bytes.length >= 5
                && bytes[0] == 'p'
                && bytes[1] == 's'
                && bytes[2] == 'b'
                && bytes[3] == 't'
                && bytes[4] == (byte) 0xff) {
            return PsbtParser.parse(bytes);
        }
        String text = new String(bytes, StandardCharsets.US_ASCII).strip();
        if (text.startsWith(PSBT_BASE64_PREFIX)) {
            return PsbtParser.parseBase64(text);
        }
        if (text.startsWith("70736274ff")) {
            return PsbtParser.parse(Hex.decode(text));
        }
        throw new DecodingException("file '" + input.psbt + "' holds no PSBT (Base64 starting with "
                + PSBT_BASE64_PREFIX + ", hex starting with 70736274ff, or binary)");
    }

    private int printPsbt(BitcoinIntent intent) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonLines.write(out, BitcoinIntentJson.toJson(intent));
        } else {
            out.print(BitcoinIntentText.render(intent));
            out.flush();
        }
        return 0;
    }

    private EthereumTransaction rawTransaction() {
        byte[] raw;
        try {
            raw = Hex.decode(input.rawTransaction.strip());
        } catch (DecodingException e) {
            throw new BadInputException("--raw-tx is not valid hex: " + e.getMessage());
        }
        try {
            return TransactionDecoder.decode(raw);
        } catch (DecodingException e) {
            throw new BadInputException("--raw-tx is not a valid transaction: " + e.getMessage());
        }
    }

    /** With --raw-tx, an explicit --chain-id must match the chain the transaction is bound to. */
    private void checkChain(EthereumTransaction transaction) {
        if (!spec.commandLine().getParseResult().hasMatchedOption("--chain-id")) {
            return;
        }
        BigInteger expected = chainId();
        transaction.chainId().filter(actual -> !actual.equals(expected)).ifPresent(actual -> {
            throw new BadInputException("--raw-tx is bound to chain " + actual + ", not to --chain-id " + expected);
        });
    }

    private List<SafeTransaction> safeTransactions() {
        String text = InputFiles.read(input.safeTransactionFile, "--safe-tx");
        try {
            return SafeTransactionParser.parse(text);
        } catch (DecodingException e) {
            throw new BadInputException("--safe-tx " + input.safeTransactionFile + ": " + e.getMessage());
        }
    }

    private AddressBook readAddressBook() {
        if (addressBook == null) {
            return AddressBook.empty();
        }
        String text = InputFiles.read(addressBook, "--address-book");
        try {
            return AddressBook.parse(text);
        } catch (DecodingException e) {
            throw new BadInputException("--address-book " + addressBook + ": " + e.getMessage());
        }
    }

    private BigInteger chainId() {
        BigInteger value;
        try {
            value = new BigInteger(chainId.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("--chain-id must be a positive integer, got '" + chainId + "'");
        }
        if (value.signum() <= 0 || value.bitLength() > 256) {
            throw new BadInputException("--chain-id must be a positive integer below 2^256, got " + chainId);
        }
        return value;
    }

    private SafeVersion version() {
        try {
            return SafeVersion.parse(safeVersion.strip());
        } catch (DecodingException e) {
            throw new BadInputException("--safe-version: " + e.getMessage());
        }
    }
}
