/**
 * The random vector OLE of DKLs23 (ePrint 2023/765, Functionality 3.5) realised after DKLs19 Protocol 1 with its
 * consistency check (docs/ECDSA.md, "Random vector OLE"): {@link dev.custos.ecdsa.multiply.VoleReceiver} (Bob, random
 * input {@code b} over the {@link dev.custos.ecdsa.multiply.Gadget} vector) and {@link
 * dev.custos.ecdsa.multiply.VoleSender} (Alice), exchanging a {@link dev.custos.ecdsa.multiply.VoleResponse}. The bulk
 * arithmetic modulo q runs on plain 64-bit words ({@link dev.custos.ecdsa.multiply.OrderWords}, {@link
 * dev.custos.ecdsa.multiply.WideAccumulator}, {@link dev.custos.ecdsa.multiply.OrderReduction}, {@link
 * dev.custos.ecdsa.multiply.PublicFactor}), branch-free on secrets.
 */
package dev.custos.ecdsa.multiply;
