package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.OtChallengeMessage;
import dev.custos.ecdsa.keys.OtOpeningMessage;
import dev.custos.ecdsa.keys.OtResponseMessage;
import dev.custos.ecdsa.keys.OtVerification;
import dev.custos.ecdsa.keys.OtVerificationRound1;
import dev.custos.ecdsa.keys.OtVerificationRound2;
import dev.custos.ecdsa.keys.OtVerificationRound3;
import dev.custos.ecdsa.reshare.Resharing;
import dev.custos.ecdsa.reshare.ResharingDealer;
import dev.custos.ecdsa.reshare.ResharingOtMessage;
import dev.custos.ecdsa.reshare.ResharingOtReply;
import dev.custos.ecdsa.reshare.ResharingParameters;
import dev.custos.ecdsa.reshare.ResharingRound1;
import dev.custos.ecdsa.reshare.ResharingRound2;
import dev.custos.ecdsa.reshare.ResharingShareMessage;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.store.WalletVault;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An ECDSA (DKLs23) refresh or resharing over seven rounds. Round 1: each dealer broadcasts the old key's public data
 * and sends each new holder its dealt share with the Feldman commitment (direct). Rounds 2 and 3: the new holders run
 * fresh pairwise base OTs and check every dealer against the old verification shares, echoing the commitments' digest;
 * the new share is then kept pending in the keystore. Rounds 4 to 6: the base-OT verification among the new holders.
 * Round 7: every new holder confirms ({@link ReshareConfirmation}); then the node switches, or deletes the share it
 * leaves. A node that leaves deals in round 1 and waits for the confirmations.
 */
public final class EcdsaResharing implements RoundProtocol {
    private static final int CONFIRMATION_ROUND = 7;

    private final ReshareContext context;
    private final WalletVault vault;
    private Optional<byte[]> ownOldData = Optional.empty();
    private Optional<ResharingShareMessage> ownShare = Optional.empty();
    private List<ResharingShareMessage> dealt = List.of();
    private Optional<ResharingRound1> round1 = Optional.empty();
    private Optional<ResharingRound2> round2 = Optional.empty();
    private Optional<KeyShare> share = Optional.empty();
    private Optional<OtVerificationRound1> ot1 = Optional.empty();
    private Optional<OtVerificationRound2> ot2 = Optional.empty();
    private Optional<OtVerificationRound3> ot3 = Optional.empty();
    private Optional<byte[]> confirmation = Optional.empty();
    private boolean pending;
    private boolean switched;

    public EcdsaResharing(ReshareContext context, WalletVault vault) {
        this.context = requireNonNull(context, "context is null");
        this.vault = requireNonNull(vault, "vault is null");
    }

    @Override
    public int lastRound() {
        return CONFIRMATION_ROUND;
    }

    @Override
    public Expectation expectation(int round) {
        return Expectation.DIRECT;
    }

    @Override
    public Optional<Expectation> expectation(int round, String from) {
        if (round == 1) {
            return context.deals(from)
                    ? Optional.of(context.receives() ? Expectation.BOTH : Expectation.BROADCAST)
                    : Optional.empty();
        }
        if (round == CONFIRMATION_ROUND) {
            return context.receives(from) ? Optional.of(Expectation.BROADCAST) : Optional.empty();
        }
        return context.receives() && context.receives(from) ? Optional.of(Expectation.DIRECT) : Optional.empty();
    }

    @Override
    public List<Outgoing> begin() throws ProtocolFailure {
        if (!context.deals()) {
            return List.of();
        }
        try {
            KeyShare old = vault.ecdsaShare(context.wallet());
            ResharingParameters parameters = ResharingParameters.toCommittee(
                    old, context.ecdsaSession(), dealers(), context.newThreshold(), newParties());
            ownOldData = Optional.of(encodeOld(parameters));
            List<Outgoing> out = new ArrayList<>();
            out.add(new Outgoing.Broadcast(1, ownOldData.get()));
            for (ResharingShareMessage message : ResharingDealer.deal(old, parameters, context.random())) {
                String to = context.newHolders().name(message.to());
                if (to.equals(context.self())) {
                    ownShare = Optional.of(message);
                } else {
                    out.add(new Outgoing.Direct(1, to, Payloads.secret(message.encode())));
                }
            }
            return out;
        } catch (EcdsaException e) {
            throw context.oldHolders().failure(e);
        } catch (IOException e) {
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot load the key share: " + e, e);
        }
    }

    @Override
    public Step advance(int round, Map<String, Received> received) throws ProtocolFailure {
        if (!context.receives() && round > 1 && round < CONFIRMATION_ROUND) {
            return new Step.Next(List.of());
        }
        try {
            return switch (round) {
                case 1 -> deal(received);
                case 2 -> {
                    ResharingRound2 next = take(round1)
                            .round2(
                                    Payloads.ecdsaDirect(received, ResharingOtMessage::decode, context.newHolders()),
                                    dealt);
                    round1 = Optional.empty();
                    dealt = List.of();
                    round2 = Optional.of(next);
                    yield new Step.Next(Payloads.ecdsaOutgoing(3, next.messages(), context.newHolders()));
                }
                case 3 -> {
                    KeyShare key = take(round2)
                            .finish(Payloads.ecdsaDirect(received, ResharingOtReply::decode, context.newHolders()));
                    round2 = Optional.empty();
                    share = Optional.of(key);
                    vault.discardPending(context.wallet());
                    pending = true;
                    key.keepIn(vault.pendingEcdsaStore(context.wallet()));
                    OtVerificationRound1 next = OtVerification.start(
                            key,
                            Payloads.subSession("custos node ecdsa reshare ot verification v1", context.session()));
                    ot1 = Optional.of(next);
                    yield new Step.Next(Payloads.ecdsaOutgoing(4, next.messages(), context.newHolders()));
                }
                case 4 -> {
                    OtVerificationRound2 next = take(ot1)
                            .round2(Payloads.ecdsaDirect(received, OtChallengeMessage::decode, context.newHolders()));
                    ot1 = Optional.empty();
                    ot2 = Optional.of(next);
                    yield new Step.Next(Payloads.ecdsaOutgoing(5, next.messages(), context.newHolders()));
                }
                case 5 -> {
                    OtVerificationRound3 next = take(ot2)
                            .round3(Payloads.ecdsaDirect(received, OtResponseMessage::decode, context.newHolders()));
                    ot2 = Optional.empty();
                    ot3 = Optional.of(next);
                    yield new Step.Next(Payloads.ecdsaOutgoing(6, next.messages(), context.newHolders()));
                }
                case 6 -> verified(received);
                case CONFIRMATION_ROUND -> {
                    ReshareConfirmation.check(received, confirmation);
                    context.onConfirmed().apply();
                    switched = true;
                    destroy();
                    yield new Step.Finished(new Outcome.KeyGenerated(context.publicKey()));
                }
                default -> throw new IllegalStateException("no round " + round);
            };
        } catch (EcdsaException e) {
            destroy();
            boolean dealer = e.code() == EcdsaErrorCode.INVALID_COMMITMENT || e.code() == EcdsaErrorCode.INVALID_SHARE;
            throw (round == 1 || (round == 2 && dealer) ? context.oldHolders() : context.newHolders()).failure(e);
        } catch (IOException e) {
            destroy();
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot store the new share: " + e, e);
        } catch (ProtocolFailure e) {
            destroy();
            throw e;
        }
    }

    private Step deal(Map<String, Received> received) throws ProtocolFailure {
        Map<String, byte[]> oldData = new TreeMap<>();
        ownOldData.ifPresent(bytes -> oldData.put(context.self(), bytes));
        received.values().forEach(message -> oldData.put(message.from(), message.requireBroadcast()));
        ResharingParameters parameters = OldPublicData.agreed(oldData, ownOldData, this::decodeOld);
        if (!context.receives()) {
            return new Step.Next(List.of());
        }
        List<ResharingShareMessage> shares = new ArrayList<>();
        ownShare.ifPresent(shares::add);
        ownShare = Optional.empty();
        shares.addAll(Payloads.direct(
                received,
                ResharingShareMessage::decode,
                message -> context.oldHolders().label(message.from())));
        dealt = List.copyOf(shares);
        ResharingRound1 next =
                Resharing.start(parameters, context.newHolders().ecdsa(context.self()), context.random());
        round1 = Optional.of(next);
        return new Step.Next(Payloads.ecdsaOutgoing(2, next.messages(), context.newHolders()));
    }

    private Step verified(Map<String, Received> received) throws EcdsaException, IOException, ProtocolFailure {
        KeyShare key = take(ot3).finish(Payloads.ecdsaDirect(received, OtOpeningMessage::decode, context.newHolders()));
        ot3 = Optional.empty();
        vault.putPendingRecord(context.newRecord());
        ByteWriter result = new ByteWriter()
                .raw(key.publicKey().encode())
                .raw(key.chainCode())
                .u32(key.threshold());
        for (Identifier party : key.parties()) {
            result.u32(party.value()).raw(key.verificationShare(party).encode());
        }
        byte[] digest = ReshareConfirmation.digest(context.session(), result.toByteArray());
        confirmation = Optional.of(digest);
        return new Step.Next(List.of(new Outgoing.Broadcast(CONFIRMATION_ROUND, digest)));
    }

    /** The old key's public data: key, chain code, threshold, and each old holder's verification share. */
    private byte[] encodeOld(ResharingParameters parameters) {
        ByteWriter writer = new ByteWriter()
                .raw(parameters.publicKey().encode())
                .raw(parameters.chainCode())
                .u32(parameters.oldThreshold())
                .u32(parameters.oldVerificationShares().size());
        new TreeMap<>(parameters.oldVerificationShares())
                .forEach((party, share) -> writer.u32(party.value()).raw(share.encode()));
        return writer.toByteArray();
    }

    private Optional<ResharingParameters> decodeOld(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(bytes, "old public data");
        Element publicKey = Secp256k1.GROUP.decode(reader.raw(33, "public key"));
        byte[] chainCode = reader.raw(32, "chain code");
        int threshold = reader.u32("old threshold");
        int count = reader.u32("holder count");
        if (count != context.oldHolders().holders().size()) {
            return Optional.empty();
        }
        Map<Identifier, Element> shares = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int party = reader.u32("holder");
            if (party != i + 1) {
                throw reader.error("holder", party + " is not holder " + (i + 1));
            }
            shares.put(Identifier.of(party), Secp256k1.GROUP.decode(reader.raw(33, "verification share")));
        }
        reader.finish();
        if (!Arrays.equals(publicKey.encode(), context.publicKey())) {
            return Optional.empty();
        }
        return Optional.of(new ResharingParameters(
                context.ecdsaSession(),
                publicKey,
                chainCode,
                threshold,
                shares,
                dealers(),
                context.newThreshold(),
                newParties()));
    }

    private List<Identifier> dealers() {
        return context.dealers().stream().map(context.oldHolders()::ecdsa).toList();
    }

    private List<Identifier> newParties() {
        return context.newHolders().holders().stream()
                .map(context.newHolders()::ecdsa)
                .toList();
    }

    private static <T> T take(Optional<T> state) {
        return state.orElseThrow(() -> new IllegalStateException("the run is not at this round"));
    }

    @Override
    public void destroy() {
        round1.ifPresent(ResharingRound1::destroy);
        round2.ifPresent(ResharingRound2::destroy);
        ot1.ifPresent(OtVerificationRound1::destroy);
        ot2.ifPresent(OtVerificationRound2::destroy);
        ot3.ifPresent(OtVerificationRound3::destroy);
        share.ifPresent(KeyShare::destroy);
        round1 = Optional.empty();
        round2 = Optional.empty();
        ot1 = Optional.empty();
        ot2 = Optional.empty();
        ot3 = Optional.empty();
        share = Optional.empty();
        ownShare = Optional.empty();
        dealt = List.of();
        if (pending && !switched) {
            pending = false;
            PendingShares.discard(vault, context.wallet());
        }
    }
}
