package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.dkg.Dkg;
import dev.custos.ecdsa.dkg.DkgParameters;
import dev.custos.ecdsa.dkg.DkgRound1;
import dev.custos.ecdsa.dkg.DkgRound1Message;
import dev.custos.ecdsa.dkg.DkgRound2;
import dev.custos.ecdsa.dkg.DkgRound2Message;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.OtChallengeMessage;
import dev.custos.ecdsa.keys.OtOpeningMessage;
import dev.custos.ecdsa.keys.OtResponseMessage;
import dev.custos.ecdsa.keys.OtVerification;
import dev.custos.ecdsa.keys.OtVerificationRound1;
import dev.custos.ecdsa.keys.OtVerificationRound2;
import dev.custos.ecdsa.keys.OtVerificationRound3;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import dev.custos.node.job.store.WalletVault;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ECDSA (DKLs23) key generation followed by the base-OT verification, over five rounds of direct envelopes: DKG
 * rounds 1 and 2, then the verification's challenge, response and opening. The key share is kept in the node's
 * keystore from the end of the DKG on (its OT pair states are saved before any answer leaves); the wallet exists only
 * once the verification passed and its record is written.
 */
public final class EcdsaKeyGeneration implements RoundProtocol {
    private final ProtocolContext context;
    private final WalletId wallet;
    private final WalletVault vault;
    private Optional<DkgRound1> dkg1 = Optional.empty();
    private Optional<DkgRound2> dkg2 = Optional.empty();
    private Optional<KeyShare> share = Optional.empty();
    private Optional<OtVerificationRound1> ot1 = Optional.empty();
    private Optional<OtVerificationRound2> ot2 = Optional.empty();
    private Optional<OtVerificationRound3> ot3 = Optional.empty();

    public EcdsaKeyGeneration(ProtocolContext context, WalletId wallet, WalletVault vault) {
        this.context = requireNonNull(context, "context is null");
        this.wallet = requireNonNull(wallet, "wallet is null");
        this.vault = requireNonNull(vault, "vault is null");
    }

    @Override
    public int lastRound() {
        return 5;
    }

    @Override
    public Expectation expectation(int round) {
        return Expectation.DIRECT;
    }

    @Override
    public List<Outgoing> begin() {
        DkgParameters parameters = new DkgParameters(
                context.ecdsaSession(),
                context.parties().ecdsa(context.self()),
                context.threshold(),
                context.ecdsaParticipants());
        DkgRound1 state = Dkg.start(parameters, context.random());
        dkg1 = Optional.of(state);
        return Payloads.ecdsaOutgoing(1, state.messages(), context.parties());
    }

    @Override
    public Step advance(int round, Map<String, Received> received) throws ProtocolFailure {
        try {
            return switch (round) {
                case 1 -> {
                    DkgRound2 next = take(dkg1)
                            .round2(Payloads.ecdsaDirect(received, DkgRound1Message::decode, context.parties()));
                    dkg1 = Optional.empty();
                    dkg2 = Optional.of(next);
                    yield new Step.Next(Payloads.ecdsaOutgoing(2, next.messages(), context.parties()));
                }
                case 2 -> {
                    KeyShare key = take(dkg2)
                            .finish(Payloads.ecdsaDirect(received, DkgRound2Message::decode, context.parties()));
                    dkg2 = Optional.empty();
                    share = Optional.of(key);
                    key.keepIn(vault.ecdsaStore(wallet));
                    OtVerificationRound1 next = OtVerification.start(
                            key, Payloads.subSession("custos node ecdsa ot verification v1", context.session()));
                    ot1 = Optional.of(next);
                    yield new Step.Next(Payloads.ecdsaOutgoing(3, next.messages(), context.parties()));
                }
                case 3 -> {
                    OtVerificationRound2 next = take(ot1)
                            .round2(Payloads.ecdsaDirect(received, OtChallengeMessage::decode, context.parties()));
                    ot1 = Optional.empty();
                    ot2 = Optional.of(next);
                    yield new Step.Next(Payloads.ecdsaOutgoing(4, next.messages(), context.parties()));
                }
                case 4 -> {
                    OtVerificationRound3 next = take(ot2)
                            .round3(Payloads.ecdsaDirect(received, OtResponseMessage::decode, context.parties()));
                    ot2 = Optional.empty();
                    ot3 = Optional.of(next);
                    yield new Step.Next(Payloads.ecdsaOutgoing(5, next.messages(), context.parties()));
                }
                case 5 -> {
                    KeyShare key = take(ot3)
                            .finish(Payloads.ecdsaDirect(received, OtOpeningMessage::decode, context.parties()));
                    ot3 = Optional.empty();
                    byte[] publicKey = key.publicKey().encode();
                    vault.putRecord(new WalletRecord(
                            wallet, Scheme.ECDSA_SECP256K1, context.participants(), context.threshold(), publicKey));
                    vault.cacheEcdsaShare(wallet, key);
                    share = Optional.empty();
                    yield new Step.Finished(new Outcome.KeyGenerated(publicKey));
                }
                default -> throw new IllegalStateException("no round " + round);
            };
        } catch (EcdsaException e) {
            destroy();
            throw context.parties().failure(e);
        } catch (IOException e) {
            destroy();
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot store the key share: " + e, e);
        } catch (ProtocolFailure e) {
            destroy();
            throw e;
        }
    }

    @Override
    public void destroy() {
        dkg1.ifPresent(DkgRound1::destroy);
        dkg2.ifPresent(DkgRound2::destroy);
        ot1.ifPresent(OtVerificationRound1::destroy);
        ot2.ifPresent(OtVerificationRound2::destroy);
        ot3.ifPresent(OtVerificationRound3::destroy);
        share.ifPresent(KeyShare::destroy);
        dkg1 = Optional.empty();
        dkg2 = Optional.empty();
        ot1 = Optional.empty();
        ot2 = Optional.empty();
        ot3 = Optional.empty();
        share = Optional.empty();
    }

    private static <T> T take(Optional<T> state) {
        return state.orElseThrow(() -> new IllegalStateException("the run is not at this round"));
    }
}
