package dev.custos.node.job;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.node.committee.Committee;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobSpec;
import dev.custos.node.job.message.ReshareOrder;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.protocol.Parties;
import dev.custos.node.job.protocol.ProtocolFailure;
import dev.custos.node.job.protocol.ReshareContext;
import dev.custos.node.job.store.WalletRecord;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks a node makes on a refresh or resharing job after {@link JobAdmission} (it takes part; every participant
 * is a committee member) and before it claims the session, and the switch it makes once every new holder confirmed.
 *
 * <p>A <b>refresh</b> renews the shares of a wallet this node holds, among all its holders with its threshold; the
 * coordinator may start one, at most once per {@link ReshareSettings#refreshInterval()} per wallet on this node. A
 * <b>resharing</b> needs an order a quorum of the committee's admins signed, not expired by this node's clock, never
 * carried out here before, for the wallet, key and holders this node records (a node without a share must be a new
 * member only), whose new members are all in this node's committee; the participants are old holders that deal and
 * every new member. A node that switched in an earlier resharing its peers did not complete takes part in a later
 * order for the same key as a new member only. Every refusal blames the coordinator, which sent the job.
 */
final class ReshareAdmission {
    private ReshareAdmission() {}

    static ReshareContext admit(
            JobMessage.JobStart start,
            String self,
            Committee committee,
            Optional<WalletRecord> record,
            NodeStorage storage,
            ReshareSettings settings,
            SessionId protocolSession,
            SecureRandom random)
            throws ProtocolFailure {
        Instant now = settings.clock().instant();
        return switch (start.spec()) {
            case JobSpec.Refresh refresh ->
                refresh(start, self, record, storage, settings, now, protocolSession, random);
            case JobSpec.Reshare reshare ->
                reshare(start, self, committee, record, storage, reshare, now, protocolSession, random);
            default -> throw new IllegalArgumentException("not a refresh or resharing: " + start.spec());
        };
    }

    private static ReshareContext refresh(
            JobMessage.JobStart start,
            String self,
            Optional<WalletRecord> record,
            NodeStorage storage,
            ReshareSettings settings,
            Instant now,
            SessionId protocolSession,
            SecureRandom random)
            throws ProtocolFailure {
        WalletRecord wallet = record.orElseThrow(
                () -> JobAdmission.refused("this node holds no share of wallet " + start.wallet() + " to refresh"));
        requireWallet(start, wallet);
        if (!start.participants().equals(wallet.holders()) || start.threshold() != wallet.threshold()) {
            throw JobAdmission.refused("a refresh of wallet " + start.wallet() + " is by all its holders "
                    + wallet.holders() + " with threshold " + wallet.threshold() + ", not " + start.participants()
                    + " with " + start.threshold());
        }
        try {
            Optional<Instant> last = storage.refreshes().last(start.wallet());
            if (last.isPresent() && now.isBefore(last.get().plus(settings.refreshInterval()))) {
                throw JobAdmission.refused("wallet " + start.wallet() + " was refreshed at " + last.get()
                        + "; this node takes part in the next refresh from "
                        + last.get().plus(settings.refreshInterval()));
            }
            storage.refreshes().record(start.wallet(), now);
        } catch (IOException e) {
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot record the refresh: " + e, e);
        }
        Parties holders = new Parties(wallet.holders());
        return new ReshareContext(
                self,
                start.wallet(),
                start.scheme(),
                wallet.publicKey(),
                holders,
                wallet.holders(),
                holders,
                wallet.threshold(),
                protocolSession,
                random,
                () -> switchShares(storage, start.wallet(), record, true, Optional.empty()));
    }

    private static ReshareContext reshare(
            JobMessage.JobStart start,
            String self,
            Committee committee,
            Optional<WalletRecord> record,
            NodeStorage storage,
            JobSpec.Reshare reshare,
            Instant now,
            SessionId protocolSession,
            SecureRandom random)
            throws ProtocolFailure {
        ReshareOrder order = reshare.order().order();
        String name = "reshare order '" + order.orderId() + "'";
        try {
            reshare.order().verify(committee.admins());
        } catch (CommitteeException e) {
            throw JobAdmission.refused(
                    name + " is not signed by a quorum of the committee's admins: " + e.getMessage());
        }
        if (now.isAfter(order.expiresAt())) {
            throw JobAdmission.refused(
                    name + " expired at " + order.expiresAt() + " (this node's time is " + now + ")");
        }
        if (storage.reshareOrders().isClaimed(order.digest())) {
            throw JobAdmission.refused(name + " was carried out on this node before: the coordinator replayed it");
        }
        for (String member : order.newMembers()) {
            if (committee.member(member).isEmpty()) {
                throw JobAdmission.refused(name + " names new member '" + member
                        + "', who is not a member of committee version " + committee.version());
            }
        }
        Set<String> named = new TreeSet<>(order.oldMembers());
        named.addAll(order.newMembers());
        for (String participant : start.participants()) {
            if (!named.contains(participant)) {
                throw JobAdmission.refused(
                        "participant '" + participant + "' is neither an old nor a new member in " + name);
            }
        }
        List<String> dealers = start.participants().stream()
                .filter(order.oldMembers()::contains)
                .toList();
        if (record.isPresent() && order.oldMembers().contains(self)) {
            WalletRecord wallet = record.get();
            requireWallet(start, wallet);
            if (!wallet.holders().equals(order.oldMembers())) {
                throw JobAdmission.refused(name + " moves wallet " + start.wallet() + " from " + order.oldMembers()
                        + ", but its holders are " + wallet.holders());
            }
            requireKey(name, start, wallet, order);
            if (dealers.size() < wallet.threshold()) {
                throw JobAdmission.refused(dealers.size() + " dealers " + dealers + " are fewer than the threshold "
                        + wallet.threshold() + " of wallet " + start.wallet());
            }
        } else if (record.isPresent()) {
            // a share from an earlier resharing that this node switched to but its peers did not: it only receives
            WalletRecord wallet = record.get();
            requireWallet(start, wallet);
            requireKey(name, start, wallet, order);
            if (!order.newMembers().contains(self)) {
                throw JobAdmission.refused(name + " names this node neither an old nor a new member of wallet "
                        + start.wallet() + ", whose share it holds");
            }
        } else if (order.oldMembers().contains(self) || !order.newMembers().contains(self)) {
            throw JobAdmission.refused("this node holds no share of wallet " + start.wallet() + ", but " + name
                    + (order.oldMembers().contains(self)
                            ? " names it an old member"
                            : " does not name it a new member"));
        }
        if (dealers.size() < 2) {
            throw JobAdmission.refused("a resharing needs at least 2 dealers, got " + dealers);
        }
        return new ReshareContext(
                self,
                start.wallet(),
                start.scheme(),
                order.publicKey(),
                new Parties(order.oldMembers()),
                dealers,
                new Parties(order.newMembers()),
                order.newThreshold(),
                protocolSession,
                random,
                () -> switchShares(
                        storage, start.wallet(), record, order.newMembers().contains(self), Optional.of(order)));
    }

    private static void requireKey(String name, JobMessage.JobStart start, WalletRecord wallet, ReshareOrder order)
            throws ProtocolFailure {
        if (!Arrays.equals(wallet.publicKey(), order.publicKey())) {
            throw JobAdmission.refused(name + " is for another key of wallet " + start.wallet());
        }
    }

    private static void requireWallet(JobMessage.JobStart start, WalletRecord wallet) throws ProtocolFailure {
        if (wallet.scheme() != start.scheme()) {
            throw JobAdmission.refused(
                    "wallet " + start.wallet() + " is " + wallet.scheme() + ", not " + start.scheme());
        }
    }

    /**
     * Once every new holder confirmed: records the order carried out, then, in one keystore change, switches to the
     * pending share (removing the old share and the old key's presignatures) or, for a node that leaves, deletes its
     * share and presignatures.
     */
    private static void switchShares(
            NodeStorage storage,
            WalletId wallet,
            Optional<WalletRecord> old,
            boolean receives,
            Optional<ReshareOrder> order)
            throws IOException {
        if (order.isPresent()) {
            storage.reshareOrders().claim(order.get().digest());
        }
        Set<String> presignatures = Set.of();
        if (old.isPresent() && old.get().scheme() == Scheme.ECDSA_SECP256K1) {
            try {
                presignatures = storage.presignatures()
                        .entriesOf(Secp256k1.GROUP.decode(old.get().publicKey()));
            } catch (InvalidEncodingException e) {
                throw new IOException("the recorded key of wallet " + wallet + " does not decode", e);
            }
        }
        if (receives) {
            storage.wallets().commitPending(wallet, presignatures);
        } else {
            storage.wallets().delete(wallet, presignatures);
        }
    }
}
