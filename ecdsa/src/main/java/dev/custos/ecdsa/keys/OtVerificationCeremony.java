package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.LocalNetwork;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the base-OT verification ({@link OtVerification}) for every holder of a key in one process (demos, tests,
 * benchmarks), every message through its encoding. On success every share is verified ({@link
 * KeyShare#baseOtsVerified()}); otherwise presigning keeps refusing them.
 */
public final class OtVerificationCeremony {
    private OtVerificationCeremony() {}

    /** Verifies the base OTs of {@code keys} (one share per holder) under {@code session}, fresh for this run. */
    public static void run(Map<Identifier, KeyShare> keys, SessionId session) throws EcdsaException {
        requireNonNull(keys, "keys is null");
        requireNonNull(session, "session is null");
        Map<Identifier, OtVerificationRound1> round1 = new TreeMap<>();
        for (Map.Entry<Identifier, KeyShare> entry : keys.entrySet()) {
            round1.put(entry.getKey(), OtVerification.start(entry.getValue(), session));
        }
        Map<Identifier, List<OtChallengeMessage>> inbox1 = LocalNetwork.deliver(
                round1.values().stream().map(OtVerificationRound1::messages).toList(), OtChallengeMessage::decode);
        Map<Identifier, OtVerificationRound2> round2 = new TreeMap<>();
        for (Map.Entry<Identifier, OtVerificationRound1> entry : round1.entrySet()) {
            round2.put(entry.getKey(), entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<Identifier, List<OtResponseMessage>> inbox2 = LocalNetwork.deliver(
                round2.values().stream().map(OtVerificationRound2::messages).toList(), OtResponseMessage::decode);
        Map<Identifier, OtVerificationRound3> round3 = new TreeMap<>();
        for (Map.Entry<Identifier, OtVerificationRound2> entry : round2.entrySet()) {
            round3.put(entry.getKey(), entry.getValue().round3(inbox2.get(entry.getKey())));
        }
        Map<Identifier, List<OtOpeningMessage>> inbox3 = LocalNetwork.deliver(
                round3.values().stream().map(OtVerificationRound3::messages).toList(), OtOpeningMessage::decode);
        for (Map.Entry<Identifier, OtVerificationRound3> entry : round3.entrySet()) {
            entry.getValue().finish(inbox3.get(entry.getKey()));
        }
    }
}
