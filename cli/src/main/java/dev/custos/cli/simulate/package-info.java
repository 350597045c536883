/**
 * The simulator on the command line: {@link dev.custos.cli.simulate.SimulateCommand} ({@code custos simulate}) writes
 * a simulated organisation's ECS events, optionally with attack scenarios injected and their ground truth written
 * apart; {@link dev.custos.cli.simulate.EvaluateCommand} ({@code custos evaluate}) measures the detection pipeline on
 * such an organisation, with and without each attack (the figures in docs/DETECTION.md).
 */
package dev.custos.cli.simulate;
