/**
 * Offline verification of the audit log (what {@code custos audit verify} will run): {@link
 * dev.custos.audit.verify.LogVerifier} checks entries against signed and co-signed checkpoints and returns an {@link
 * dev.custos.audit.verify.AuditReport} whose {@link dev.custos.audit.verify.AuditFinding}s name the first bad entry.
 */
@NullMarked
package dev.custos.audit.verify;

import org.jspecify.annotations.NullMarked;
