/**
 * {@code custos committee} ({@link dev.custos.cli.committee.CommitteeCommand}): admins make their signing keys
 * ({@code admin-key}), describe a committee of signer nodes ({@code create}) and sign it one by one ({@code sign}),
 * until a quorum has. See docs/NODES.md, "Operations".
 */
package dev.custos.cli.committee;
