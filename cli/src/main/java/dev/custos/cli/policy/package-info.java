/**
 * {@code custos policy} ({@link dev.custos.cli.policy.PolicyCommand}): the default-deny signing policy of the {@code
 * policy} module on the command line. {@link dev.custos.cli.policy.PolicyEvalCommand} ({@code policy eval}) decides
 * one signing request, optionally with {@code --history} for velocity; {@link
 * dev.custos.cli.policy.PolicyTestCommand} ({@code policy test}) runs policy test cases. Documents: docs/POLICY.md.
 */
package dev.custos.cli.policy;
