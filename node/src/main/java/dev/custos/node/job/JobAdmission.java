package dev.custos.node.job;

import dev.custos.node.committee.Committee;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobSpec;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.protocol.ProtocolFailure;
import dev.custos.node.job.store.WalletRecord;
import dev.custos.node.job.store.WalletVault;
import java.io.IOException;
import java.util.Optional;

/**
 * The checks a node makes on a job start before it claims the session: it takes part, every participant is a
 * committee member, and the job fits the wallet as this node recorded it (a key generation only for a new wallet; a
 * presigning or signing only by holders of the wallet's key, at least its threshold, under its scheme and threshold).
 * A job that fails them is the coordinator's fault.
 */
final class JobAdmission {
    private JobAdmission() {}

    /**
     * The wallet's record for a presigning or signing job; empty for a key generation; the record if this node has one
     * for a refresh or resharing, which {@link ReshareAdmission} checks further.
     */
    static Optional<WalletRecord> admit(JobMessage.JobStart start, String self, Committee committee, WalletVault vault)
            throws ProtocolFailure {
        if (!start.participants().contains(self)) {
            throw refused("this node '" + self + "' is not among the participants " + start.participants());
        }
        for (String participant : start.participants()) {
            if (committee.member(participant).isEmpty()) {
                throw refused("participant '" + participant + "' is not a member of committee version "
                        + committee.version());
            }
        }
        Optional<WalletRecord> record;
        try {
            record = vault.record(start.wallet());
        } catch (IOException e) {
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), e.getMessage(), e);
        }
        if (start.spec() instanceof JobSpec.Refresh || start.spec() instanceof JobSpec.Reshare) {
            return record;
        }
        if (start.spec() instanceof JobSpec.KeyGeneration) {
            if (record.isPresent()) {
                throw refused("wallet " + start.wallet() + " exists already; a key generation would replace its share");
            }
            return Optional.empty();
        }
        WalletRecord wallet = record.orElseThrow(() -> refused("this node holds no share of wallet " + start.wallet()));
        if (wallet.scheme() != start.scheme()) {
            throw refused("wallet " + start.wallet() + " is " + wallet.scheme() + ", not " + start.scheme());
        }
        if (wallet.threshold() != start.threshold()) {
            throw refused(
                    "wallet " + start.wallet() + " has threshold " + wallet.threshold() + ", not " + start.threshold());
        }
        if (!wallet.holders().containsAll(start.participants())) {
            throw refused("the signers " + start.participants() + " are not all holders of wallet " + start.wallet()
                    + " " + wallet.holders());
        }
        if (start.participants().size() < wallet.threshold()) {
            throw refused(start.participants().size() + " signers are fewer than the threshold " + wallet.threshold());
        }
        return Optional.of(wallet);
    }

    static ProtocolFailure refused(String message) {
        return new ProtocolFailure(FailureKind.REFUSED, Optional.of(Outcome.Failed.COORDINATOR), message);
    }
}
