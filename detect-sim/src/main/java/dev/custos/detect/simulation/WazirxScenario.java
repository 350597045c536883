package dev.custos.detect.simulation;

import java.time.Instant;

/**
 * WazirX (2024): the signers' custody interface shows a routine USDT transfer while the payload is a Safe
 * delegatecall to a contract the attacker deployed days before; a legitimate transfer fails minutes earlier. No
 * account is compromised: the signers use their own devices from home.
 */
public final class WazirxScenario implements AttackScenario {
    @Override
    public String name() {
        return "wazirx";
    }

    @Override
    public String modelledOn() {
        return "WazirX 2024: display/payload mismatch, Safe delegatecall from the signers' own sessions";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person signer = context.victim(Role.KEY_HOLDER);
        Wallet wallet = context.organisation().wallet("cold-eth");
        context.involve(wallet.id());
        Instant theft = context.theftTime();
        sink.login(theft.minusSeconds(1_500), signer.name(), Origin.home(signer), signer.authMethod(), true);
        String token = context.freshAddress();
        context.request(theft.minusSeconds(600), signer.name(), wallet, token, 1_200_000)
                .put("event.outcome", "failure");
        String contract = context.freshAddress();
        context.theft(theft, signer.name(), wallet, contract, 0)
                .put("custos.tx.safe.operation", 1)
                .put("custos.tx.safe.to", contract);
        sink.transferOut(
                theft.plusSeconds(400),
                wallet,
                context.freshAddress(),
                0.4 * context.balance(wallet, theft),
                "0x" + context.freshName("") + "cd");
    }
}
