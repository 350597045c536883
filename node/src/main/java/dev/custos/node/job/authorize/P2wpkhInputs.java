package dev.custos.node.job.authorize;

import dev.custos.chain.DecodingException;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.bitcoin.Script;
import dev.custos.chain.bitcoin.SegwitV0Sighash;
import dev.custos.chain.bitcoin.TaprootSighash;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.message.PsbtInputPayload;

/**
 * Derives what an ECDSA wallet signs for one PSBT input: the BIP143 sighash of a P2WPKH spend of the wallet's own key,
 * computed from the PSBT (the unsigned transaction and the input's spent amount). An input is signed only if it spends
 * exactly the wallet's P2WPKH output, is not finalized, and asks for SIGHASH_ALL (the default).
 */
final class P2wpkhInputs {
    private P2wpkhInputs() {}

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
        if (!spend.inputsSpending(new Script(SegwitV0Sighash.p2wpkhScript(walletKey)))
                .contains(index)) {
            return new Authorization.Refused("input " + index + " does not spend the wallet's P2WPKH output");
        }
        if (spend.isFinalized(index)) {
            return new Authorization.Refused("input " + index + " is already finalized");
        }
        try {
            int type = spend.segwitV0SighashType(index);
            if (type != TaprootSighash.ALL) {
                return new Authorization.Refused("input " + index + " asks for sighash type 0x"
                        + Integer.toHexString(type)
                        + ", which leaves part of the transaction unsigned; only SIGHASH_ALL is signed");
            }
            return new Authorization.Authorized(spend.p2wpkhSighash(index, walletKey));
        } catch (DecodingException e) {
            return new Authorization.Refused("input " + index + " cannot be signed: " + e.getMessage());
        }
    }
}
