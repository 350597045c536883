/**
 * Base types shared by the policy, the detection engine and its services, with no dependency beyond the JDK:
 * {@link dev.custos.types.Verdict}, {@link dev.custos.types.WalletTier}, {@link dev.custos.types.UsdAmount},
 * {@link dev.custos.types.SecretBytes} and the event field names in {@link dev.custos.types.EventFields}.
 *
 * <p>Values validate themselves on construction; text from outside is parsed by named factories that throw an
 * {@link IllegalArgumentException} naming the value.
 */
@NullMarked
package dev.custos.types;

import org.jspecify.annotations.NullMarked;
