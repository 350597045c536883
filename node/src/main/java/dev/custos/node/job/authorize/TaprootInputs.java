package dev.custos.node.job.authorize;

import dev.custos.chain.DecodingException;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.bitcoin.Script;
import dev.custos.chain.bitcoin.TaprootSighash;
import dev.custos.chain.bitcoin.TxOutput;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.VerifyingKey;
import dev.custos.frost.taproot.Taproot;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.message.PsbtInputPayload;
import java.util.Optional;

/**
 * Derives what a Taproot wallet signs for one PSBT input: the BIP341 key-path sighash, computed from the PSBT itself
 * (the unsigned transaction, every input's spent output and the input's sighash type). The wallet's output key is its
 * group key tweaked with an empty script tree (BIP341/BIP86); an input is signed only if it spends exactly that
 * output, is not finalized yet, and asks for SIGHASH_DEFAULT or SIGHASH_ALL: the other types leave outputs or inputs
 * unsigned, which would let anyone change the transaction after the approval.
 */
final class TaprootInputs {
    private TaprootInputs() {}

    /** The x-only BIP341 output key of the wallet whose x-only group key is {@code internalKey}. */
    static byte[] outputKey(byte[] internalKey) throws InvalidEncodingException {
        VerifyingKey key = Ciphersuites.secp256k1Taproot().decodePublicKey(internalKey);
        return Taproot.outputKey(key, null).publicKeyBytes();
    }

    static Authorization authorize(byte[] payload, byte[] walletKey) {
        PsbtInputPayload input;
        PsbtSpend spend;
        try {
            input = PsbtInputPayload.decode(payload);
            spend = PsbtSpend.parse(input.psbt());
        } catch (IllegalArgumentException | DecodingException e) {
            return new Authorization.Refused("the payload is not a PSBT input: " + e.getMessage());
        }
        int index = input.index();
        int inputs = spend.psbt().inputs().size();
        if (index >= inputs) {
            return new Authorization.Refused("the PSBT has no input " + index + " (" + inputs + " inputs)");
        }
        byte[] outputKey;
        try {
            outputKey = outputKey(walletKey);
        } catch (InvalidEncodingException e) {
            return new Authorization.Refused("the wallet's key is not a BIP340 key: " + e.getMessage());
        }
        if (!spend.inputsSpending(outputKey).contains(index)) {
            return new Authorization.Refused("input " + index + " does not spend the wallet's Taproot key-path output"
                    + " (it spends " + describe(spend.psbt().inputs().get(index).spentOutput()) + ")");
        }
        if (spend.isFinalized(index)) {
            return new Authorization.Refused("input " + index + " is already finalized");
        }
        try {
            int type = spend.sighashType(index);
            if (type != TaprootSighash.DEFAULT && type != TaprootSighash.ALL) {
                return new Authorization.Refused("input " + index + " asks for sighash type 0x"
                        + Integer.toHexString(type)
                        + ", which leaves part of the transaction unsigned; only SIGHASH_DEFAULT and SIGHASH_ALL are"
                        + " signed");
            }
            return new Authorization.Authorized(spend.taprootSighash(index));
        } catch (DecodingException e) {
            return new Authorization.Refused("input " + index + " cannot be signed: " + e.getMessage());
        }
    }

    private static String describe(Optional<TxOutput> spent) {
        return spent.map(output -> "a " + new Script(output.scriptPubKey()).type() + " output "
                        + new Script(output.scriptPubKey()))
                .orElse("an output the PSBT does not give");
    }
}
