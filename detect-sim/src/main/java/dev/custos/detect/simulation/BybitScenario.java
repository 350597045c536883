package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;

/**
 * Bybit (2025): the multisig provider's web interface is compromised (outside the organisation) and shows the cold
 * wallet's signers a routine transfer to the warm wallet; what they sign is a Safe delegatecall to a fresh contract
 * that replaces the wallet's implementation; the wallet is swept afterwards.
 */
public final class BybitScenario implements AttackScenario {
    @Override
    public String name() {
        return "bybit";
    }

    @Override
    public String modelledOn() {
        return "Bybit 2025: compromised Safe UI, cold-wallet delegatecall, implementation swap, sweep";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person proposer = context.victim(Role.KEY_HOLDER);
        Person approver = context.victim(Role.KEY_HOLDER, proposer);
        Wallet wallet = context.organisation().wallet("cold-eth");
        context.involve(wallet.id());
        Instant theft = context.theftTime();
        Instant login = theft.minus(Duration.ofMinutes(20));
        sink.login(login, proposer.name(), Origin.home(proposer), proposer.authMethod(), true);
        sink.walletAccess(
                login.plusSeconds(60),
                "wallet.view",
                proposer.name(),
                wallet,
                context.balance(wallet, login),
                Origin.home(proposer));
        String contract = context.freshAddress();
        context.theft(theft, proposer.name(), wallet, contract, 0)
                .put("custos.tx.safe.operation", 1)
                .put("custos.tx.safe.to", contract)
                .putArray("custos.approvals")
                .add(approver.name());
        sink.governance(
                theft.plusSeconds(30),
                "contract_upgraded",
                proposer.name(),
                wallet,
                wallet.address(),
                "safe-singleton-1.1.1",
                contract);
        sink.transferOut(
                theft.plusSeconds(90),
                wallet,
                context.freshAddress(),
                0.9 * context.balance(wallet, theft),
                "0x" + context.freshName("") + "ef");
    }
}
