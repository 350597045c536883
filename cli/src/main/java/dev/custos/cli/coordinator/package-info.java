/**
 * {@code custos coordinator} ({@link dev.custos.cli.coordinator.CoordinatorCommand}): {@code init} creates the
 * coordinator's identity, {@code show} prints it, {@code relay} runs the relay the signer nodes dial. See
 * docs/NODES.md.
 */
package dev.custos.cli.coordinator;
