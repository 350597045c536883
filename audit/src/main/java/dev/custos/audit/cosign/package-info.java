/**
 * The node side of the audit log: a {@link dev.custos.audit.cosign.Cosigner} co-signs a log checkpoint only if it
 * extends the last checkpoint the node co-signed, which it keeps in its own {@link
 * dev.custos.audit.cosign.CosignerStore}. Refusals are {@link dev.custos.audit.cosign.CosignException}s naming the
 * sizes (rollback, fork, inconsistent history).
 */
@NullMarked
package dev.custos.audit.cosign;

import org.jspecify.annotations.NullMarked;
