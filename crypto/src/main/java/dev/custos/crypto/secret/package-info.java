/**
 * Holders for secret material: {@link dev.custos.crypto.secret.SecretScalar} for shares and coefficients (raw key bytes
 * live in {@code dev.custos.types.SecretBytes}, which follows the same rules).
 *
 * <p>Every type here redacts {@code toString}, keeps identity {@code equals}/{@code hashCode}, compares values only in
 * constant time ({@code equalsSecret}), and implements {@link javax.security.auth.Destroyable}: {@code destroy()}
 * overwrites the value and any later use throws {@link IllegalStateException}.
 */
@NullMarked
package dev.custos.crypto.secret;

import org.jspecify.annotations.NullMarked;
