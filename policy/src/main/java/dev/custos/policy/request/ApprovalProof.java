package dev.custos.policy.request;

/**
 * What proves that an approver approved: a signature by their Ed25519 device key over the approval digest v2, or a
 * WebAuthn assertion by one of their passkeys whose challenge is that digest (docs/POLICY.md, "Approvals").
 */
public sealed interface ApprovalProof permits DeviceSignature, PasskeyAssertion {}
