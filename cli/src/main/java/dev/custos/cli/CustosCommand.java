package dev.custos.cli;

import dev.custos.cli.approve.ApproveCommand;
import dev.custos.cli.audit.AuditCommand;
import dev.custos.cli.committee.CommitteeCommand;
import dev.custos.cli.coordinator.CoordinatorCommand;
import dev.custos.cli.decode.DecodeCommand;
import dev.custos.cli.detect.DetectCommand;
import dev.custos.cli.ecdsa.EcdsaCommand;
import dev.custos.cli.exposure.ExposureCommand;
import dev.custos.cli.frost.FrostCommand;
import dev.custos.cli.node.NodeCommand;
import dev.custos.cli.policy.PolicyCommand;
import dev.custos.cli.replay.ReplayCommand;
import dev.custos.cli.server.StartCommand;
import dev.custos.cli.server.StartDevCommand;
import dev.custos.cli.simulate.EvaluateCommand;
import dev.custos.cli.simulate.SimulateCommand;
import dev.custos.cli.watch.WatchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root {@code custos} command; every feature is a subcommand. */
@Command(
        name = "custos",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Custos: self-hosted custody security (MPC wallet, threat detection, policy and approvals).",
        subcommands = {
            FrostCommand.class,
            EcdsaCommand.class,
            ReplayCommand.class,
            DecodeCommand.class,
            SimulateCommand.class,
            EvaluateCommand.class,
            PolicyCommand.class,
            ApproveCommand.class,
            NodeCommand.class,
            CoordinatorCommand.class,
            CommitteeCommand.class,
            DetectCommand.class,
            AuditCommand.class,
            StartDevCommand.class,
            StartCommand.class,
            ExposureCommand.class,
            WatchCommand.class
        })
public final class CustosCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'custos --help'");
    }
}
